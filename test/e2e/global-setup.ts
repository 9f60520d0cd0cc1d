// Starts `astro preview` on the production build for the browser tests and stops it after.
// The build is made beforehand (`npm run build`); if dist/ is missing it is built here.

import type { TestProject } from 'vitest/node';
import { startPreview } from './preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the preview server answers, e.g. http://127.0.0.1:4399 (no trailing slash). */
    baseURL: string;
  }
}

const PORT = Number(process.env.E2E_PORT ?? 4399);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { baseURL, stop } = await startPreview(project.config.root, PORT);
  project.provide('baseURL', baseURL);
  return stop;
}

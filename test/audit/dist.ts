// What the audits over the production build share: where dist/ is (stopping with a message when
// it has not been built) and every HTML page in it.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const dist = new URL('../../dist/', import.meta.url).pathname;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

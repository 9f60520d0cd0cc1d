import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the production build served by `astro preview`, driven by Debian's chromium
// through playwright-core. Run with `npm run test:e2e` after `npm run build`.
const report = process.env['E2E_REPORT'];

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    // Screenshots for a person to look at assert nothing, so they are not tests: `npm run
    // screenshots` takes them (test/e2e/screenshots.shots.ts), CI does not.
    include: process.env['E2E_SHOTS'] ? ['test/e2e/**/*.shots.ts'] : ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One preview server and one browser at a time: files run one after another (two at a time
    // on CI's two cores made each file about 1.8 times slower, for a tenth less in all).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: report ? ['default', 'json'] : ['default'],
    ...(report ? { outputFile: { json: report } } : {}),
  },
});

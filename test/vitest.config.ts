import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit, property, contract and golden tests: everything that needs no browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The model has no module-level state, so test files can share workers.
    isolate: false,
  },
});

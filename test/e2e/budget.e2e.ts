// The size audit (npm run audit:size) reads from the build which scripts each page loads; here
// Chromium says which it actually fetched. On every chapter and the planner, once every figure is
// live, the two lists must be the same, so the budget the audit holds is the weight a reader
// really downloads.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzePage, budgetFor } from '../audit/scripts.ts';
import { discoverSite, hydrateAll, openPage } from './browser.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (url: string) => readFileSync(join(dist, url));
const site = await discoverSite();

describe('script budget, as fetched', () => {
  it.each([...site.chapters, '/plan/'])(
    '%s fetches exactly the scripts the audit counts, within budget',
    async (path) => {
      const open = await openPage(path);
      try {
        if (path === '/plan/') await open.page.waitForSelector('#plan-medianCpc:not([disabled])');
        else await hydrateAll(open.page);
        await open.page.waitForLoadState('networkidle');
        const fetched = [
          ...new Set(
            open.log.requests
              .map((url) => new URL(url).pathname)
              .filter((pathname) => pathname.startsWith('/_astro/') && pathname.endsWith('.js')),
          ),
        ].sort();
        const html = read(join(path, 'index.html')).toString();
        const predicted = analyzePage(html, (url) => read(url).toString());
        expect(fetched).toEqual(predicted.hydrated);
        const gzip = fetched.reduce((sum, url) => sum + gzipSync(read(url), { level: 9 }).length, 0);
        console.log(`${path}: ${fetched.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip with every figure live`);
        expect(gzip).toBeLessThanOrEqual(budgetFor(path).maxBytes);
      } finally {
        await open.close();
      }
    },
  );
});

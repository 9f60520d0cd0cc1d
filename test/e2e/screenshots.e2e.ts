// Full-page screenshots of every page at a phone and a desktop width (and each chapter in dark
// mode), with every figure live, for a person to look at. They assert nothing about pixels.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverSite, hydrateAll, openPage } from './browser.ts';
import { PAGES, isChapter, pageName } from './site.ts';

const site = await discoverSite();
const ALL_PAGES = [...new Set([...PAGES, ...site.chapters])];
const OUT = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
mkdirSync(OUT, { recursive: true });

const SHOTS = [
  ...ALL_PAGES.flatMap((path) => [390, 1280].map((width) => ({ path, width, dark: false }))),
  ...ALL_PAGES.filter(isChapter).map((path) => ({ path, width: 1280, dark: true })),
];

describe('screenshots', () => {
  it.each(SHOTS)(
    '$path at $width px (dark: $dark) is captured full-page with every figure live',
    async ({ path, width, dark }) => {
      const open = await openPage(path, { width, colorScheme: dark ? 'dark' : 'light' });
      try {
        await hydrateAll(open.page);
        await open.page.waitForLoadState('networkidle');
        const file = `${OUT}${pageName(path)}-${width}${dark ? '-dark' : ''}.png`;
        const image = await open.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        expect(image.length).toBeGreaterThan(1_000);
        console.log(`screenshot: ${file}`);
      } finally {
        await open.close();
      }
    },
  );
});

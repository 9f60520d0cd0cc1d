// Full-page screenshots of every page at a phone and a desktop width (and each chapter in dark
// mode), with every figure live, for a person to look at: `npm run screenshots` (after `npm run
// build`) writes them to test/output/screenshots/. They assert nothing about pixels, so they are
// not part of the browser tests CI runs.

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
  ...ALL_PAGES.filter((path) => isChapter(path) || path === '/plan/').map((path) => ({
    path,
    width: 1280,
    dark: true,
  })),
  { path: '/plan/', width: 390, dark: true },
];

/** The planner with a three-way comparison, and a chapter with the "Your numbers" panel open. */
const COMPARISON =
  '/plan/?v=2&medianCpc=40&s1.name=Today&s1.brandShare=0.1&s2.name=Plan&s2.brandShare=0.5&s3.name=Stretch&s3.brandShare=0.6&s3.monthlyBudget=40000';
const STATES = [390, 1280].flatMap((width) =>
  [false, true].flatMap((dark) => [
    { name: 'plan-comparison', path: COMPARISON, width, dark, panel: false },
    {
      name: 'activation-saturates-panel',
      path: '/chapters/activation-saturates/?medianCpc=40',
      width,
      dark,
      panel: true,
    },
  ]),
);

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

describe('screenshots of states', () => {
  it.each(STATES)('$name at $width px (dark: $dark)', async ({ name, path, width, dark, panel }) => {
    const open = await openPage(path, { width, colorScheme: dark ? 'dark' : 'light' });
    try {
      const { page } = open;
      if (panel) {
        await page.click('[data-reader="edit"]');
        await page.waitForSelector('#reader-panel:not([hidden]) form');
      } else await page.waitForSelector('[data-comparison] svg');
      await page.waitForLoadState('networkidle');
      const file = `${OUT}${name}-${width}${dark ? '-dark' : ''}.png`;
      const image = await page.screenshot({ path: file, fullPage: !panel, animations: 'disabled' });
      expect(image.length).toBeGreaterThan(1_000);
      console.log(`screenshot: ${file}`);
    } finally {
      await open.close();
    }
  });
});

// Accessibility: axe-core finds no violation on any page, light or dark, with every figure live
// and on a chapter as served without scripts; the keyboard reaches the skip link first.

import { describe, expect, it } from 'vitest';
import { discoverSite, formatViolations, hydrateAll, openPage, runAxe } from './browser.ts';
import { PAGES } from './site.ts';

const site = await discoverSite();
const ALL_PAGES = [...new Set([...PAGES, ...site.chapters])];

/**
 * Axe on the page as it is, in light and then in dark: the colour scheme is CSS only (the charts
 * are coloured by class), so one page brought to life is checked in both.
 */
async function axeLightAndDark(open: Awaited<ReturnType<typeof openPage>>, path: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await open.page.emulateMedia({ colorScheme });
    await open.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const violations = await runAxe(open.page);
    expect(violations.length, `axe violations on ${path} (${colorScheme}):\n${formatViolations(violations)}\n`).toBe(0);
  }
}

describe('axe, light and dark', () => {
  it.each(ALL_PAGES)('%s has no violations with every figure live, light and dark', async (path) => {
    const open = await openPage(path);
    try {
      await hydrateAll(open.page);
      await axeLightAndDark(open, path);
    } finally {
      await open.close();
    }
  });
});

describe('axe on states, light and dark', () => {
  it.each([
    ['a chapter with the Your numbers panel open', '/chapters/brand-compounds/?medianCpc=40', true],
    [
      'the planner comparing three scenarios',
      '/plan/?s1.name=A&s2.name=B&s2.brandShare=0.6&s3.name=C&s3.medianCpc=30',
      false,
    ],
  ] as const)('%s has no violations, light and dark', async (_what, path, panel) => {
    const open = await openPage(path);
    try {
      if (panel) {
        await open.page.click('[data-reader="edit"]');
        await open.page.waitForSelector('#reader-panel:not([hidden]) form');
      } else await open.page.waitForSelector('[data-comparison] svg');
      await hydrateAll(open.page);
      await axeLightAndDark(open, path);
    } finally {
      await open.close();
    }
  });
});

describe('axe, static', () => {
  it.each(site.chapters)('%s as served, with no site script running, has no violations', async (path) => {
    const open = await openPage(path, { siteScripts: false });
    try {
      await open.page.waitForLoadState('networkidle');
      expect(await open.page.locator('.figure-body[data-state="live"]').count()).toBe(0);
      expect(await open.page.locator('.figure-body[data-state="static"]').count()).toBeGreaterThan(0);
      const violations = await runAxe(open.page);
      expect(violations.length, `axe violations on static ${path}:\n${formatViolations(violations)}\n`).toBe(0);
    } finally {
      await open.close();
    }
  });
});

describe('keyboard', () => {
  it.each(ALL_PAGES)(
    'on %s, Tab from the top reaches the skip link first, and it moves focus to #content',
    async (path) => {
      const open = await openPage(path);
      const { page } = open;
      try {
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const active = document.activeElement as HTMLAnchorElement | null;
          return {
            className: active?.className ?? '',
            href: active?.getAttribute('href') ?? '',
            text: active?.textContent?.trim() ?? '',
          };
        });
        expect(first).toEqual({ className: 'skip-link', href: '#content', text: 'Skip to content' });
        expect(await page.locator('.skip-link').isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => location.hash)).toBe('#content');
        const focused = () =>
          page.evaluate(() => {
            const active = document.activeElement;
            return active?.id ? `#${active.id}` : (active?.tagName.toLowerCase() ?? 'nothing');
          });
        // A fragment link focuses its target only if the target can take focus (tabindex="-1").
        await expect
          .poll(focused, { message: 'document.activeElement after following the skip link', timeout: 2_000 })
          .toBe('#content');
      } finally {
        await open.close();
      }
    },
  );
});

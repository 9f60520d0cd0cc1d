// Embeds: one figure alone at /embed/<name>/, framed by another page, sized by the height it
// reports, carrying the scenario from its address, with its controls shown, locked, limited or
// hidden, safe against hostile addresses, and kept out of search engines.

import { describe, expect, it } from 'vitest';
import { baseURL, discoverSite, formatViolations, openPage, runAxe, waitLive } from './browser.ts';
import { getBrowser } from './browser.ts';

const site = await discoverSite();
const NAMES = site.figures.map((f) => f.name);

describe('embed pages', () => {
  it.each(NAMES)('/embed/%s/ draws the figure alone, noindex, with a link back to its chapter', async (name) => {
    const open = await openPage(`/embed/${name}/?medianCpc=40`);
    const { page } = open;
    try {
      expect(open.response?.status()).toBe(200);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
      await page.waitForSelector(`figure[data-figure="${name}"] .figure-body[data-state="live"]`);
      const chapter = site.figures.find((f) => f.name === name)!.chapter;
      // The link back carries the address as the page rewrites it (in the current scheme).
      await expect
        .poll(() => page.locator('.embed-credit a').getAttribute('href'))
        .toBe(`${chapter}?v=2&medianCpc=40#fig-${name}`);
      expect(open.log.pageErrors).toEqual([]);
      expect(open.log.consoleErrors).toEqual([]);
      expect(open.foreignRequests()).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('reports its height to the page that frames it, and the reader\u2019s numbers reach the figure', async () => {
    const context = await (await getBrowser()).newContext({ viewport: { width: 900, height: 800 } });
    const page = await context.newPage();
    try {
      await page.setContent(`<!doctype html><html><body>
        <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'demand-lab:height') heights.push(e.data); });</script>
        <iframe id="f" src="${baseURL}/embed/spend-leads/?v=2&medianCpc=40&controls=medianCpc" width="800" height="300"></iframe>
      </body></html>`);
      await page.waitForFunction(() => (window as unknown as { heights: unknown[] }).heights.length > 0, null, {
        timeout: 20_000,
      });
      const heights = await page.evaluate(
        () => (window as unknown as { heights: { figure: string; height: number }[] }).heights,
      );
      expect(heights[0]!.figure).toBe('spend-leads');
      expect(heights.at(-1)!.height).toBeGreaterThan(300);
      const frame = page.frame({ url: /\/embed\/spend-leads\// })!;
      await frame.waitForSelector('.figure-body[data-state="live"]');
      expect(await frame.inputValue('#spend-leads-medianCpc')).toBe('40');
    } finally {
      await context.close();
    }
  });

  it('honours controls=none, controls=locked and controls=a,b', async () => {
    const none = await openPage('/embed/cpl-time/?controls=none');
    try {
      await none.page.waitForSelector('.figure-body[data-state="live"]');
      expect(
        await none.page
          .locator('.figure-controls')
          .evaluateAll((nodes) => nodes.filter((n) => n.checkVisibility()).length),
      ).toBe(0);
      expect(await none.page.locator('.figure-presets').isVisible()).toBe(false);
      expect(await none.page.locator('.figure-plot svg').first().isVisible()).toBe(true);
    } finally {
      await none.close();
    }
    const locked = await openPage('/embed/cpl-time/?controls=locked');
    try {
      await locked.page.waitForSelector('.figure-body[data-state="live"]');
      expect(await locked.page.locator('.figure-controls-main').isVisible()).toBe(true);
      const enabled = await locked.page.$$eval(
        '.figure-controls input, .figure-controls select, .figure-presets button',
        (inputs) => inputs.filter((i) => !(i as HTMLInputElement).disabled).length,
      );
      expect(enabled).toBe(0);
    } finally {
      await locked.close();
    }
    const some = await openPage('/embed/cpl-time/?controls=brandShare,horizonMonths');
    try {
      await some.page.waitForSelector('.figure-body[data-state="live"]');
      const shown = await some.page.$$eval('.figure-controls .control', (controls) =>
        controls
          .filter((c) => c.checkVisibility())
          .map((c) => c.querySelector('[data-setting]')?.getAttribute('data-setting')),
      );
      expect(shown.sort()).toEqual(['brandShare', 'horizonMonths']);
    } finally {
      await some.close();
    }
  });

  it('survives a hostile address: notices, no markup or script from it, no NaN', async () => {
    const open = await openPage(
      '/embed/price-ladder/?controls=%3Cscript%3Ealert(1)%3C/script%3E&medianCpc=NaN&ladder.monthlyBudget=-1&%3Cimg%20src=x%20onerror=alert(1)%3E=1',
    );
    const { page } = open;
    try {
      await page.waitForSelector('.figure-body[data-state="live"]');
      await page.waitForTimeout(300);
      expect(open.log.dialogs).toEqual([]);
      expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/NaN|undefined|Infinity/);
      expect(await page.locator('.figure-notice').isVisible()).toBe(true);
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const open = await openPage('/embed/horizon-sweep/?controls=locked', { colorScheme });
    try {
      await open.page.waitForSelector('.figure-body[data-state="live"]');
      const violations = await runAxe(open.page);
      expect(violations.length, formatViolations(violations)).toBe(0);
    } finally {
      await open.close();
    }
  });
});

describe('the Embed share menu', () => {
  it('offers an iframe snippet with the figure\u2019s current settings', async () => {
    const open = await openPage('/chapters/brand-compounds/?medianCpc=40');
    const { page } = open;
    try {
      await waitLive(page, 'cpl-time');
      await page.locator('#cpl-time-brandShare').focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('#fig-cpl-time .figure-embed > summary').click();
      // The snippet is written as the menu opens (by code loaded on first use).
      await expect
        .poll(() => page.inputValue('#fig-cpl-time-embed'))
        .toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/cpl-time\/\?v=2&amp;medianCpc=40&amp;cpl\.brandShare=0\.41"/);
    } finally {
      await open.close();
    }
  });
});

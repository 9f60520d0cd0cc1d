// The educator's tools: glossary popovers by keyboard and pointer.

import { describe, expect, it } from 'vitest';
import { discoverSite, openPage } from './browser.ts';

const site = await discoverSite();

describe('glossary terms', () => {
  it.each(site.chapters)('%s marks key terms that link to the glossary', async (chapter) => {
    const open = await openPage(chapter, { javaScriptEnabled: false });
    try {
      const terms = await open.page.$$eval('a.term', (links) =>
        links.map((a) => ({ href: a.getAttribute('href') ?? '', tip: a.getAttribute('aria-describedby') ?? '' })),
      );
      expect(terms.length).toBeGreaterThanOrEqual(2);
      for (const term of terms) {
        expect(term.href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
        expect(await open.page.locator(`#${term.tip}[role="tooltip"]`).count()).toBe(1);
      }
    } finally {
      await open.close();
    }
  });

  it('shows the definition on keyboard focus, hides it on Escape, and links to its entry', async () => {
    const open = await openPage('/chapters/brand-compounds/');
    const { page } = open;
    try {
      const term = page.locator('a.term').first();
      const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
      expect(await tip.isVisible()).toBe(false);
      await term.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(((await tip.textContent()) ?? '').length).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      const href = (await term.getAttribute('href')) ?? '';
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/glossary/');
      const id = href.split('#')[1]!;
      expect(await page.locator(`#${id} dt`).isVisible()).toBe(true);
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('shows the definition on hover', async () => {
    const open = await openPage('/chapters/the-rotating-pool/');
    try {
      const term = open.page.locator('a.term').first();
      await term.hover();
      const tip = open.page.locator(`#${await term.getAttribute('aria-describedby')}`);
      await expect.poll(() => tip.isVisible()).toBe(true);
    } finally {
      await open.close();
    }
  });
});

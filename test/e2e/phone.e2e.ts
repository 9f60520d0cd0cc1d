// Figures that read on a phone (issue 16, item 8), in Chromium at 390 px: targets of at least
// 24 x 24 px in figures and predictions, select options that fit their control, chart texts inside
// their picture and line names apart, and a glossary term that opens its popover on a tap.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { discoverSite, hydrateAll, openPage } from './browser.ts';

const site = await discoverSite();

/** Interactive elements inside figures and prediction boxes under 24 px either way (inline text links excepted). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const selector = ['button', 'a', 'select', 'input', 'summary', 'textarea']
      .flatMap((tag) => [`figure ${tag}`, `.predict ${tag}`])
      .join(', ');
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
      // A link inside a sentence is exempt (WCAG 2.5.8, inline); so is a glossary popover's own text.
      if (el.tagName === 'A' && el.closest('p, li, figcaption') && !el.matches('.figure-link, .csv-link')) continue;
      if (box.width < 24 || box.height < 24)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
    }
    return [...new Set(out)];
  });
}

describe('on a 390 px phone', () => {
  for (const chapter of site.chapters) {
    it(`${chapter}: targets, options and chart texts fit`, async () => {
      const { page, close } = await openPage(chapter, { width: 390, height: 844, hasTouch: true });
      try {
        // The prediction boxes as first shown, then everything revealed, live and opened.
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLElement>('[data-predict]')].every((s) => s.hasAttribute('data-wired')),
        );
        const before = await smallTargets(page);
        await hydrateAll(page);
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('figure details'))
            (details as HTMLDetailsElement).open = true;
        });
        expect([...before, ...(await smallTargets(page))]).toEqual([]);
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          const measure = document.createElement('canvas').getContext('2d')!;
          for (const select of document.querySelectorAll<HTMLSelectElement>('figure select')) {
            const style = getComputedStyle(select);
            measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            for (const option of select.options)
              if (measure.measureText(option.text).width > Math.min(340, select.clientWidth) - 28)
                out.push(`option "${option.text}" is cut`);
          }
          for (const svg of document.querySelectorAll<SVGSVGElement>('figure .figure-plot > svg')) {
            const frame = svg.getBoundingClientRect();
            if (!frame.width) continue;
            const name = svg.closest('figure')?.getAttribute('data-figure');
            for (const text of svg.querySelectorAll('text')) {
              const box = text.getBoundingClientRect();
              if (!box.width) continue;
              if (
                box.left < frame.left - 1 ||
                box.right > frame.right + 1 ||
                box.top < frame.top - 1 ||
                box.bottom > frame.bottom + 1
              )
                out.push(`${name}: "${text.textContent}" leaves the picture`);
            }
            const names = [...svg.querySelectorAll('.end-labels text')].map((t) => ({
              t,
              box: t.getBoundingClientRect(),
            }));
            for (const [i, a] of names.entries())
              for (const b of names.slice(i + 1))
                if (
                  a.box.left < b.box.right &&
                  b.box.left < a.box.right &&
                  a.box.top < b.box.bottom - 1 &&
                  b.box.top < a.box.bottom - 1
                )
                  out.push(`${name}: "${a.t.textContent}" overlaps "${b.t.textContent}"`);
          }
          return out;
        });
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('the first figure on a 390 x 844 phone', () => {
  it.each(site.chapters)('%s: starts within 1.5 screens of the top, contents folded to one line', async (chapter) => {
    const { page, close } = await openPage(chapter, { width: 390, height: 844, hasTouch: true });
    try {
      const first = await page.evaluate(() => {
        // The first figure is its picture, or, in a chapter that opens with a prediction, the
        // covered place where the picture appears once the reader has guessed.
        const candidates = [
          ...document.querySelectorAll<HTMLElement>('.prose .figure-plot svg, .prose [data-predict-cover]'),
        ].filter((node) => node.checkVisibility());
        const top = candidates.map((node) => node.getBoundingClientRect().top + scrollY);
        const toc = document.querySelector<HTMLElement>('.toc')!.getBoundingClientRect().height;
        return { top: Math.min(...top), toc };
      });
      expect(first.top).toBeLessThanOrEqual(844 * 1.5);
      expect(first.toc).toBeLessThan(60);
      // A chapter that opens with a prediction: once the reader chooses "Just show me", the
      // picture itself (under the answer's passage) is within 1.5 screens too.
      const opening = page.locator('.prose [data-predict]').first();
      const opensWithPrediction = await page.evaluate(() => {
        const box = document.querySelector('.prose [data-predict]');
        const figure = document.querySelector('.prose figure[data-figure]');
        return Boolean(box && figure && box.contains(figure));
      });
      if (opensWithPrediction) {
        const covered = await opening.locator('[data-predict-cover]').evaluate((node) => node.checkVisibility());
        if (covered) {
          await page.waitForSelector('.prose [data-predict][data-wired]');
          await opening.locator('[data-predict-skip]').tap();
          await expect.poll(() => opening.getAttribute('data-revealed')).not.toBeNull();
          const picture = await opening.evaluate((box) => {
            const svg = [...box.querySelectorAll<SVGElement>('.figure-plot svg')].find((node) =>
              node.checkVisibility(),
            );
            return svg ? svg.getBoundingClientRect().top + scrollY : Infinity;
          });
          expect(picture, 'the revealed picture').toBeLessThanOrEqual(844 * 1.5);
        }
      }
      // One tap opens the contents.
      await page.locator('.toc-phone summary').tap();
      await expect.poll(() => page.locator('.toc-phone a').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('a glossary term on a touch screen', () => {
  const chapter = site.chapters.find((c) => c.includes('rotating-pool')) ?? site.chapters[0]!;

  it('opens its popover on the first tap, with a link to the glossary entry that a second tap follows', async () => {
    const { page, close } = await openPage(chapter, { width: 390, height: 844, hasTouch: true });
    try {
      const term = page.locator('a.term').first();
      const href = await term.getAttribute('href');
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      await page.waitForTimeout(100);
      expect(new URL(page.url()).pathname).toBe(new URL(chapter, 'http://x').pathname);
      const wrap = page.locator('.term-wrap').first();
      await expect.poll(() => wrap.locator('.term-tip').isVisible()).toBe(true);
      const more = wrap.locator('.term-tip a.term-more');
      expect(await more.getAttribute('href')).toBe(await term.evaluate((a) => (a as HTMLAnchorElement).href));
      const box = (await wrap.locator('.term-tip').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const link = (await more.boundingBox())!;
      expect(link.height).toBeGreaterThanOrEqual(24);
      // Escape closes it; a tap elsewhere does too.
      await page.keyboard.press('Escape');
      await expect.poll(() => wrap.locator('.term-tip').isVisible()).toBe(false);
      await term.tap();
      await expect.poll(() => wrap.locator('.term-tip').isVisible()).toBe(true);
      await page.locator('h1').first().tap();
      await expect.poll(() => wrap.locator('.term-tip').isVisible()).toBe(false);
      // Open again; the link in the popover goes to the glossary.
      await term.tap();
      await Promise.all([page.waitForURL(/\/glossary\//), more.tap()]);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
    } finally {
      await close();
    }
  });

  it('keeps the keyboard and a mouse as they were: Enter follows the link, the popover has no extra link', async () => {
    const { page, close } = await openPage(chapter, { width: 1280, height: 800 });
    try {
      const term = page.locator('a.term').first();
      await term.focus();
      const tip = page.locator('.term-tip').first();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.locator('a').count()).toBe(0);
      await Promise.all([page.waitForURL(/\/glossary\//), page.keyboard.press('Enter')]);
    } finally {
      await close();
    }
  });
});

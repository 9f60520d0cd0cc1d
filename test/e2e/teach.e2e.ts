// The educator's tools: glossary popovers by keyboard and pointer.

import { describe, expect, it } from 'vitest';
import { discoverSite, formatViolations, openPage, revealPredictions, runAxe } from './browser.ts';

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

describe('predict, then reveal', () => {
  it.each(site.chapters)(
    '%s asks at least two predictions; without JavaScript the answers are simply visible',
    async (chapter) => {
      const open = await openPage(chapter, { javaScriptEnabled: false });
      try {
        const sections = open.page.locator('[data-predict]');
        expect(await sections.count()).toBeGreaterThanOrEqual(2);
        for (const section of await sections.all()) {
          // The figure, or where the box argues in steps, each step's own picture.
          const pictures = await section
            .locator('.figure-plot svg, .step-picture svg')
            .evaluateAll((nodes) => nodes.filter((n) => n.checkVisibility()).length);
          expect(pictures).toBeGreaterThan(0);
          expect(await section.locator('.predict-ask').isVisible()).toBe(false);
        }
      } finally {
        await open.close();
      }
    },
  );

  it('covers the figure until a guess is committed by keyboard, then shows the answer with the guess and the gap', async () => {
    const open = await openPage('/chapters/brand-compounds/?medianCpc=40');
    const { page } = open;
    try {
      const section = page.locator('#predict-best-split');
      await page.waitForSelector('#predict-best-split[data-wired]');
      expect(await section.locator('figure[data-figure]').isVisible()).toBe(false);
      expect(await section.locator('[data-predict-cover]').isVisible()).toBe(true);
      await page.focus('#predict-best-split-guess');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.getAttribute('#predict-best-split-guess', 'aria-valuetext')).toBe('40%');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-predict-commit'))).toBe(true);
      await page.keyboard.press('Enter');
      const result = section.locator('[data-predict-result]');
      await expect.poll(() => result.innerText()).toMatch(/Your guess: 40%\. The model, with these numbers: \d+%\./);
      expect(await result.getAttribute('role')).toBe('status');
      expect(await result.locator('svg.predict-line').count()).toBe(1);
      expect(await section.locator('figure[data-figure] .figure-plot svg').first().isVisible()).toBe(true);
      // The answer is the figure's own, at the reader's numbers.
      const said = await result.innerText();
      const answer = said.match(/these numbers: (\d+)%/)![1];
      const values = JSON.parse((await page.getAttribute('#fig-horizon-sweep', 'data-values')) ?? '{}');
      expect(Math.round(values.bestAt36 * 100)).toBe(Number(answer));
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'a covered and an answered prediction have no axe violations (%s)',
    async (colorScheme) => {
      const open = await openPage('/chapters/activation-saturates/', { colorScheme });
      const { page } = open;
      try {
        await page.waitForSelector('#predict-last-click[data-wired]');
        let violations = await runAxe(page);
        expect(violations.length, formatViolations(violations)).toBe(0);
        await page.click('#predict-last-click [data-predict-commit]');
        await page.waitForSelector('#predict-last-click svg.predict-line');
        violations = await runAxe(page);
        expect(violations.length, formatViolations(violations)).toBe(0);
      } finally {
        await open.close();
      }
    },
  );
});

describe('teaching guides', () => {
  it.each(site.chapters)(
    '%s has a guide: objectives, five lines, exercises with saved settings and answers, discussion, terms',
    async (chapter) => {
      const open = await openPage(`${chapter}teach/`);
      const { page } = open;
      try {
        expect(open.response?.status()).toBe(200);
        const objectives = await page.locator('#objectives ~ ul').first().locator('li').count();
        expect(objectives).toBeGreaterThanOrEqual(3);
        expect(objectives).toBeLessThanOrEqual(4);
        expect(await page.locator('.teach-summary li').count()).toBe(5);
        const exercises = page.locator('.teach-exercises > li');
        const count = await exercises.count();
        expect(count).toBeGreaterThanOrEqual(4);
        expect(count).toBeLessThanOrEqual(6);
        for (const exercise of await exercises.all()) {
          const href = (await exercise.locator('a').first().getAttribute('href')) ?? '';
          expect(href).toMatch(new RegExp(`^${chapter}(\\?v=2&[^#]+)?#fig-[a-z-]+$`));
          const answer = exercise.locator('details.teach-answer');
          expect(await answer.locator('p').isVisible()).toBe(false);
          await answer.locator('summary').click();
          expect(((await answer.locator('p').textContent()) ?? '').length).toBeGreaterThan(40);
          expect(await answer.locator('p').textContent()).not.toMatch(/\{[A-Za-z]+\}|NaN|undefined|Infinity/);
        }
        expect(await page.locator('#discussion ~ ul').first().locator('li').count()).toBeGreaterThanOrEqual(2);
        expect(await page.locator('.teach-terms dt').count()).toBeGreaterThanOrEqual(2);
        // Linked from the chapter and from the home page.
        const fromChapter = await openPage(chapter, { javaScriptEnabled: false });
        expect(await fromChapter.page.locator(`a[href="${chapter}teach/"]`).count()).toBe(1);
        await fromChapter.close();
        const home = await openPage('/', { javaScriptEnabled: false });
        expect(await home.page.locator(`#educators ~ .prose a[href="${chapter}teach/"]`).count()).toBe(1);
        await home.close();
      } finally {
        await open.close();
      }
    },
  );

  it('an exercise link opens its figure with the saved settings, and the answer quotes what the figure shows', async () => {
    const open = await openPage('/chapters/the-rotating-pool/teach/');
    const { page } = open;
    try {
      const exercise = page.locator('.teach-exercises > li', { hasText: 'ten-year purchase cycle' });
      await exercise.locator('summary').click();
      const answer = (await exercise.locator('details p').textContent()) ?? '';
      const median = answer.match(/rises to (\d+ months)/)![1]!;
      await exercise.locator('a').first().click();
      await page.waitForURL(/cycleMonths=120/);
      await page.waitForSelector('#fig-pool-wait .figure-body[data-state="live"]');
      await revealPredictions(page);
      expect(await page.locator('#fig-pool-wait .figure-summary').textContent()).toContain(
        `half have entered after ${median}`,
      );
    } finally {
      await open.close();
    }
  });
});

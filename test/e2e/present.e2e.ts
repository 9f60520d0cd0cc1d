// Presenter mode: a chapter as scenes for a projector, stepped by keyboard with the scene in the
// address, readable from the back of a room (no text under 24px but axis ticks, no scrolling)
// at 1280x720 and 1920x1080, with a presenter window kept in step over a BroadcastChannel.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { discoverSite, formatViolations, liveSearch, openAllSettings, openPage, runAxe } from './browser.ts';

const site = await discoverSite();

async function scene(page: Page): Promise<number> {
  return Number((await liveSearch(page)).get('scene'));
}

async function sceneCount(page: Page): Promise<number> {
  return Number(((await page.locator('.stage-counter').textContent()) ?? '').split('/')[1]);
}

/** Text on the stage smaller than 24px on screen (axis ticks aside); and whether the stage overflows. */
async function readability(page: Page): Promise<{ small: string[]; overflow: boolean }> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.stage')!;
    const small: string[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!node.textContent?.trim() || !el) continue;
      if (!el.getClientRects().length) continue;
      // Axis ticks are the one exception; every other label in a chart counts at its size on screen.
      if (el.closest('[data-ticks]')) continue;
      const outer = el.closest<SVGSVGElement>('.figure-plot > svg');
      const scale = outer?.getScreenCTM()?.a ?? 1;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (size < 23.5) small.push(`${size.toFixed(1)}px "${node.textContent.trim().slice(0, 40)}"`);
    }
    const overflow =
      stage.scrollHeight > stage.clientHeight + 1 ||
      document.documentElement.scrollHeight > window.innerHeight + 1 ||
      Array.from(stage.querySelectorAll<HTMLElement>('.scene')).some((s) => s.scrollHeight > s.clientHeight + 1);
    return { small, overflow };
  });
}

describe('presenter mode', () => {
  it('steps through scenes by keyboard (arrows, Space, Page Up/Down, Home, End) with the scene in the address, and Escape leaves', async () => {
    const open = await openPage('/chapters/brand-compounds/?medianCpc=40&present');
    const { page } = open;
    try {
      await page.waitForSelector('.stage .scene-title');
      expect(await scene(page)).toBe(1);
      const count = await sceneCount(page);
      // A title, a scene per step of each figure driven by steps (one for any other figure), key numbers.
      const { scenes, first } = await page.evaluate(() => {
        const figures = Array.from(document.querySelectorAll('figure[data-figure]'));
        const perFigure = figures.map((f) =>
          Math.max(1, f.closest('[data-steps]')?.querySelectorAll('.step[data-step]').length ?? 0),
        );
        return { scenes: 2 + perFigure.reduce((a, b) => a + b, 0), first: figures[0]!.getAttribute('data-figure') };
      });
      expect(count).toBe(scenes);
      expect(await page.locator('.scene-numbers').textContent()).toContain('median CPC $40');
      await page.keyboard.press('ArrowRight');
      expect(await scene(page)).toBe(2);
      expect(await page.locator(`.stage figure[data-figure="${first}"]`).count()).toBe(1);
      await page.keyboard.press('Space');
      expect(await scene(page)).toBe(3);
      await page.keyboard.press('PageDown');
      expect(await scene(page)).toBe(4);
      await page.keyboard.press('PageUp');
      expect(await scene(page)).toBe(3);
      await page.keyboard.press('ArrowLeft');
      expect(await scene(page)).toBe(2);
      await page.keyboard.press('End');
      expect(await scene(page)).toBe(count);
      expect(await page.locator('.scene-keys li').count()).toBe(5);
      await page.keyboard.press('Home');
      expect(await scene(page)).toBe(1);
      await page.keyboard.press('Escape');
      expect(await page.locator('.stage').count()).toBe(0);
      const params = await liveSearch(page);
      expect(params.has('present')).toBe(false);
      expect(params.has('scene')).toBe(false);
      expect(params.get('medianCpc')).toBe('40');
      // Every figure is back in its place in the chapter.
      expect(await page.locator('.prose figure[data-figure]').count()).toBe(5);
      expect(open.log.pageErrors).toEqual([]);
      expect(open.log.consoleErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('opens a scene from the address, and a live figure on the stage still answers its controls', async () => {
    const open = await openPage('/chapters/the-rotating-pool/?present&scene=2');
    const { page } = open;
    try {
      await page.waitForSelector('.stage figure[data-figure="pool-dots"] .figure-body[data-state="live"]');
      expect(await scene(page)).toBe(2);
      await page.keyboard.press('c');
      await openAllSettings(page, 'pool-dots');
      await page.locator('.stage #pool-dots-cycleMonths').focus();
      // Keys typed into a control belong to the control, not to the deck.
      await page.keyboard.press('ArrowRight');
      expect(await scene(page)).toBe(2);
      await expect.poll(async () => (await liveSearch(page)).get('pool.cycleMonths')).toBe('61');
    } finally {
      await open.close();
    }
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it.each(site.chapters)(
      `%s reads from the back of a room at ${width}x${height}: no text under 24px but axis ticks, no scrolling`,
      async (chapter) => {
        const open = await openPage(`${chapter}?present`, { width, height });
        const { page } = open;
        try {
          await page.waitForSelector('.stage .scene-title');
          const count = await sceneCount(page);
          for (let i = 1; i <= count; i++) {
            if (i > 1) await page.keyboard.press('ArrowRight');
            await page.waitForTimeout(150);
            const { small, overflow } = await readability(page);
            expect(small, `scene ${i}`).toEqual([]);
            expect(overflow, `scene ${i} needs scrolling`).toBe(false);
          }
        } finally {
          await open.close();
        }
      },
    );
  }

  it('keeps a presenter window with notes and a timer in step: stepping in either moves both', async () => {
    const open = await openPage('/chapters/activation-saturates/?present');
    const { page, context } = open;
    try {
      await page.waitForSelector('.stage .scene-title');
      const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
      await presenter.waitForSelector('.presenter-panel');
      expect((await liveSearch(presenter)).has('presenter')).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => scene(presenter)).toBe(2);
      expect(await presenter.locator('.presenter-notes').textContent()).toMatch(/Say:.*Change live:.*Ask the room:/s);
      expect(await presenter.locator('.presenter-next').textContent()).toContain('Next:');
      expect(await presenter.locator('.presenter-timer').textContent()).toMatch(/\d+:\d\d elapsed/);
      await presenter.bringToFront();
      await presenter.keyboard.press('ArrowRight');
      await expect.poll(() => scene(page)).toBe(3);
      await presenter.keyboard.press('ArrowLeft');
      await expect.poll(() => scene(page)).toBe(2);
      await presenter.close();
    } finally {
      await open.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations on a figure scene (%s)', async (colorScheme) => {
    const open = await openPage('/chapters/brand-compounds/?present&scene=2', { colorScheme });
    try {
      await open.page.waitForSelector('.stage figure .figure-body[data-state="live"]');
      const violations = await runAxe(open.page);
      expect(violations.length, formatViolations(violations)).toBe(0);
    } finally {
      await open.close();
    }
  });

  it.each(site.chapters)(
    '%s has speaker notes for every figure: what to say, what to change, what to ask',
    async (chapter) => {
      const open = await openPage(chapter, { javaScriptEnabled: false });
      try {
        const notes = await open.page.$$eval('figure[data-figure]', (figures) =>
          figures.map((f) => Array.from(f.querySelectorAll('[data-speaker-notes] p'), (p) => p.textContent ?? '')),
        );
        expect(notes.length).toBeGreaterThan(0);
        for (const figure of notes) {
          expect(figure).toHaveLength(3);
          expect(figure[0]).toMatch(/^Say: .{40,}/);
          expect(figure[1]).toMatch(/^Change live: .{30,}/);
          expect(figure[2]).toMatch(/^Ask the room: .{30,}\?$/);
        }
      } finally {
        await open.close();
      }
    },
  );
});

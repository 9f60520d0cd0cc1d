// Chapters that teach (issue #16), in the browser: steps setting their pinned figure as the
// reader scrolls (and each step's own picture without JavaScript), reduced motion, "All
// settings", handles by pointer, touch and keyboard, predictions that keep their secret,
// presenter scenes from steps, an embed opened at a step, and controls that always show the
// value the model uses.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { figureByName } from '../../src/figures/registry.ts';
import { readFigure } from '../../src/figures/url-state.ts';
import { controlId, settingValue } from '../../src/views/render.ts';
import { readQuery } from '../../src/state/query.ts';
import { readReader } from '../../src/state/reader.ts';
import { discoverSite, liveSearch, openPage, waitLive } from './browser.ts';

const site = await discoverSite();

/** Scrolls a step's top just above the reading line (55% of the viewport on a wide screen, 70% on a phone). */
async function readStep(page: Page, block: string, n: number): Promise<void> {
  await page.evaluate(
    ({ block, n }) => {
      const step = document.querySelector<HTMLElement>(`${block} .step[data-step="${n}"]`)!;
      const line = innerWidth >= 1024 ? 0.55 : 0.7;
      window.scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * (line - 0.05));
    },
    { block, n },
  );
}

async function stepsOn(page: Page): Promise<{ figure: string; count: number }[]> {
  return page.$$eval('[data-steps]', (blocks) =>
    blocks.map((b) => ({
      figure: b.getAttribute('data-steps') ?? '',
      count: b.querySelectorAll('.step[data-step]').length,
    })),
  );
}

describe('steps', () => {
  it.each(site.chapters)('%s argues with figures driven by steps, each step naming its figure', async (chapter) => {
    const open = await openPage(chapter, { javaScriptEnabled: false });
    try {
      const blocks = await stepsOn(open.page);
      expect(blocks.length).toBeGreaterThan(0);
      const steps = await open.page.$$eval('.step', (nodes) =>
        nodes.map((s) => ({ n: s.getAttribute('data-step'), figure: s.getAttribute('data-step-figure') })),
      );
      for (const step of steps) {
        expect(step.n).toMatch(/^\d+$/);
        expect(site.figures.some((f) => f.name === step.figure)).toBe(true);
      }
    } finally {
      await open.close();
    }
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])(
    'at %i px a step sets its figure when it reaches the reading position, and shows its controls',
    async (width, height) => {
      const chapter = site.chapters[0]!;
      const open = await openPage(chapter, { width, height });
      const { page } = open;
      try {
        const [block] = await stepsOn(page);
        expect(block!.count).toBeGreaterThan(1);
        const selector = `[data-steps="${block!.figure}"]`;
        const figure = page.locator(`${selector} figure[data-figure]`);
        for (const n of [2, 1, block!.count]) {
          await readStep(page, selector, n);
          await expect.poll(() => figure.getAttribute('data-step'), { timeout: 10_000 }).toBe(String(n));
          const show = (await page.getAttribute(`${selector} .step[data-step="${n}"]`, 'data-step-show')) ?? '';
          const shown = await figure
            .locator('.figure-controls-main [data-control]')
            .evaluateAll((nodes) =>
              nodes.filter((n) => n.checkVisibility()).map((n) => n.getAttribute('data-control')),
            );
          expect(shown).toEqual(show.split(',').filter(Boolean));
          // The figure says what the step set, on top of the reader's numbers.
          expect(await figure.locator('.figure-own-text').innerText()).toMatch(
            new RegExp(`^Step ${n} of ${block!.count} `),
          );
          // The picture and the step's controls are on one screen.
          const plot = await figure.locator('.figure-plot').boundingBox();
          expect(plot!.y).toBeGreaterThanOrEqual(-1);
          expect(plot!.y + Math.min(plot!.height, 40)).toBeLessThanOrEqual(height);
          if (width < 1024) expect(plot!.y + plot!.height).toBeLessThanOrEqual(height * 0.5 + 1);
        }
        expect(open.log.pageErrors).toEqual([]);
      } finally {
        await open.close();
      }
    },
  );

  it.each(site.chapters)('%s without JavaScript shows each step with its own picture', async (chapter) => {
    const open = await openPage(chapter, { javaScriptEnabled: false });
    try {
      const steps = open.page.locator('.step[data-step]');
      const count = await steps.count();
      for (let i = 0; i < count; i++) {
        const step = steps.nth(i);
        expect(await step.locator('.step-picture svg').first().isVisible()).toBe(true);
        expect((await step.locator('.step-picture svg').first().getAttribute('aria-label'))?.length).toBeGreaterThan(
          10,
        );
      }
      for (const pin of await open.page.locator('.steps-pin').all()) expect(await pin.isVisible()).toBe(false);
    } finally {
      await open.close();
    }
  });

  it.each(['reduce', 'no-preference'] as const)(
    'a step change fades the picture only without reduced motion (%s)',
    async (reducedMotion) => {
      const open = await openPage(site.chapters[0]!, { reducedMotion });
      const { page } = open;
      try {
        const [block] = await stepsOn(page);
        const selector = `[data-steps="${block!.figure}"]`;
        await readStep(page, selector, 2);
        const figure = page.locator(`${selector} figure[data-figure]`);
        await expect.poll(() => figure.getAttribute('data-step'), { timeout: 10_000 }).toBe('2');
        const animation = await figure.locator('.figure-plot').evaluate((n) => getComputedStyle(n).animationName);
        expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'step-fade');
      } finally {
        await open.close();
      }
    },
  );
});

describe('all settings', () => {
  it.each(site.chapters)('%s shows at most three controls per figure; the rest are one click away', async (chapter) => {
    const open = await openPage(chapter);
    const { page } = open;
    try {
      for (const { name } of site.figures.filter((f) => f.chapter === chapter)) {
        await waitLive(page, name);
        const figure = page.locator(`figure[data-figure="${name}"]`);
        const visible = await figure
          .locator('.figure-controls [data-control]')
          .evaluateAll((nodes) => nodes.filter((n) => n.checkVisibility()).length);
        expect(visible, name).toBeLessThanOrEqual(3);
        const all = figure.locator('.figure-all');
        expect(await all.getAttribute('open')).toBeNull();
        await all.locator('summary').click();
        const after = await figure
          .locator('.figure-controls-rest [data-control]')
          .evaluateAll((nodes) => nodes.filter((n) => n.checkVisibility()).length);
        expect(after).toBe(await figure.locator('.figure-controls-rest [data-control]').count());
      }
    } finally {
      await open.close();
    }
  });
});

describe('handles on the picture', () => {
  it.each(site.chapters)('%s has a figure driven on the picture by pointer, touch and keyboard', async (chapter) => {
    const open = await openPage(chapter, { width: 1280, height: 900 });
    const { page } = open;
    try {
      const names = site.figures.filter((f) => f.chapter === chapter).map((f) => f.name);
      const withHandles = names.filter((name) => (figureByName(name).handles?.length ?? 0) > 0);
      expect(withHandles.length).toBeGreaterThan(0);
      const name = withHandles[0]!;
      await waitLive(page, name);
      const figure = page.locator(`figure[data-figure="${name}"]`);
      const handle = figure.locator('[data-handle]').first();
      await handle.scrollIntoViewIfNeeded();
      const setting = (await handle.getAttribute('data-handle'))!;
      const slider = figure.locator(`#${controlId(figureByName(name), setting)}`);
      const box = (await handle.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      expect(await handle.getAttribute('role')).toBe('slider');
      // Keyboard.
      const before = Number(await handle.getAttribute('aria-valuenow'));
      await handle.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).not.toBe(before);
      expect(Number(await slider.inputValue())).toBe(Number(await handle.getAttribute('aria-valuenow')));
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-handle'))).toBe(true);
      expect((await handle.getAttribute('aria-valuetext'))?.length).toBeGreaterThan(0);
      // Pointer: a drag across the picture.
      const plot = (await figure.locator('.figure-plot svg').first().boundingBox())!;
      const y = plot.y + plot.height * 0.4;
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(plot.x + plot.width * 0.3, y, { steps: 4 });
      await page.mouse.up();
      const dragged = Number(await handle.getAttribute('aria-valuenow'));
      expect(Number(await slider.inputValue())).toBe(dragged);
      // The slider moves the handle.
      await slider.evaluate((input: HTMLInputElement) => {
        input.value = input.max;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await expect
        .poll(async () => Number(await handle.getAttribute('aria-valuenow')))
        .toBe(Number(await slider.inputValue()));
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('a tap on a touch screen moves a handle', async () => {
    const chapter = site.chapters[0]!;
    const name = site.figures.find((f) => f.chapter === chapter && figureByName(f.name).handles?.length)!.name;
    const open = await openPage(`${chapter}#fig-${name}`, { width: 390, height: 844, hasTouch: true });
    const { page } = open;
    try {
      await waitLive(page, name);
      const handle = page.locator(`figure[data-figure="${name}"] [data-handle]`).first();
      await handle.scrollIntoViewIfNeeded();
      const before = await handle.getAttribute('aria-valuenow');
      const plot = (await page.locator(`figure[data-figure="${name}"] .figure-plot svg`).first().boundingBox())!;
      await page.touchscreen.tap(plot.x + plot.width * 0.77, plot.y + plot.height * 0.55);
      await expect.poll(() => handle.getAttribute('aria-valuenow')).not.toBe(before);
    } finally {
      await open.close();
    }
  });
});

describe('predictions', () => {
  it.each(site.chapters)(
    '%s hides each box\u2019s figure and answer until a guess or "Just show me"',
    async (chapter) => {
      const open = await openPage(chapter);
      const { page } = open;
      try {
        const boxes = page.locator('[data-predict]');
        const count = await boxes.count();
        for (let i = 0; i < count; i++) {
          const box = boxes.nth(i);
          await box.scrollIntoViewIfNeeded();
          await page.waitForFunction((el) => el.hasAttribute('data-wired'), await box.elementHandle());
          expect(await box.locator('figure[data-figure]').first().isVisible()).toBe(false);
          expect(await box.locator('[data-predict-answer]').isVisible()).toBe(false);
          await box.locator(i % 2 ? '[data-predict-skip]' : '[data-predict-commit]').click();
          await expect.poll(() => box.locator('[data-predict-answer]').isVisible()).toBe(true);
          expect(await box.locator('figure[data-figure]').first().isVisible()).toBe(true);
          await expect
            .poll(() => box.locator('[data-predict-result]').innerText())
            .toMatch(/The model, with these numbers/);
        }
      } finally {
        await open.close();
      }
    },
  );

  it.each(site.chapters)('%s without JavaScript shows every figure and answer', async (chapter) => {
    const open = await openPage(chapter, { javaScriptEnabled: false });
    try {
      for (const box of await open.page.locator('[data-predict]').all()) {
        expect(await box.locator('[data-predict-answer]').isVisible()).toBe(true);
        // The figure itself, or, where the box argues in steps, each step's own picture.
        const pictures = await box
          .locator('.figure-plot svg, .step-picture svg')
          .evaluateAll((nodes) => nodes.filter((n) => n.checkVisibility()).length);
        expect(pictures).toBeGreaterThan(0);
        expect(await box.locator('.predict-ask').isVisible()).toBe(false);
      }
    } finally {
      await open.close();
    }
  });
});

describe('presenter mode and embeds', () => {
  it('has a scene per step, with the step\u2019s words and its setting of the figure', async () => {
    const chapter = site.chapters[0]!;
    const open = await openPage(`${chapter}?present`, { width: 1280, height: 720 });
    const { page } = open;
    try {
      await page.waitForSelector('.stage .scene');
      const figures = site.figures.filter((f) => f.chapter === chapter);
      const plain = await openPage(chapter, { javaScriptEnabled: false });
      const stepCounts = await stepsOn(plain.page);
      await plain.close();
      const stepped = stepCounts.reduce((sum, b) => sum + b.count, 0);
      const scenes = 2 + stepped + figures.length - stepCounts.length;
      expect(await page.locator('.stage-counter').innerText()).toBe(`1 / ${scenes}`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.stage-counter').innerText()).toBe(`3 / ${scenes}`);
      expect(await page.locator('.stage .figure').getAttribute('data-step')).toBe('2');
      expect((await page.locator('.scene-words').innerText()).length).toBeGreaterThan(10);
    } finally {
      await open.close();
    }
  });

  it('an embed opens at a step, and names the figure\u2019s range for a step it does not have', async () => {
    const chapter = site.chapters[0]!;
    const plain = await openPage(chapter, { javaScriptEnabled: false });
    const [block] = await stepsOn(plain.page);
    await plain.close();
    const open = await openPage(`/embed/${block!.figure}/?step=2`);
    try {
      await open.page.waitForSelector('figure[data-step="2"]');
      expect(await open.page.locator('.figure-own-text').innerText()).toMatch(
        new RegExp(`^Step 2 of ${block!.count} `),
      );
      await open.page.goto(`/embed/${block!.figure}/?step=99`);
      await open.page.waitForSelector('figure[data-step="1"]');
      expect(await open.page.locator('.figure-notice').innerText()).toContain(`steps 1 to ${block!.count}`);
    } finally {
      await open.close();
    }
  });
});

describe('controls tell the truth', () => {
  it('after any sequence of control changes and presets, every control shows the value the model uses', async () => {
    const name = 'pool-dots';
    const definition = figureByName(name);
    const open = await openPage(`/embed/${name}/`);
    const { page } = open;
    try {
      await page.waitForSelector(`figure[data-figure="${name}"] .figure-body[data-state="live"]`);
      await page.locator('.figure-all summary').click();
      const presets = definition.presets.map((p) => p.id);
      const action = fc.oneof(
        fc.record({ key: fc.constantFrom('cycleMonths', 'windowMonths'), value: fc.integer({ min: 1, max: 240 }) }),
        fc.record({ preset: fc.constantFrom(...presets) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 2, maxLength: 6 }), async (actions) => {
          await page.locator('[data-action="reset"]').evaluate((b: HTMLButtonElement) => b.click());
          for (const a of actions) {
            if ('preset' in a) await page.click(`[data-preset="${a.preset}"]`);
            else
              await page.locator(`#${controlId(definition, a.key)}`).evaluate((input: HTMLInputElement, v) => {
                input.value = String(v);
                input.dispatchEvent(new Event('input', { bubbles: true }));
              }, a.value);
          }
          await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
          const search = await liveSearch(page);
          const query = readQuery(`?${search.toString()}`);
          const state = readFigure(
            definition,
            readReader(query.reader).scenario,
            query.figures[definition.namespace],
          ).state;
          for (const key of ['cycleMonths', 'windowMonths', 'entryPattern']) {
            const shown = await page.locator(`#${controlId(definition, key)}`).inputValue();
            expect(shown, `${key} after ${JSON.stringify(actions)}`).toBe(String(settingValue(state, key)));
          }
          const notice = page.locator('.figure-notice');
          if (await notice.isVisible())
            expect(await notice.innerText()).not.toMatch(/windowMonths|cycleMonths|\w+\.\w+:/);
        }),
        { numRuns: 12 },
      );
    } finally {
      await open.close();
    }
  });
});

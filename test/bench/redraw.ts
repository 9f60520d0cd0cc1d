// Input-to-redraw of every figure, measured in Chromium on the production build: for each
// figure, on the first chapter that shows it (or its embed page), 30 keyboard steps of its first
// slider, each timed by the page itself from the input event to the end of the redraw (the
// figure-redraw measure the island records). Prints the median and the 90th percentile per
// figure and exits 1 naming every figure whose median is over the budget (8 ms, half a frame).
//
//   npm run bench:redraw            (after npm run build; uses Debian's /usr/bin/chromium)
//   BENCH_BUDGET_MS=2 npm run bench:redraw    to see the check fail

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { startPreview } from '../e2e/preview.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const BUDGET_MS = Number(process.env['BENCH_BUDGET_MS'] ?? 8);
const STEPS = 30;
const WARM_UP = 3;
const PORT = Number(process.env['BENCH_PORT'] ?? 4398);

/** Every figure on the site, with the page it is measured on: its first chapter, else its embed. */
function figurePages(): { name: string; path: string }[] {
  const chapters = readdirSync(join(dist, 'chapters'))
    .filter((slug) => statSync(join(dist, 'chapters', slug)).isDirectory())
    .sort()
    .map((slug) => `/chapters/${slug}/`);
  const embeds = readdirSync(join(dist, 'embed')).sort();
  const where = new Map<string, string>();
  for (const path of chapters) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    for (const match of html.matchAll(/data-figure="([^"]+)"/g)) if (!where.has(match[1]!)) where.set(match[1]!, path);
  }
  for (const name of embeds) if (!where.has(name)) where.set(name, `/embed/${name}/`);
  return [...where].map(([name, path]) => ({ name, path })).sort((a, b) => a.name.localeCompare(b.name));
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

async function measure(page: Page, baseURL: string, name: string, path: string) {
  await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
  const figure = `figure[data-figure="${name}"]`;
  // A prediction covering the figure is answered first, as a reader would before looking.
  const prediction = `[data-predict]:has(${figure})`;
  if (await page.locator(prediction).count()) {
    await page.waitForSelector(`${prediction} .predict-ask:not([hidden])`, { timeout: 30_000 });
    await page.locator(`${prediction}.covered [data-predict-commit]`).first().click();
  }
  await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), figure);
  await page.waitForSelector(`${figure} .figure-body[data-state="live"]`, { state: 'attached', timeout: 30_000 });
  const control = page.locator(`${figure} .figure-controls input[type=range][data-setting]`).first();
  if ((await control.count()) === 0) return { key: '(no slider)', durations: [] as number[] };
  const key = (await control.getAttribute('data-setting')) ?? '';
  await control.focus();
  let direction = (await control.evaluate((input: HTMLInputElement) => Number(input.value) >= Number(input.max)))
    ? 'ArrowLeft'
    : 'ArrowRight';
  const durations: number[] = [];
  for (let i = 0; i < WARM_UP + STEPS; i++) {
    const before = await control.inputValue();
    await page.evaluate(() => performance.clearMeasures('figure-redraw'));
    await page.keyboard.press(direction);
    if ((await control.inputValue()) === before) {
      // At the end of the range: go back the other way (one direction at a time, so no cache of
      // the last value can help).
      direction = direction === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      await page.keyboard.press(direction);
    }
    await page.waitForFunction(() => performance.getEntriesByName('figure-redraw').length > 0, undefined, {
      timeout: 10_000,
    });
    const duration = await page.evaluate(() => performance.getEntriesByName('figure-redraw')[0]!.duration);
    if (i >= WARM_UP) durations.push(duration);
  }
  return { key, durations };
}

const started = performance.now();
const preview = await startPreview(root, PORT);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_FLAGS],
});
const rows: Record<string, string>[] = [];
const over: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const { name, path } of figurePages()) {
    const { key, durations } = await measure(page, preview.baseURL, name, path);
    if (durations.length === 0) {
      over.push(`${name}: no slider to measure on ${path}`);
      continue;
    }
    const sorted = [...durations].sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    const p90 = quantile(sorted, 0.9);
    rows.push({
      figure: name,
      page: path,
      slider: key,
      'median ms': median.toFixed(1),
      'p90 ms': p90.toFixed(1),
      'max ms': sorted.at(-1)!.toFixed(1),
      n: String(durations.length),
    });
    if (median > BUDGET_MS)
      over.push(
        `${name}: median input-to-redraw ${median.toFixed(1)} ms (p90 ${p90.toFixed(1)}) on ${path}, over ${BUDGET_MS} ms`,
      );
  }
} finally {
  await browser.close();
  await preview.stop();
}
console.table(rows);
console.log(
  `Input-to-redraw: from the input event to the end of the figure's redraw, ${STEPS} keyboard steps of each figure's first slider after ${WARM_UP} unmeasured; budget: median at most ${BUDGET_MS} ms. ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (over.length) {
  console.error(`\n${over.length} figure(s) over budget:`);
  for (const line of over) console.error(`  ${line}`);
  process.exit(1);
}

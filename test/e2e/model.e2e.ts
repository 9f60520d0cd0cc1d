// The model page: math typeset at build time (KaTeX HTML and MathML, no script carrying KaTeX), the
// calibration table computed from the engine, and the synthetic dataset built in a worker that
// gives, byte for byte, what Node gives for the same seed and numbers.

import { describe, expect, it } from 'vitest';
import { formatViolations, liveSearch, openPage, runAxe, scrollThrough, waitAllLive } from './browser.ts';
import { datasetCsv, defaultScenario, parseScenario, syntheticDataset } from '../../src/model/index.ts';
import { calibrationReport } from '../../src/model/calibration.ts';

async function build(page: import('playwright-core').Page) {
  await page.locator('[data-dataset] button[type="submit"]').click();
  await page.locator('[data-dataset-csv]:not([hidden])').waitFor({ timeout: 15_000 });
  return page.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-dataset-csv]')!;
    const json = document.querySelector<HTMLAnchorElement>('[data-dataset-json]')!;
    return {
      csv: await (await fetch(link.href)).text(),
      json: await (await fetch(json.href)).text(),
      name: link.download,
      status: document.querySelector('[data-dataset-status]')!.textContent,
    };
  });
}

describe('/model/', () => {
  it('typesets its equations at build time: the math is there with JavaScript off', async () => {
    const open = await openPage('/model/', { javaScriptEnabled: false });
    try {
      const { page } = open;
      expect(await page.locator('.katex').count()).toBeGreaterThan(20);
      expect(await page.locator('.katex-display').count()).toBeGreaterThan(5);
      expect(await page.locator('math').count()).toBe(await page.locator('.katex').count());
      expect(open.foreignRequests()).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('sends no math script: no script the page loads contains KaTeX', async () => {
    // Script names are hashed, so their text is what is searched: every script the page loaded
    // once it has been scrolled through, any figure is live and a dataset is built (its worker
    // too), fetched again in the page.
    const open = await openPage('/model/');
    try {
      const { page } = open;
      await scrollThrough(page);
      await waitAllLive(page);
      await build(page);
      const loaded = await page.evaluate(() => {
        const urls = new Set<string>();
        for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          if (entry.initiatorType === 'script' || /\.m?js$/.test(new URL(entry.name).pathname)) urls.add(entry.name);
        for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) urls.add(script.src);
        for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')) urls.add(link.href);
        return [...urls];
      });
      const requested = open.log.requests.filter((url) => /\.m?js$/.test(new URL(url).pathname));
      const urls = [...new Set([...loaded, ...requested])].sort();
      const texts = await page.evaluate(
        (list) => Promise.all(list.map(async (url) => ({ url, text: await (await fetch(url)).text() }))),
        urls,
      );
      const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
      // The test sees the page's scripts: the boot script, the dataset island and its worker.
      expect(urls.some((url) => /\/_astro\/boot\.[^/]*\.js$/.test(url))).toBe(true);
      expect(urls.some((url) => /\/_astro\/dataset\.[^/]*\.js$/.test(url))).toBe(true);
      expect(urls.some((url) => /dataset-worker/.test(url))).toBe(true);
      expect(texts.length).toBeGreaterThan(3);
      for (const { url, text } of texts) expect(text.length, url).toBeGreaterThan(0);
      const math = /katex|renderToString/i;
      expect(texts.filter(({ text }) => math.test(text)).map(({ url }) => url)).toEqual([]);
      expect(inline.filter((text) => math.test(text))).toEqual([]);
      // And the same search finds KaTeX where it is: in the page's HTML.
      expect(await page.content()).toMatch(/katex/i);
      expect(open.foreignRequests()).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('shows every calibration target as the engine measures it', async () => {
    const open = await openPage('/model/');
    try {
      const rows = await open.page
        .locator('.calibration-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));
      expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual(calibrationReport().map((r) => [r.id, r.measured, 'yes']));
    } finally {
      await open.close();
    }
  });

  it('builds the dataset in a worker: the same CSV as Node for the same seed and the reader\u2019s numbers', async () => {
    const open = await openPage('/model/?v=2&medianCpc=30&seed=42');
    try {
      const got = await build(open.page);
      const scenario = parseScenario({ ...defaultScenario, medianCpc: 30 }).scenario;
      expect(got.csv).toBe(datasetCsv(syntheticDataset(scenario, { seed: 42, noise: 0.1 }).rows));
      expect(JSON.parse(got.json).seed).toBe(42);
      expect(got.name).toBe('demand-lab-mmm-seed-42.csv');
      expect(got.status).toMatch(/156 weeks with seed 42/);
      expect((await liveSearch(open.page)).get('seed')).toBe('42');
      expect(open.log.pageErrors).toEqual([]);
      expect(open.log.consoleErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('reads a hostile address safely: a bad seed, noise and numbers are named, and defaults are used', async () => {
    const open = await openPage(
      '/model/?v=2&seed=%3Cimg%20src=x%20onerror=alert(1)%3E&noise=%3Cimg%20src=y%20onerror=alert(2)%3E&medianCpc=abc&zz=%3Cb%3E',
    );
    try {
      const { page } = open;
      const status = page.locator('[data-dataset-status]');
      await expect.poll(() => status.textContent()).toMatch(/seed: not a whole number/);
      expect(await status.textContent()).toMatch(/Median CPC/);
      expect(await status.textContent()).toMatch(/noise: not one of 0, 0\.05, 0\.1, 0\.2; using 0\.1/);
      expect(await page.inputValue('[data-dataset] [name="noise"]')).toBe('0.1');
      expect(await page.locator('[data-dataset] img').count()).toBe(0);
      const got = await build(page);
      expect(got.csv).toBe(datasetCsv(syntheticDataset(defaultScenario, { seed: 1, noise: 0.1 }).rows));
      expect(open.log.dialogs).toEqual([]);
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const open = await openPage('/model/', { colorScheme });
    try {
      const violations = await runAxe(open.page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

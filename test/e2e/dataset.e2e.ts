// The synthetic dataset on the planner: built in a worker from the scenario being edited (not the
// shared numbers), with the seed and the noise level from the address, byte for byte what Node
// gives for that scenario; the same address gives the same bytes again. And the dataset's keys,
// `seed=` and `noise=`, are page keys: a bad noise level is named, and neither key is reported
// as stray on a chapter or on the planner.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { liveSearch, openPage } from './browser.ts';
import { datasetCsv, datasetJson, defaultScenario, syntheticDataset } from '../../src/model/index.ts';
import type { Scenario } from '../../src/model/index.ts';
import { effective, readPlanner } from '../../src/state/planner.ts';
import { readQuery } from '../../src/state/query.ts';

const SEARCH = '?v=2&medianCpc=30&s1.name=Today&s2.name=More%20brand&s2.brandShare=0.6&seed=42&noise=0.2';

/** Builds the page's dataset and reads back what its two links offer. */
async function build(page: Page) {
  await page.locator('[data-dataset] button[type="submit"]').click();
  await page.locator('[data-dataset-csv]:not([hidden])').waitFor({ timeout: 20_000 });
  return page.evaluate(async () => {
    const csv = document.querySelector<HTMLAnchorElement>('[data-dataset-csv]')!;
    const json = document.querySelector<HTMLAnchorElement>('[data-dataset-json]')!;
    return {
      csv: await (await fetch(csv.href)).text(),
      json: await (await fetch(json.href)).text(),
      name: csv.download,
      status: document.querySelector('[data-dataset-status]')!.textContent ?? '',
    };
  });
}

async function plannerReady(page: Page): Promise<void> {
  // The form is wired last: once it is enabled, the whole planner is.
  await page.waitForSelector('#plan-medianCpc:not([disabled])');
}

async function edit(page: Page, index: number): Promise<void> {
  await page.click(`[data-planner-action="select"][data-index="${index}"]`);
  await expect
    .poll(() => page.getAttribute(`[data-planner-action="select"][data-index="${index}"]`, 'aria-pressed'))
    .toBe('true');
}

function expected(scenario: Scenario, seed: number, noise: number) {
  const { rows, truth } = syntheticDataset(scenario, { seed, noise });
  return { csv: datasetCsv(rows), json: datasetJson(truth) };
}

describe('the planner\u2019s dataset', () => {
  // In Node: the planner's own reading of the address, and the scenario it means written out.
  const { state } = readPlanner(readQuery(SEARCH));
  const first = effective(state, 0);
  const second = effective(state, 1);

  it('is the scenario being edited, with the seed and noise of the address: the CSV and JSON Node gives', async () => {
    expect(first).toEqual({ ...defaultScenario, medianCpc: 30 });
    expect(second).toEqual({ ...defaultScenario, medianCpc: 30, brandShare: 0.6 });
    const want = expected(second, 42, 0.2);
    const wantFirst = expected(first, 42, 0.2);
    // The two scenarios' datasets differ, so the comparison below tells them apart.
    expect(wantFirst.csv).not.toBe(want.csv);
    expect(expected(second, 42, 0.1).csv).not.toBe(want.csv);

    const open = await openPage(`/plan/${SEARCH}`);
    const { page } = open;
    try {
      await plannerReady(page);
      expect(await page.inputValue('[data-dataset] [name="seed"]')).toBe('42');
      expect(await page.inputValue('[data-dataset] [name="noise"]')).toBe('0.2');
      await edit(page, 1);
      expect(await page.locator('.dataset-note [data-editing-name]').textContent()).toBe('More brand');
      const got = await build(page);
      expect(got.csv).toBe(want.csv);
      expect(got.json).toBe(want.json);
      const truth = JSON.parse(got.json) as { scenario: Scenario; seed: number; noise: number };
      expect(truth.scenario.brandShare).toBe(0.6);
      expect(truth.scenario.medianCpc).toBe(30);
      expect([truth.seed, truth.noise]).toEqual([42, 0.2]);
      expect(got.name).toBe('demand-lab-mmm-seed-42.csv');
      expect(got.status).toBe(
        'Ready: 156 weeks of \u201cMore brand\u201d with seed 42 and noise 0.2. Download the data and its truth below.',
      );
      // The address still holds everything the dataset was built from.
      const address = await liveSearch(page);
      expect([address.get('seed'), address.get('noise'), address.get('s2.brandShare')]).toEqual(['42', '0.2', '0.6']);

      // The scenario is asked for when the dataset is built: editing the first builds the first.
      await edit(page, 0);
      const firstGot = await build(page);
      expect(firstGot.csv).toBe(wantFirst.csv);
      expect(firstGot.json).toBe(wantFirst.json);

      // A reload of the same address, the same scenario chosen: the same bytes.
      const url = await page.evaluate(() => location.href);
      await page.reload({ waitUntil: 'load' });
      expect(await page.evaluate(() => location.href)).toBe(url);
      await plannerReady(page);
      await edit(page, 1);
      const again = await build(page);
      expect(again.csv).toBe(got.csv);
      expect(again.json).toBe(got.json);
      expect(open.log.pageErrors).toEqual([]);
      expect(open.log.consoleErrors).toEqual([]);
      expect(open.foreignRequests()).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('names a bad noise level, uses 0.1, and reports neither dataset key as stray', async () => {
    const open = await openPage(`/plan/?v=2&seed=5&noise=${encodeURIComponent('<script>alert(1)</script>')}&zz=1`);
    const { page } = open;
    try {
      await plannerReady(page);
      const status = page.locator('[data-dataset-status]');
      expect(await status.textContent()).toBe('From the address: noise: not one of 0, 0.05, 0.1, 0.2; using 0.1.');
      expect(await page.inputValue('[data-dataset] [name="noise"]')).toBe('0.1');
      // The page's notice names the stray key and not the dataset's keys.
      const notice = (await page.locator('.page-notice').textContent()) ?? '';
      expect(notice).toContain('"zz"');
      expect(notice).not.toMatch(/noise|seed/);
      const got = await build(page);
      expect(got.csv).toBe(expected(defaultScenario, 5, 0.1).csv);
      expect(got.status).not.toMatch(/NaN|undefined/);
      // Building at the default noise leaves no noise= in the address.
      expect((await liveSearch(page)).has('noise')).toBe(false);
      expect((await liveSearch(page)).get('seed')).toBe('5');
      expect(await page.locator('[data-dataset] script').count()).toBe(0);
      expect(open.log.dialogs).toEqual([]);
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

describe('the dataset\u2019s keys on a chapter', () => {
  it('are not reported as stray, and stay in the address', async () => {
    const open = await openPage('/chapters/the-rotating-pool/?v=2&seed=3&noise=0.2&zz=1');
    const { page } = open;
    try {
      const notice = page.locator('.page-notice');
      await expect.poll(() => notice.textContent()).toContain('"zz"');
      expect(await notice.textContent()).not.toMatch(/noise|seed/);
      const address = await liveSearch(page);
      expect([address.get('seed'), address.get('noise')]).toEqual(['3', '0.2']);
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

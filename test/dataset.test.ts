// MODEL.md section 16 (v2): a synthetic marketing-mix dataset with known truth, and what an
// additive marketing-mix model fitted to it recovers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  datasetCsv,
  datasetJson,
  defaultScenario,
  OBSERVED_COLUMNS,
  parseScenario,
  syntheticDataset,
  TRUTH_COLUMNS,
  WEEKS_PER_MONTH,
} from '../src/model/index.ts';
import type { DatasetRow } from '../src/model/index.ts';
import { fitMmm, recoveryStudy } from '../src/model/recover.ts';
import { DEFAULT_NOISE, DEFAULT_SEED, datasetSearch, readNoise, readSeed } from '../src/state/dataset.ts';
import { readQuery } from '../src/state/query.ts';

describe('syntheticDataset', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = syntheticDataset(defaultScenario, { seed: 7 });
    const b = syntheticDataset(defaultScenario, { seed: 7 });
    const c = syntheticDataset(defaultScenario, { seed: 8 });
    expect(a).toEqual(b);
    expect(c.rows.map((r) => r.brand_spend)).not.toEqual(a.rows.map((r) => r.brand_spend));
  });

  it('has one row per week from 2024-01-01 with exactly the named columns, all finite', () => {
    const { rows, truth } = syntheticDataset(defaultScenario, { seed: 1 });
    expect(rows).toHaveLength(156);
    expect(rows[0]!.week).toBe('2024-01-01');
    expect(rows[1]!.week).toBe('2024-01-08');
    expect(rows.at(-1)!.week).toBe('2026-12-21');
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...OBSERVED_COLUMNS, ...TRUTH_COLUMNS]);
      for (const [key, value] of Object.entries(row))
        if (key !== 'week') expect(Number.isFinite(value), key).toBe(true);
      expect(row.leads_expected).toBeCloseTo(row.leads_baseline + row.leads_from_brand + row.leads_from_search, 9);
    }
    expect(truth.weeks).toBe(156);
    expect(truth.memoryHalfLifeWeeks).toBeCloseTo(12 * WEEKS_PER_MONTH, 12);
    expect(truth.weeklyMemoryRetention).toBeCloseTo(Math.pow(0.5, 1 / truth.memoryHalfLifeWeeks), 12);
  });

  it('runs brand in flights of 2-8 weeks on and 1-6 off, keeping the plan\u2019s average spend', () => {
    const { rows, truth } = syntheticDataset(
      { ...defaultScenario, memoryHalfLifeMonths: 2 },
      { seed: 3, burnInWeeks: 0 },
    );
    const runs: { on: boolean; length: number }[] = [];
    for (const r of rows) {
      const on = r.brand_spend > 0;
      if (runs.at(-1)?.on === on) runs.at(-1)!.length++;
      else runs.push({ on, length: 1 });
    }
    for (const run of runs.slice(1, -1)) {
      if (run.on) (expect(run.length).toBeGreaterThanOrEqual(2), expect(run.length).toBeLessThanOrEqual(8));
      else (expect(run.length).toBeGreaterThanOrEqual(1), expect(run.length).toBeLessThanOrEqual(6));
    }
    const weeklyBrand = (defaultScenario.monthlyBudget * defaultScenario.brandShare) / WEEKS_PER_MONTH;
    const mean = rows.reduce((a, r) => a + r.brand_spend, 0) / rows.length;
    expect(mean).toBeCloseTo(weeklyBrand, 6);
    expect(truth.burnInWeeks).toBe(0);
  });

  it('has no noise at noise 0, and noise of about the given size otherwise', () => {
    const clean = syntheticDataset(defaultScenario, { seed: 2, noise: 0 });
    for (const r of clean.rows) expect(r.leads).toBeCloseTo(r.leads_expected, 9);
    const noisy = syntheticDataset(defaultScenario, { seed: 2, noise: 0.1 });
    const logs = noisy.rows.map((r) => Math.log(r.leads / r.leads_expected));
    const sd = Math.sqrt(logs.reduce((a, x) => a + x * x, 0) / logs.length);
    expect(sd).toBeGreaterThan(0.08);
    expect(sd).toBeLessThan(0.12);
  });

  it('refuses bad options with a message', () => {
    expect(() => syntheticDataset(defaultScenario, { seed: Number.NaN })).toThrow(/seed/);
    expect(() => syntheticDataset(defaultScenario, { seed: 1, weeks: 0 })).toThrow(/weeks/);
    expect(() => syntheticDataset(defaultScenario, { seed: 1, noise: -1 })).toThrow(/noise/);
  });
});

describe('what a marketing-mix model recovers', () => {
  it('recovers a 2-month memory half-life within 10% from noise-free expected leads', () => {
    const { rows, truth } = syntheticDataset({ ...defaultScenario, memoryHalfLifeMonths: 2 }, { seed: 1, noise: 0 });
    const fit = fitMmm(
      rows.map((r) => r.brand_spend),
      rows.map((r) => r.search_spend),
      rows.map((r) => r.leads_expected),
    );
    const months = fit.halfLifeWeeks / WEEKS_PER_MONTH;
    console.log(
      `recovered half-life ${months.toFixed(3)} months (true 2); brand ${fit.brandPer1000!.toFixed(3)} vs true ${truth.incrementalLeadsPer1000.brand!.toFixed(3)} leads per 1,000; search ${fit.searchPer1000!.toFixed(3)} vs ${truth.incrementalLeadsPer1000.search!.toFixed(3)}`,
    );
    expect(Math.abs(months / 2 - 1)).toBeLessThan(0.1);
    // The additive model splits the brand-search interaction its own way: the channel effects differ from the true credit.
    const searchGap = Math.abs(fit.searchPer1000! / truth.incrementalLeadsPer1000.search! - 1);
    expect(searchGap).toBeGreaterThan(0.05);
    expect(searchGap).toBeLessThan(0.4);
  });

  it('with noise 0.05 over 20 seeds, pins a 2-month memory far more tightly than a 12-month one', () => {
    const rows = recoveryStudy(
      (hl, seed) => syntheticDataset({ ...defaultScenario, memoryHalfLifeMonths: hl }, { seed, noise: 0.05 }),
      { halfLives: [2, 12], seeds: Array.from({ length: 20 }, (_, i) => i + 1) },
    );
    for (const r of rows) {
      console.log(
        `true half-life ${r.halfLifeMonths} months: recovered median ${r.recoveredHalfLife.median.toFixed(2)} (10-90%: ${r.recoveredHalfLife.p10.toFixed(2)}-${r.recoveredHalfLife.p90.toFixed(2)}); brand per 1,000 ${r.brandPer1000.median.toFixed(2)} (${r.brandPer1000.p10.toFixed(2)}-${r.brandPer1000.p90.toFixed(2)}) vs true ${r.trueBrandPer1000.toFixed(2)}; search ${r.searchPer1000.median.toFixed(2)} (${r.searchPer1000.p10.toFixed(2)}-${r.searchPer1000.p90.toFixed(2)}) vs true ${r.trueSearchPer1000.toFixed(2)}`,
      );
    }
    const [short, long] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const width = (s: typeof short.recoveredHalfLife, truth: number) => (s.p90 - s.p10) / truth;
    expect(short.recoveredHalfLife.p10).toBeLessThan(2);
    expect(short.recoveredHalfLife.p90).toBeGreaterThan(2);
    expect(width(long.recoveredHalfLife, 12)).toBeGreaterThan(width(short.recoveredHalfLife, 2));
  });
});

/** The columns as the model page documents them (content/model.mdx, "The CSV's columns are ..."). */
function documentedColumns(): string[] {
  const text = readFileSync(new URL('../content/model.mdx', import.meta.url), 'utf8');
  const sentence = /The CSV's columns are (.+?)\. The JSON/.exec(text)?.[1];
  if (!sentence) throw new Error('content/model.mdx no longer lists the CSV\u2019s columns');
  return [...sentence.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
}

const COLUMNS = [
  'week',
  'brand_spend',
  'search_spend',
  'brand_impressions',
  'search_clicks',
  'leads',
  'opportunities',
  'wins',
  'revenue',
  'leads_expected',
  'leads_baseline',
  'leads_from_brand',
  'leads_from_search',
];
const PLAIN_NUMBER = /^-?\d+(\.\d{1,6})?$/;

/**
 * Checks a dataset's CSV text against its rows: the documented header, one line per week, and in
 * every line each documented column holding that row's value as a plain decimal (6 places).
 * Throws on the first difference, so it can be shown to catch a dropped column.
 */
function checkCsv(text: string, rows: readonly DatasetRow[]): void {
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new Error('the CSV does not end with a newline');
  const header = lines[0]!.split(',');
  if (JSON.stringify(header) !== JSON.stringify(COLUMNS)) throw new Error(`header ${header.join(',')}`);
  if (lines.length !== rows.length + 1) throw new Error(`${lines.length} lines for ${rows.length} weeks`);
  rows.forEach((row, i) => {
    const fields = lines[i + 1]!.split(',');
    if (fields.length !== COLUMNS.length) throw new Error(`line ${i + 2} has ${fields.length} fields`);
    COLUMNS.forEach((column, c) => {
      const field = fields[c]!;
      if (column === 'week') {
        if (field !== row.week) throw new Error(`line ${i + 2}: week ${field}`);
        return;
      }
      if (!PLAIN_NUMBER.test(field)) throw new Error(`line ${i + 2}, ${column}: ${field} is not a plain decimal`);
      const value = row[column as Exclude<keyof DatasetRow, 'week'>];
      if (Math.abs(Number(field) - value) > 5e-7) throw new Error(`line ${i + 2}, ${column}: ${field} for ${value}`);
    });
  });
}

describe('the dataset as text', () => {
  const scenario = parseScenario({ ...defaultScenario, medianCpc: 30, brandShare: 0.4 }).scenario;
  const dataset = syntheticDataset(scenario, { seed: 42, noise: 0.05 });
  const csv = datasetCsv(dataset.rows);
  const json = datasetJson(dataset.truth);

  it('writes the documented columns in the documented order, one line per week, every value a plain decimal', () => {
    expect(documentedColumns()).toEqual(COLUMNS);
    expect([...OBSERVED_COLUMNS, ...TRUTH_COLUMNS]).toEqual(COLUMNS);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(COLUMNS.join(','));
    expect(lines).toHaveLength(156 + 1 + 1); // header, 156 weeks, and the final newline's empty tail
    expect(lines.at(-1)).toBe('');
    expect(csv).not.toMatch(/nan|infinity|undefined|null/i);
    for (const line of lines.slice(1, -1)) {
      const [week, ...numbers] = line.split(',');
      expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(numbers).toHaveLength(12);
      for (const n of numbers) expect(n, line).toMatch(PLAIN_NUMBER);
    }
    checkCsv(csv, dataset.rows);
  });

  it('writes large and tiny values without an exponent', () => {
    const row = { ...dataset.rows[0]!, revenue: 1.5e21, leads: 1e-9, wins: -0.0000001 };
    const line = datasetCsv([row]).split('\n')[1]!;
    expect(line).not.toMatch(/e/i);
    expect(line.split(',')[COLUMNS.indexOf('leads')]).toBe('0');
    expect(line.split(',')[COLUMNS.indexOf('wins')]).toBe('0');
    expect(line.split(',')[COLUMNS.indexOf('revenue')]).toBe('1500000000000000000000');
  });

  it('fails the check when any column is dropped, from the header or from the rows', () => {
    for (const column of COLUMNS) {
      const c = COLUMNS.indexOf(column);
      const dropped = csv
        .split('\n')
        .map((line) =>
          line
            ? line
                .split(',')
                .filter((_, i) => i !== c)
                .join(',')
            : line,
        )
        .join('\n');
      expect(() => checkCsv(dropped, dataset.rows), column).toThrow();
      const rowsOnly = csv
        .split('\n')
        .map((line, i) =>
          i > 0 && line
            ? line
                .split(',')
                .filter((_, j) => j !== c)
                .join(',')
            : line,
        )
        .join('\n');
      expect(() => checkCsv(rowsOnly, dataset.rows), column).toThrow();
    }
  });

  it('writes a JSON sidecar that parses and holds the scenario, the seed, the noise and the true effects', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toMatch(/NaN|Infinity/);
    const truth = JSON.parse(json) as typeof dataset.truth;
    expect(truth.scenario).toEqual(scenario);
    expect(truth.scenario.medianCpc).toBe(30);
    expect(truth.scenario.brandShare).toBe(0.4);
    expect(truth.seed).toBe(42);
    expect(truth.noise).toBe(0.05);
    expect(truth.weeks).toBe(156);
    expect(truth.columns).toEqual({ observed: COLUMNS.slice(0, 9), truth: COLUMNS.slice(9) });
    const { brand, search } = truth.incrementalLeadsPer1000;
    expect(brand).toBeGreaterThan(0);
    expect(search).toBeGreaterThan(0);
    // The true effects are the truth columns summed over the weeks, per 1,000 spent.
    const sum = (pick: (r: DatasetRow) => number) => dataset.rows.reduce((a, r) => a + pick(r), 0);
    expect(brand).toBeCloseTo((sum((r) => r.leads_from_brand) / sum((r) => r.brand_spend)) * 1000, 9);
    expect(search).toBeCloseTo((sum((r) => r.leads_from_search) / sum((r) => r.search_spend)) * 1000, 9);
    expect(truth.weeklyMemoryRetention).toBeGreaterThan(0);
    expect(truth.weeklyMemoryRetention).toBeLessThan(1);
  });
});

describe('the dataset\u2019s seed and noise in the address', () => {
  it('are read when valid', () => {
    expect(readSeed('?v=2&seed=42')).toEqual({ seed: 42, problem: null });
    expect(readSeed('')).toEqual({ seed: DEFAULT_SEED, problem: null });
    expect(readNoise('')).toEqual({ noise: DEFAULT_NOISE, problem: null });
    for (const [raw, noise] of [
      ['0', 0],
      ['0.05', 0.05],
      ['0.1', 0.1],
      ['0.10', 0.1],
      ['0.2', 0.2],
      [' 0.2 ', 0.2],
    ] as const)
      expect(readNoise(`?v=2&noise=${encodeURIComponent(raw)}`), raw).toEqual({ noise, problem: null });
  });

  it('fall back to the default with a notice naming the key and the value used', () => {
    for (const raw of [
      'abc',
      '0.3',
      '<script>alert(1)</script>',
      '',
      'NaN',
      'Infinity',
      '1e-1',
      '-0.1',
      '.1',
      '0x1',
      '1',
    ])
      expect(readNoise(`?v=2&noise=${encodeURIComponent(raw)}`), raw).toEqual({
        noise: 0.1,
        problem: 'noise: not one of 0, 0.05, 0.1, 0.2; using 0.1',
      });
    for (const raw of ['abc', '0', '1000000', '1.5', '<img src=x onerror=alert(1)>', 'NaN'])
      expect(readSeed(`?v=2&seed=${encodeURIComponent(raw)}`), raw).toEqual({
        seed: 1,
        problem: 'seed: not a whole number from 1 to 999999; using 1',
      });
  });

  it('are page keys: read without a stray-key notice, on chapters and on the planner alike', () => {
    const query = readQuery('?v=2&medianCpc=30&s1.name=A&s2.brandShare=0.5&seed=7&noise=0.2');
    expect(query.stray).toEqual([]);
    expect(query.page).toEqual([
      ['seed', '7'],
      ['noise', '0.2'],
    ]);
    expect(query.reader).toEqual({ medianCpc: '30' });
    expect(readQuery('?v=2&noise=%3Cscript%3E').stray).toEqual([]);
  });

  it('are written with the dataset: the seed always, the noise only when it is not the default', () => {
    expect(datasetSearch('?v=2&medianCpc=30', 42, 0.2)).toBe('?v=2&medianCpc=30&seed=42&noise=0.2');
    expect(datasetSearch('?v=2&medianCpc=30&noise=0.2&seed=3', 42, 0.1)).toBe('?v=2&medianCpc=30&seed=42');
    expect(datasetSearch('?v=2&noise=abc', 1, 0)).toBe('?v=2&noise=0&seed=1');
    expect(datasetSearch('', 1, 0.1)).toBe('?seed=1');
    const search = datasetSearch('?v=2&s1.name=A%20b&s2.brandShare=0.5', 9, 0.05);
    expect(readSeed(search)).toEqual({ seed: 9, problem: null });
    expect(readNoise(search)).toEqual({ noise: 0.05, problem: null });
    expect(readQuery(search).scenarios).toEqual({ 1: { name: 'A b' }, 2: { brandShare: '0.5' } });
  });
});

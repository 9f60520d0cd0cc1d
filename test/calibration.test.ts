// MODEL.md section 10: each calibration target on the defaults, one test each.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate, simulatePool } from '../src/model/index.ts';
import { cumulative } from '../src/model/rows.ts';
import { splitSweep } from '../src/model/sweep.ts';
import { withShare } from './helpers.ts';

const expected = (brandShare: number, patch = {}) => simulate(withShare(brandShare, patch), { engine: 'expected' });

describe('calibration targets on the defaults', () => {
  it('T1: 5.0% of buyers are in market (exact in expectation, within 0.3 points for 100,000 agents) and every buyer has been in market by month C', () => {
    const rows = simulate(defaultScenario, { engine: 'expected' });
    for (const row of rows) expect(row.inMarket / defaultScenario.buyers).toBeCloseTo(0.05, 12);
    const pool = simulatePool(defaultScenario, { seed: 1, months: defaultScenario.cycleMonths });
    for (const row of pool) expect(Math.abs(row.inMarketShare - 0.05)).toBeLessThanOrEqual(0.003);
    expect(pool.at(-1)!.everInMarketShare).toBe(1);
  });

  it('T2: activation only, the marginal click costs at least twice the average, and doubling the budget adds under 20% more leads', () => {
    const base = expected(0);
    const doubled = expected(0, { monthlyBudget: 2 * defaultScenario.monthlyBudget });
    for (let i = 0; i < base.length; i++) {
      expect(base[i]!.marginalCpc!).toBeGreaterThanOrEqual(2 * base[i]!.avgCpc!);
      expect(doubled[i]!.leads / base[i]!.leads).toBeLessThan(1.2);
    }
  });

  it('T3: in month 1 the fully loaded CPL of 60/40 is at least 15% above that of 10% brand (90/10)', () => {
    const heavy = expected(0.6)[0]!.cpl!;
    const light = expected(0.1)[0]!.cpl!;
    expect(heavy / light).toBeGreaterThanOrEqual(1.15);
    // The reference computation of MODEL.md: 240 against 193.
    expect(Math.round(heavy)).toBe(240);
    expect(Math.round(light)).toBe(193);
  });

  it('T4: cumulative fully loaded CPL of 60/40 falls below 90/10 between months 9 and 18 and stays below', () => {
    const heavy = cumulative(expected(0.6));
    const light = cumulative(expected(0.1));
    const crossing = heavy.findIndex((row, i) => row.cpl! < light[i]!.cpl!) + 1;
    expect(crossing).toBeGreaterThanOrEqual(9);
    expect(crossing).toBeLessThanOrEqual(18);
    expect(crossing).toBe(15);
    for (let i = crossing - 1; i < heavy.length; i++) expect(heavy[i]!.cpl!).toBeLessThan(light[i]!.cpl!);
  });

  it('T5: in month 36 the CPL of 60/40 is at least 20% below 90/10', () => {
    const heavy = expected(0.6)[35]!.cpl!;
    const light = expected(0.1)[35]!.cpl!;
    expect(heavy / light).toBeLessThanOrEqual(0.8);
    expect([Math.round(light), Math.round(heavy)]).toEqual([233, 169]);
  });

  it('T6: the lead-maximizing brand share is 0 up to 6 months, never falls with the horizon, and is 0.5-0.7 at 36 months', () => {
    const { best } = splitSweep(defaultScenario, { shares: 101, maxHorizon: 60 });
    for (const b of best.slice(0, 6)) expect(b.share).toBe(0);
    for (let h = 1; h < best.length; h++) expect(best[h]!.share).toBeGreaterThanOrEqual(best[h - 1]!.share);
    expect(best[35]!.share).toBeGreaterThanOrEqual(0.5);
    expect(best[35]!.share).toBeLessThanOrEqual(0.7);
    // The reference computation: 0 / 0.28 / 0.52 / 0.60 / 0.66 at 6 / 12 / 24 / 36 / 60 months.
    expect([6, 12, 24, 36, 60].map((h) => best[h - 1]!.share)).toEqual([0, 0.28, 0.52, 0.6, 0.66]);
  });

  it('T7: cutting brand to 0 in months 7-12 (from 60/40) lowers CPL during the cut, raises it in months 13-24, and costs leads over 36 months', () => {
    const held = expected(0.6);
    const cut = expected(0.6, { schedule: [{ fromMonth: 7, toMonth: 12, brandShare: 0 }] });
    for (let t = 7; t <= 12; t++) expect(cut[t - 1]!.cpl!).toBeLessThan(held[t - 1]!.cpl!);
    for (let t = 13; t <= 24; t++) expect(cut[t - 1]!.cpl!).toBeGreaterThan(held[t - 1]!.cpl!);
    expect(cumulative(cut).at(-1)!.leads).toBeLessThan(cumulative(held).at(-1)!.leads);
  });
});

describe('the calibration report on the model page', () => {
  it('finds every target met at the defaults, measured by the engine', async () => {
    const { calibrationReport } = await import('../src/model/calibration.ts');
    const report = calibrationReport();
    expect(report.map((r) => r.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10']);
    expect(report.filter((r) => !r.met)).toEqual([]);
    expect(report.find((r) => r.id === 'T4')!.measured).toBe('month 15');
  });

  it('reports a target as missed when the model no longer meets it', async () => {
    const { calibrationReport } = await import('../src/model/calibration.ts');
    const report = calibrationReport({ ...defaultScenario, encodingPerExposure: 0 });
    expect(report.find((r) => r.id === 'T4')!.met).toBe(false);
    expect(report.find((r) => r.id === 'T4')!.measured).toBe('no crossover');
  });
});

// The arithmetic the figures draw, tested in the model where it now lives: the activation
// response curve, the price ladder, memory left alone, the wait for today's out-of-market
// buyers, and the comparison of splits.
import { describe, expect, it } from 'vitest';
import {
  auction,
  clickPriceQuantile,
  crossoverMonth,
  defaultScenario,
  fadingSalience,
  monthAt,
  priceLadderRungs,
  response,
  runAtShare,
  simulate,
  waitTimes,
} from '../src/model/index.ts';
import type { Scenario } from '../src/model/index.ts';

const base: Scenario = { ...defaultScenario, brandShare: 0, schedule: [] };

describe('the activation response curve', () => {
  const r = response(base);

  it('never loses leads as spend rises, and flattens at the ceiling past the pool\u2019s edge', () => {
    for (let i = 1; i < r.points.length; i++)
      expect(r.points[i]!.leads).toBeGreaterThanOrEqual(r.points[i - 1]!.leads - 1e-9);
    const past = r.points.filter((p) => p.spend > r.saturationSpend * 1.01);
    expect(past.length).toBeGreaterThan(0);
    for (const p of past) expect(p.leads).toBeCloseTo(r.ceilingLeads, 6);
  });

  it('puts the saturation spend where the auction buys every searcher', () => {
    const row = monthAt(base, r.saturationSpend);
    expect(row.paidClicks).toBeCloseTo(row.categorySearchers, 3);
    const below = monthAt(base, r.saturationSpend * 0.98);
    expect(below.saturated).toBe(false);
  });

  it('prices the next lead above the average one below the edge (MODEL.md T2)', () => {
    expect(r.current.marginalCpl!).toBeGreaterThan(r.current.avgCpl!);
    expect(r.doubled.leads / r.current.leads - 1).toBeLessThan(0.2);
  });

  it('reads month 1 of the expected-value engine', () => {
    const row = simulate({ ...base, horizonMonths: 1 }, { engine: 'expected' })[0]!;
    expect(r.current.leads).toBeCloseTo(row.leads, 9);
  });
});

describe('the price ladder', () => {
  it('has the auction\u2019s marginal price at the share the auction buys', () => {
    const result = auction(10_000, { opportunities: 1_000, medianCpc: 15, cpcSpread: 0.8 });
    const share = result.clicks / 1_000;
    expect(clickPriceQuantile(share, 15, 0.8)).toBeCloseTo(result.marginalCpc!, 6);
    expect(clickPriceQuantile(0.5, 15, 0.8)).toBeCloseTo(15, 12);
  });

  it('buys the cheapest rungs first, shading every rung the share reaches into', () => {
    const rungs = priceLadderRungs(400, { medianCpc: 15, cpcSpread: 0.8, shareBought: 0.2499 });
    expect(rungs).toHaveLength(400);
    for (let i = 1; i < rungs.length; i++) expect(rungs[i]!.price).toBeGreaterThan(rungs[i - 1]!.price);
    expect(rungs.filter((r) => r.bought)).toHaveLength(100);
    expect(rungs.findIndex((r) => !r.bought)).toBe(100);
    const partly = priceLadderRungs(400, { medianCpc: 15, cpcSpread: 0.8, shareBought: 0.2501 });
    expect(partly.filter((r) => r.bought)).toHaveLength(101);
  });
});

describe('memory left alone', () => {
  it('halves at the half-life', () => {
    const fading = fadingSalience(0.2, 6, 24);
    expect(fading).toHaveLength(24);
    expect(fading[5]!).toBeCloseTo(0.1, 12);
    expect(fading[11]!).toBeCloseTo(0.05, 12);
  });
});

describe('the wait of today\u2019s out-of-market buyers', () => {
  const w = waitTimes(defaultScenario, { seed: 1, buyers: 20_000, monthsAhead: 120, binMonths: 3 });

  it('accounts for every one of them in a bin or as later', () => {
    const total = w.bins.reduce((a, b) => a + b.share, 0) + w.later;
    expect(total).toBeCloseTo(1, 9);
    expect(w.bins).toHaveLength(40);
    expect(w.waits.length).toBeGreaterThan(0.9 * 20_000);
  });

  it('spreads entries evenly over a regular 60-month cycle: a twentieth each quarter', () => {
    expect(w.later).toBe(0);
    expect(w.withinQuarter!).toBeCloseTo(3 / 57, 2);
    expect(w.medianWait!).toBeGreaterThan(25);
    expect(w.medianWait!).toBeLessThan(32);
  });

  it('gives the same answer for the same seed', () => {
    const again = waitTimes(defaultScenario, { seed: 1, buyers: 20_000, monthsAhead: 120, binMonths: 3 });
    expect(again.bins).toEqual(w.bins);
  });
});

describe('splits compared', () => {
  it('finds the month the 60% split\u2019s cumulative CPL falls below the 10% split\u2019s for good (MODEL.md T4: 15)', () => {
    const heavy = runAtShare(defaultScenario, 0.6);
    const light = runAtShare(defaultScenario, 0.1);
    expect(crossoverMonth(heavy, light)).toBe(15);
    expect(crossoverMonth(light, heavy)).toBeNull();
  });
});

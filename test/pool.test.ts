import { describe, expect, it } from 'vitest';
import { defaultScenario, simulatePool } from '../src/model/index.ts';
import type { Scenario } from '../src/model/index.ts';
import { steadyState } from '../src/model/market.ts';
import { BuyerState, poolStates, runPool } from '../src/model/pool.ts';
import fc from 'fast-check';
import { PROPERTY_SEED } from './arbitraries.ts';
import { mean } from './helpers.ts';

const scenario = (patch: Partial<Scenario>): Scenario => ({ ...defaultScenario, ...patch });

describe('the rotating pool', () => {
  it('is a different 5% every quarter: no buyer in market now was in market three months ago when W = 3', () => {
    const rows = simulatePool(defaultScenario, { seed: 3, months: 60 });
    for (const row of rows) expect(row.stayedShare).toBe(0);
    const random = simulatePool(scenario({ entryPattern: 'random' }), { seed: 3, months: 60 });
    expect(mean(random.map((r) => r.stayedShare!))).toBeLessThan(0.02);
  });

  it('keeps buyers who stay in market longer than a quarter when the window is longer', () => {
    const rows = simulatePool(scenario({ windowMonths: 6 }), { seed: 3, months: 24 });
    // Under a regular 6-month window, half of this month's buyers were in market 3 months ago.
    expect(mean(rows.map((r) => r.stayedShare!))).toBeCloseTo(0.5, 1);
  });

  it('has N / C deciders a month and W / C in market under random timing', () => {
    const rows = simulatePool(scenario({ entryPattern: 'random' }), { seed: 9, months: 60 });
    expect(mean(rows.map((r) => r.inMarketShare))).toBeCloseTo(0.05, 3);
    expect(mean(rows.map((r) => r.enteredShare))).toBeCloseTo(1 / 60, 3);
    // Memoryless timing leaves (1 - 1/57)^59 = 35% of the buyers out of market in month 1 still
    // out in month 60: about 67% have ever been in market, against 100% when regular.
    expect(rows.at(-1)!.everInMarketShare).toBeCloseTo(0.05 + 0.95 * (1 - (1 - 1 / 57) ** 59), 2);
  });

  it.each([0.3, 1, 5])('matches the mixed steady state by numeric integration for heterogeneity k = %s', (k) => {
    const s = scenario({ entryPattern: 'mixed', heterogeneity: k });
    const expected = steadyState(s);
    const rows = simulatePool(s, { seed: 21, months: 60 });
    expect(Math.abs(mean(rows.map((r) => r.inMarketShare)) / (expected.inMarket / s.buyers) - 1)).toBeLessThan(0.02);
    expect(Math.abs(mean(rows.map((r) => r.enteredShare)) / (expected.deciders / s.buyers) - 1)).toBeLessThan(0.03);
  });

  it('changes who is in market, not how many: the in-market share stays W / C at every heterogeneity (MODEL.md v2)', () => {
    for (const k of [1, 5, 50]) {
      const mixed = steadyState(scenario({ entryPattern: 'mixed', heterogeneity: k }));
      expect(Math.abs(mixed.inMarket / defaultScenario.buyers - 0.05), `k = ${k}`).toBeLessThan(0.001);
    }
    // The one-month floor on the heaviest buyers' spells trims the share a little at very low k.
    const spread = steadyState(scenario({ entryPattern: 'mixed', heterogeneity: 0.1 }));
    expect(spread.inMarket / defaultScenario.buyers).toBeCloseTo(0.0457, 4);
  });

  it('integrates the mixed steady state to 1e-9 of the closed form at k = 1', () => {
    const c = 60;
    const w = 3;
    const gStar = c / (w + 1);
    const closed = (w / c) * (1 - (1 + gStar) * Math.exp(-gStar)) + (w / (w + 1)) * Math.exp(-gStar);
    expect(closed).toBeCloseTo(0.0499999847, 10);
    const mixed = steadyState(scenario({ entryPattern: 'mixed', heterogeneity: 1 }));
    expect(Math.abs(mixed.inMarket / defaultScenario.buyers / closed - 1)).toBeLessThan(1e-9);
  });

  it('keeps light buyers away for years: under 60% ever in market by month 60, against about 65% under random timing (MODEL.md T1, v2)', () => {
    const mixed = simulatePool(scenario({ entryPattern: 'mixed', heterogeneity: 1 }), { seed: 4, months: 60 });
    const random = simulatePool(scenario({ entryPattern: 'random' }), { seed: 4, months: 60 });
    expect(Math.abs(mean(mixed.map((r) => r.inMarketShare)) - 0.05)).toBeLessThan(0.003);
    expect(mixed.at(-1)!.everInMarketShare).toBeLessThan(0.6);
    expect(random.at(-1)!.everInMarketShare).toBeGreaterThan(0.62);
    expect(random.at(-1)!.everInMarketShare).toBeLessThan(0.68);
  });

  it('records every buyer\u2019s state for the dot figure, consistent with the shares', () => {
    const { rows, states } = poolStates(scenario({ buyers: 1_000 }), { seed: 1, months: 60 });
    expect(states).toHaveLength(60 * 1_000);
    for (let m = 0; m < 60; m++) {
      const month = states.subarray(m * 1_000, (m + 1) * 1_000);
      const inMarket = month.filter((c) => c === BuyerState.entering || c === BuyerState.inMarket).length;
      expect(inMarket / 1_000).toBe(rows[m]!.inMarketShare);
    }
  });

  it('reproduces the same pool for the same seed and a different one for another seed', () => {
    const a = poolStates(scenario({ buyers: 1_000 }), { seed: 5, months: 12 }).states;
    expect(poolStates(scenario({ buyers: 1_000 }), { seed: 5, months: 12 }).states).toEqual(a);
    expect(poolStates(scenario({ buyers: 1_000 }), { seed: 6, months: 12 }).states).not.toEqual(a);
  });
});

describe('the regular pool, one buyer per phase', () => {
  it('gives exactly the rows of the buyer-by-buyer run, for any cycle, window, seed and length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 240 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 50, max: 3_000 }),
        (cycleMonths, window, seed, months, buyers) => {
          const windowMonths = Math.min(window, cycleMonths - 1);
          const scenario = { ...defaultScenario, entryPattern: 'regular' as const, cycleMonths, windowMonths, buyers };
          const byPhase = runPool(scenario, { seed, months });
          // A visitor needs every buyer's state, so this runs buyer by buyer.
          const byBuyer = runPool(scenario, { seed, months }, () => undefined);
          expect(byPhase).toEqual(byBuyer);
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { defaultScenario, simulatePool } from '../src/model/index.ts';
import type { Scenario } from '../src/model/index.ts';
import { steadyState } from '../src/model/market.ts';
import { BuyerState, poolStates } from '../src/model/pool.ts';
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

  it('approaches the random pattern as heterogeneity grows', () => {
    const mixed = steadyState(scenario({ entryPattern: 'mixed', heterogeneity: 50 }));
    expect(mixed.inMarket / defaultScenario.buyers).toBeCloseTo(0.05, 2);
    const spread = steadyState(scenario({ entryPattern: 'mixed', heterogeneity: 0.5 }));
    // Heavy buyers re-enter often, so a mixed market has more buyers in market at once (Jensen).
    expect(spread.inMarket).toBeGreaterThan(mixed.inMarket);
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

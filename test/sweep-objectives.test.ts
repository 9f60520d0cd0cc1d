// MODEL.md section 14 (v2): the best split depends on what you count, on budget per buyer and
// on starting memory; the reference shares of the model's own computation, and target T10.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateExpected, sweep } from '../src/model/index.ts';
import type { Scenario } from '../src/model/index.ts';
import { splitSweep } from '../src/model/sweep.ts';

const H = [3, 6, 12, 24, 36, 60];
const shares = (objective: 'leads' | 'opportunities' | 'wins') =>
  sweep(defaultScenario, { objective, horizons: H }).map((p) => p.brandShare);

describe('the split by what you count', () => {
  it('matches the reference best shares for leads, opportunities and wins at 3 / 6 / 12 / 24 / 36 / 60 months', () => {
    expect(shares('leads')).toEqual([0, 0, 0.28, 0.52, 0.6, 0.66]);
    expect(shares('opportunities')).toEqual([0.01, 0.35, 0.61, 0.75, 0.79, 0.82]);
    expect(shares('wins')).toEqual([0.23, 0.52, 0.72, 0.82, 0.84, 0.86]);
  });

  it('agrees with the v1 lead sweep at every horizon, value included', () => {
    const v1 = splitSweep(defaultScenario).best;
    const v2 = sweep(defaultScenario);
    expect(v2.map((p) => p.brandShare)).toEqual(v1.map((b) => b.share));
    v2.forEach((p, i) => expect(p.value).toBeCloseTo(v1[i]!.leads, 6));
  });

  it('never gives wins a smaller brand share than leads, at any horizon 1-60 (MODEL.md T10)', () => {
    const leads = sweep(defaultScenario, { objective: 'leads' });
    const wins = sweep(defaultScenario, { objective: 'wins' });
    for (let i = 0; i < 60; i++)
      expect(wins[i]!.brandShare, `horizon ${i + 1}`).toBeGreaterThanOrEqual(leads[i]!.brandShare);
  });

  it('depends on budget per buyer and on starting memory (leads, 36 months)', () => {
    const at36 = (patch: object) => sweep({ ...defaultScenario, ...patch }, { horizons: [36] })[0]!.brandShare;
    expect(at36({ monthlyBudget: 5_000 })).toBe(0.08);
    expect(at36({ monthlyBudget: 80_000 })).toBe(0.73);
    expect(at36({ initialSalience: 0.01 })).toBe(0.63);
    expect(at36({ initialSalience: 0.4 })).toBe(0.49);
  });

  it('only minimizes spend on contribution when no lead closes within the horizon', () => {
    // Three-month sales cycle: nothing is booked in months 1-3, so contribution is minus the costs.
    const short = sweep(defaultScenario, { objective: 'contribution', horizons: [3] })[0]!;
    expect(short.value).toBeLessThan(0);
    const long = sweep(defaultScenario, { objective: 'contribution', horizons: [36] })[0]!;
    expect(long.value).toBeGreaterThan(0);
  });
});

describe('the leads sweep without rows', () => {
  it.each([
    ['the defaults', {}],
    ['a leader with a short memory', { initialSalience: 0.4, memoryHalfLifeMonths: 4 }],
    ['a small budget and gated content', { monthlyBudget: 5_000, gatedShare: 0.5 }],
    ['a scheduled cut', { schedule: [{ fromMonth: 6, toMonth: 12, brandShare: 0 }] }],
  ] as const)('sums the same leads as the full rows, for %s', (_label, patch) => {
    const scenario = { ...defaultScenario, ...patch } as Scenario;
    const fast = sweep(scenario, { objective: 'leads', horizons: [1, 7, 24, 60] });
    for (const point of fast) {
      // The definition: the best share's leads over the horizon, from the full rows.
      let best = -Infinity;
      let bestShare = 0;
      for (let s = 0; s <= 100; s++) {
        const rows = simulateExpected({ ...scenario, brandShare: s / 100, horizonMonths: 60 }, 60);
        const total = rows.slice(0, point.horizon).reduce((a, r) => a + r.leads, 0);
        if (total > best) [best, bestShare] = [total, s / 100];
      }
      expect(point.brandShare).toBe(bestShare);
      expect(point.value).toBe(best);
    }
  });
});

// MODEL.md section 14 (v2): the best split depends on what you count, on budget per buyer and
// on starting memory; the reference shares of the model's own computation, and target T10.
import { describe, expect, it } from 'vitest';
import { defaultScenario, sweep } from '../src/model/index.ts';
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

import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate } from '../src/model/index.ts';
import { cplBands, quantile } from '../src/model/bands.ts';

describe('uncertainty bands', () => {
  it('computes quantiles by linear interpolation and ignores non-finite values', () => {
    expect(quantile([3, 1, 2, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile([Number.NaN, Infinity], 0.5)).toBeNull();
  });

  it('brackets the expected-value CPL with the 10th and 90th percentiles of agent runs', () => {
    const scenario = { ...defaultScenario, buyers: 20_000, horizonMonths: 12 };
    const partials: number[] = [];
    const result = cplBands(
      { scenario, shares: [0.1, 0.6], seeds: 20, buyers: 20_000 },
      (p) => partials.push(p.seedsDone),
      5,
    );
    expect(partials).toEqual([5, 10, 15]);
    expect(result.seedsDone).toBe(20);
    [0.1, 0.6].forEach((share, s) => {
      const expected = simulate({ ...scenario, brandShare: share }, { engine: 'expected' });
      let inside = 0;
      result.bands[s]!.forEach((point, i) => {
        expect(point.p10!).toBeLessThanOrEqual(point.p50!);
        expect(point.p50!).toBeLessThanOrEqual(point.p90!);
        if (point.p10! <= expected[i]!.cpl! && expected[i]!.cpl! <= point.p90!) inside++;
      });
      // An 80% band should hold the expectation in most months (it is a ratio, so not exactly).
      expect(inside).toBeGreaterThanOrEqual(9);
    });
  });

  it('is the same for the same job: seeded, no hidden randomness', () => {
    const job = { scenario: { ...defaultScenario, horizonMonths: 6 }, shares: [0.4], seeds: 3, buyers: 5_000 };
    expect(cplBands(job)).toEqual(cplBands(job));
  });
});

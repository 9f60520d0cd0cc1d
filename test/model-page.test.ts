// The model page's computed numbers: the sentences and tables read them at build time.

import { describe, expect, it } from 'vitest';
import { defaultScenario, sweep } from '../src/model/index.ts';
import { recoveryResults, recoveryStats, sweepTable, SWEEP_HORIZONS } from '../src/site/model-page.ts';

describe('the model page', () => {
  it('states every recovery number as finite text', () => {
    const stats = recoveryStats();
    expect(Object.keys(stats).length).toBeGreaterThanOrEqual(12);
    for (const [key, value] of Object.entries(stats)) expect(value, key).toMatch(/^[+\u2212]?\d+(\.\d+)?%?$/);
  });

  it('says what the tables show: the long memory is recovered far less tightly than the short one', () => {
    const { study } = recoveryResults();
    const [short, long] = [study.find((r) => r.halfLifeMonths === 2)!, study.find((r) => r.halfLifeMonths === 12)!];
    const spread = (r: typeof short) => r.recoveredHalfLife.p90 / r.recoveredHalfLife.p10;
    expect(spread(long)).toBeGreaterThan(2 * spread(short));
    const stats = recoveryStats();
    expect(Number(stats['longRatio'])).toBe(Math.floor(spread(long)));
    expect(Number(stats['longP90'])).toBeCloseTo(long.recoveredHalfLife.p90, 2);
  });

  it('tabulates the same best shares as the sweep, matching MODEL.md section 14 at the defaults', () => {
    const table = sweepTable();
    for (const row of table)
      expect(row.best).toEqual(
        sweep(defaultScenario, { objective: row.id, horizons: SWEEP_HORIZONS }).map((p) => p.brandShare),
      );
    const leads = table.find((r) => r.id === 'leads')!.best;
    expect(leads).toEqual([0, 0, 0.28, 0.52, 0.6, 0.66]);
  });
});

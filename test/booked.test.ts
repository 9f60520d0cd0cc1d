// MODEL.md section 12 (v2): wins are booked when their leads close, round(salesCycleMonths)
// months later (half to even), in both engines; the wins of section 4 keep their lead month.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate } from '../src/model/index.ts';
import { salesLag } from '../src/model/rows.ts';

describe('booked wins and revenue', () => {
  it('round the sales cycle half to even', () => {
    expect([0.25, 0.5, 1.5, 2.5, 3, 3.49, 3.5, 4.5, 36].map(salesLag)).toEqual([0, 0, 2, 2, 3, 3, 4, 4, 36]);
  });

  it('book each month\u2019s wins three months later at the default cycle, and nothing before', () => {
    for (const engine of ['expected', 'agents'] as const) {
      const rows = simulate(defaultScenario, { engine, seed: 2 });
      for (let t = 0; t < rows.length; t++) {
        const expected = t >= 3 ? rows[t - 3]!.wins : 0;
        expect(rows[t]!.bookedWins, `${engine} month ${t + 1}`).toBe(expected);
        expect(rows[t]!.bookedRevenue).toBe(expected * defaultScenario.dealSize);
      }
    }
  });

  it('book in the lead month when the cycle rounds to zero, and keep section 4\u2019s wins unchanged', () => {
    const quick = simulate({ ...defaultScenario, salesCycleMonths: 0.25 }, { engine: 'expected' });
    for (const row of quick) expect(row.bookedWins).toBe(row.wins);
    const slow = simulate({ ...defaultScenario, salesCycleMonths: 36 }, { engine: 'expected' });
    expect(slow.every((r) => r.bookedWins === 0)).toBe(true);
    expect(slow.map((r) => r.wins)).toEqual(quick.map((r) => r.wins));
  });
});

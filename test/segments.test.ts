// MODEL.md section 15 (v2): segments run one scenario each and sum month by month.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate, simulateSegments } from '../src/model/index.ts';
import type { MonthRow } from '../src/model/index.ts';

const TIERS = [
  { name: 'Named accounts', budgetShare: 0.25, buyers: 500, dealSize: 150_000, brandCpm: 200 },
  { name: 'Mid market', budgetShare: 0.35, buyers: 9_500, dealSize: 40_000 },
  { name: 'Long tail', budgetShare: 0.4, buyers: 90_000 },
];

describe('simulateSegments', () => {
  it('is the scenario itself when there is one segment with the whole budget', () => {
    const { total, segments } = simulateSegments(defaultScenario, [{ name: 'All', budgetShare: 1 }]);
    const alone = simulate(defaultScenario);
    expect(segments[0]!.rows).toEqual(alone);
    total.forEach((row, i) => {
      for (const key of ['leads', 'wins', 'salience', 'cpl', 'cac', 'avgCpc'] as const) {
        expect(row[key], key).toBeCloseTo(alone[i]![key] as number, 9);
      }
    });
  });

  it('takes every field a segment does not name from the base scenario, not from the defaults', () => {
    const base = { ...defaultScenario, brandShare: 0.7, cycleMonths: 24, medianCpc: 40, memoryHalfLifeMonths: 6 };
    const { segments, total } = simulateSegments(base, [{ name: 'All', budgetShare: 1 }]);
    expect(segments[0]!.scenario).toEqual(base);
    total.forEach((row, i) => expect(row.leads).toBeCloseTo(simulate(base)[i]!.leads, 9));
    const named = simulateSegments(base, TIERS).segments[0]!.scenario;
    expect(named).toMatchObject({ brandShare: 0.7, cycleMonths: 24, medianCpc: 40, dealSize: 150_000, buyers: 500 });
  });

  it('sums counts and spends, weights salience by buyers and recomputes the ratios', () => {
    const { total, segments } = simulateSegments(defaultScenario, TIERS);
    for (let i = 0; i < total.length; i++) {
      const rows = segments.map((s) => s.rows[i]!);
      const sum = (key: keyof MonthRow) => rows.reduce((a, r) => a + (r[key] as number), 0);
      expect(total[i]!.leads).toBeCloseTo(sum('leads'), 9);
      expect(total[i]!.brandSpend + total[i]!.activationSpend).toBeCloseTo(defaultScenario.monthlyBudget, 6);
      expect(total[i]!.cpl).toBeCloseTo((sum('brandSpend') + sum('activationSpend')) / sum('leads'), 9);
      const salience = rows.reduce((a, r, k) => a + r.salience * segments[k]!.scenario.buyers, 0) / 100_000;
      expect(total[i]!.salience).toBeCloseTo(salience, 12);
    }
    expect(segments.map((s) => s.scenario.monthlyBudget)).toEqual([5_000, 7_000, 8_000]);
  });

  it('scales scheduled budgets by each share and keeps scheduled brand shares', () => {
    const scenario = {
      ...defaultScenario,
      schedule: [{ fromMonth: 4, toMonth: 6, monthlyBudget: 10_000, brandShare: 0 }],
    };
    const { segments } = simulateSegments(scenario, TIERS);
    expect(segments[0]!.scenario.schedule).toEqual([{ fromMonth: 4, toMonth: 6, monthlyBudget: 2_500, brandShare: 0 }]);
    expect(segments[0]!.rows[4]!.brandSpend).toBe(0);
  });

  it('gives a named-account tier many more exposures per buyer than the same money over the category', () => {
    const { segments } = simulateSegments(defaultScenario, TIERS);
    const named = segments[0]!;
    const spread = simulate({ ...defaultScenario, monthlyBudget: named.scenario.monthlyBudget });
    expect(named.rows.at(-1)!.salience).toBeGreaterThan(2 * spread.at(-1)!.salience);
  });

  it('refuses bad segments with a message that names the problem', () => {
    expect(() => simulateSegments(defaultScenario, [])).toThrow(/at least one segment/);
    expect(() => simulateSegments(defaultScenario, [{ name: 'A', budgetShare: 0.5 }])).toThrow(/add up to 1/);
    expect(() => simulateSegments(defaultScenario, [{ name: 'A', budgetShare: 1, buyers: -5 }])).toThrow(
      /segment 1: buyers/,
    );
    expect(() =>
      simulateSegments(defaultScenario, [{ name: 'A', budgetShare: 1, cycleMonths: 6, windowMonths: 9 }]),
    ).toThrow(/segment "A"/);
    expect(() => simulateSegments(defaultScenario, [{ name: 'A', budgetShare: 1, monthlyBudget: 5 } as never])).toThrow(
      /segment 1/,
    );
  });
});

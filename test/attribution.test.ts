// MODEL.md section 13 (v2): three ways to credit the same leads and opportunities, each
// summing to the month's total; target T8 and the reference shares at the defaults.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribution, defaultScenario, parseScenario, simulate } from '../src/model/index.ts';
import type { AttributionView } from '../src/model/index.ts';
import { PROPERTY_SEED } from './arbitraries.ts';

const total = (view: object) => Object.values(view).reduce((a: number, b: number) => a + b, 0);

function sums(view: AttributionView) {
  return [total(view.lastClick), total(view.selfReported), total(view.trueCredit)];
}

describe('attribution', () => {
  const rows = attribution(defaultScenario);
  const truth = simulate(defaultScenario, { engine: 'expected' });

  it('credits every lead and opportunity once in each view, month by month', () => {
    rows.forEach((row, i) => {
      for (const sum of sums(row.leads)) expect(sum).toBeCloseTo(truth[i]!.leads, 8);
      for (const sum of sums(row.opportunities)) expect(sum).toBeCloseTo(truth[i]!.opportunities, 8);
    });
  });

  it('meets T8: last click never credits brand, self-report credits it 30-60% of opportunities, true credit rises from under 10% to over 50%', () => {
    const share = (view: AttributionView, part: number) => part / total(view.trueCredit);
    for (const row of rows) {
      expect(row.leads.lastClick.brandChannels).toBe(0);
      const said = row.opportunities.selfReported.brandChannels / total(row.opportunities.selfReported);
      expect(said).toBeGreaterThanOrEqual(0.3);
      expect(said).toBeLessThanOrEqual(0.6);
    }
    expect(share(rows[0]!.opportunities, rows[0]!.opportunities.trueCredit.brand)).toBeLessThan(0.1);
    expect(share(rows[35]!.opportunities, rows[35]!.opportunities.trueCredit.brand)).toBeGreaterThan(0.5);
  });

  it('matches the reference: self-report 38-43%; true credit 5% in month 1, 37% in month 12, 57% in month 36, 42% over 36 months', () => {
    const said = rows.map((r) => r.opportunities.selfReported.brandChannels / total(r.opportunities.selfReported));
    expect(Math.round(Math.min(...said) * 100)).toBe(38);
    expect(Math.round(Math.max(...said) * 100)).toBe(43);
    const brand = (i: number) => rows[i]!.opportunities.trueCredit.brand / total(rows[i]!.opportunities.trueCredit);
    expect([0, 11, 35].map((i) => Math.round(brand(i) * 100))).toEqual([5, 37, 57]);
    const allBrand = rows.reduce((a, r) => a + r.opportunities.trueCredit.brand, 0);
    const all = rows.reduce((a, r) => a + total(r.opportunities.trueCredit), 0);
    expect(Math.round((allBrand / all) * 100)).toBe(42);
  });

  it('gives a budget that is zero no true credit, over the whole parameter space', () => {
    const keys = fc.record({
      brandShare: fc.constantFrom(0, 1),
      monthlyBudget: fc.integer({ min: 0, max: 200_000 }),
      gatedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      cycleMonths: fc.integer({ min: 12, max: 120 }),
      horizonMonths: fc.integer({ min: 1, max: 24 }),
      initialSalience: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(keys, (patch) => {
        const scenario = parseScenario({ ...defaultScenario, ...patch }).scenario;
        for (const row of attribution(scenario)) {
          for (const view of [row.leads, row.opportunities]) {
            if (scenario.brandShare === 0 || scenario.monthlyBudget === 0)
              expect(view.trueCredit.brand).toBeCloseTo(0, 9);
            if (scenario.brandShare === 1 || scenario.monthlyBudget === 0)
              expect(view.trueCredit.activation).toBeCloseTo(0, 9);
            for (const part of [
              ...Object.values(view.lastClick),
              ...Object.values(view.selfReported),
              ...Object.values(view.trueCredit),
            ])
              expect(Number.isFinite(part)).toBe(true);
          }
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 60 },
    );
  });
});

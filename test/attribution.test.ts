// MODEL.md section 13 (v2): three ways to credit the same leads and opportunities, each
// summing to the month's total; target T8 and the reference shares at the defaults.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribution, defaultScenario, simulate, sweep } from '../src/model/index.ts';
import type { AttributionView, Scenario } from '../src/model/index.ts';
import { PROPERTY_SEED, scenarioArbitrary } from './arbitraries.ts';

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

  const space = scenarioArbitrary({ maxBuyers: 200_000, maxHorizon: 36 });

  it('credits each view with exactly the month\u2019s leads and opportunities, over the whole parameter space', () => {
    fc.assert(
      fc.property(space, (scenario) => {
        const rows = attribution(scenario);
        const months = simulate(scenario, { engine: 'expected' });
        expect(rows.length).toBe(months.length);
        rows.forEach((row, i) => {
          for (const [view, whole] of [
            [row.leads, months[i]!.leads],
            [row.opportunities, months[i]!.opportunities],
          ] as const)
            for (const sum of sums(view)) expect(Math.abs(sum - whole)).toBeLessThanOrEqual(1e-9 * Math.max(1, whole));
        });
      }),
      { seed: PROPERTY_SEED, numRuns: 150 },
    );
  });

  // A budget that is zero in every month: the brand's (brand share 0 throughout), activation's
  // (brand share 1 throughout) or both (no money at all), schedules included.
  const zeroed = fc
    .tuple(space, fc.constantFrom('brand', 'activation', 'both'))
    .map(([scenario, which]): [Scenario, 'brand' | 'activation' | 'both'] => {
      const share = which === 'brand' ? 0 : which === 'activation' ? 1 : scenario.brandShare;
      const schedule = scenario.schedule.map((segment) => ({
        ...segment,
        ...(which === 'both' ? { monthlyBudget: 0 } : {}),
        ...(which === 'both' || segment.brandShare === undefined ? {} : { brandShare: share }),
      }));
      return [
        { ...scenario, brandShare: share, monthlyBudget: which === 'both' ? 0 : scenario.monthlyBudget, schedule },
        which,
      ];
    });

  it('gives a budget that is zero no true credit, and every part is finite, over the whole parameter space', () => {
    fc.assert(
      fc.property(zeroed, ([scenario, which]) => {
        for (const row of attribution(scenario)) {
          for (const view of [row.leads, row.opportunities]) {
            if (which !== 'activation') expect(view.trueCredit.brand).toBeCloseTo(0, 9);
            if (which !== 'brand') expect(view.trueCredit.activation).toBeCloseTo(0, 9);
            for (const part of [
              ...Object.values(view.lastClick),
              ...Object.values(view.selfReported),
              ...Object.values(view.trueCredit),
            ])
              expect(Number.isFinite(part)).toBe(true);
          }
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 150 },
    );
  });
});

describe('sweep', () => {
  it('returns a share in [0, 1] and a finite value for every horizon and objective, over the whole parameter space', () => {
    const objective = fc.constantFrom('leads', 'opportunities', 'wins', 'contribution') as fc.Arbitrary<
      'leads' | 'opportunities' | 'wins' | 'contribution'
    >;
    fc.assert(
      fc.property(scenarioArbitrary({ maxBuyers: 200_000, maxHorizon: 24 }), objective, (scenario, id) => {
        const horizons = [1, 6, scenario.horizonMonths, 24];
        const points = sweep(scenario, { objective: id, horizons });
        expect(points.map((p) => p.horizon)).toEqual(horizons);
        for (const p of points) {
          expect(p.brandShare).toBeGreaterThanOrEqual(0);
          expect(p.brandShare).toBeLessThanOrEqual(1);
          expect(Number.isFinite(p.value)).toBe(true);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 60 },
    );
  });
});

// MODEL.md section 11 (v2): gated content buys form fills that count as leads but are mostly
// out of market; target T9, the MQL trap.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate } from '../src/model/index.ts';
import type { MonthRow, Scenario } from '../src/model/index.ts';

function totals(scenario: Scenario) {
  const rows = simulate(scenario, { engine: 'expected' });
  const sum = (pick: (r: MonthRow) => number) => rows.reduce((a, r) => a + pick(r), 0);
  const spend = sum((r) => r.brandSpend + r.activationSpend);
  const leads = sum((r) => r.leads);
  const wins = sum((r) => r.wins);
  return {
    rows,
    leads,
    opportunities: sum((r) => r.opportunities),
    cpl: spend / leads,
    cac: (spend + sum((r) => r.salesCost)) / wins,
  };
}

describe('gated content', () => {
  it('springs the MQL trap: more leads and cheaper ones, flat pipeline, dearer customers (MODEL.md T9)', () => {
    const none = totals(defaultScenario);
    const half = totals({ ...defaultScenario, gatedShare: 0.5 });
    expect(half.leads / none.leads - 1).toBeGreaterThanOrEqual(0.5);
    expect(half.cpl / none.cpl - 1).toBeLessThanOrEqual(-0.3);
    expect(Math.abs(half.opportunities / none.opportunities - 1)).toBeLessThan(0.05);
    expect(half.cac / none.cac - 1).toBeGreaterThanOrEqual(0.15);
    // The model's reference computation.
    expect(Math.round(none.leads)).toBe(3760);
    expect(Math.round(half.leads)).toBe(8620);
    expect(Math.round(half.opportunities)).toBe(874);
    expect(Math.round(half.cac)).toBe(4864);
  });

  it('pays for form fills first, counts them as cold leads, and lets only the in-market ones become opportunities', () => {
    const scenario = { ...defaultScenario, gatedShare: 0.25 };
    const row = totals(scenario).rows[0]!;
    const activation = defaultScenario.monthlyBudget * (1 - defaultScenario.brandShare);
    expect(row.gatedSpend).toBeCloseTo(activation * 0.25, 9);
    expect(row.formLeads).toBeCloseTo((activation * 0.25) / defaultScenario.gatedCpl, 9);
    // In-market share of form fillers: intent lift times W / C.
    expect(row.formLeadsInMarket).toBeCloseTo(row.formLeads * Math.min(1, 2 * 0.05), 9);
    expect(row.leads).toBeCloseTo(row.brandFirstLeads + row.paidLeads + row.formLeads, 9);
    expect(row.coldLeads).toBeGreaterThanOrEqual(row.formLeads);
  });

  it('puts the brand in the minds of those who read the asset', () => {
    const without = totals(defaultScenario).rows;
    const withForms = totals({ ...defaultScenario, gatedShare: 0.5 }).rows;
    expect(withForms.at(-1)!.salience).toBeGreaterThan(without.at(-1)!.salience);
  });

  it('changes nothing when no budget is gated', () => {
    const rows = totals(defaultScenario).rows;
    for (const row of rows) {
      expect(row.gatedSpend).toBe(0);
      expect(row.formLeads).toBe(0);
      expect(row.formLeadsInMarket).toBe(0);
    }
  });
});

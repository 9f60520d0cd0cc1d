// The chapter helpers of "Volume versus quality" and "What dashboards miss": totals of a run,
// the gated sweep, gate-or-give, velocity by split, ledger shares and a brand cut that saves.
import { describe, expect, it } from 'vitest';
import {
  attribution,
  brandCut,
  cutSegment,
  defaultScenario,
  gatedSweep,
  gateOrGive,
  ledgerShares,
  runTotals,
  simulateExpected,
  velocityBySplit,
} from '../src/model/index.ts';

describe('runTotals and gatedSweep', () => {
  it('sum the run and reproduce the MQL trap reference at 0% and 50% gated (MODEL.md T9)', () => {
    const points = gatedSweep(defaultScenario, 21);
    expect(points.map((p) => p.gatedShare)).toEqual(Array.from({ length: 21 }, (_, i) => i / 20));
    const [none, half] = [points[0]!, points[10]!];
    expect(Math.round(none.leads)).toBe(3760);
    expect(Math.round(half.leads)).toBe(8620);
    expect(Math.round(none.cpl!)).toBe(192);
    expect(Math.round(half.cpl!)).toBe(84);
    expect(Math.round(none.opportunities)).toBe(868);
    expect(Math.round(half.opportunities)).toBe(874);
    expect(Math.round(none.cac!)).toBe(3877);
    expect(Math.round(half.cac!)).toBe(4864);
    expect(none.formLeads).toBe(0);
  });

  it('gives null ratios, not Infinity, for a run with no leads', () => {
    const t = runTotals(simulateExpected({ ...defaultScenario, monthlyBudget: 0, initialSalience: 0 }));
    expect(t.leads).toBe(0);
    expect(t.cpl).toBeNull();
    expect(t.cac).toBeNull();
  });
});

describe('gateOrGive', () => {
  it('spends the same total every month both ways, and the plan itself when the sum is zero', () => {
    const d = gateOrGive(defaultScenario, 5000);
    d.gated.forEach((r, i) => {
      const g = d.given[i]!;
      expect(r.brandSpend + r.activationSpend).toBeCloseTo(g.brandSpend + g.activationSpend, 6);
      expect(r.gatedSpend).toBeCloseTo(5000, 6);
      expect(g.gatedSpend).toBe(0);
    });
    const zero = gateOrGive(defaultScenario, 0);
    expect(zero.gated).toEqual(simulateExpected(defaultScenario));
    expect(zero.given).toEqual(simulateExpected(defaultScenario));
  });

  it('buys more leads gated and more memory, opportunities and wins given away over 36 months', () => {
    const d = gateOrGive(defaultScenario, 5000);
    const g = runTotals(d.gated);
    const u = runTotals(d.given);
    expect(g.leads).toBeGreaterThan(u.leads);
    expect(u.opportunities).toBeGreaterThan(g.opportunities);
    expect(u.wins).toBeGreaterThan(g.wins);
    expect(d.given.at(-1)!.salience).toBeGreaterThan(d.gated.at(-1)!.salience);
  });
});

describe('velocityBySplit', () => {
  it("is Roberge's equation on the model's own rows", () => {
    const points = velocityBySplit(defaultScenario, 11);
    const at = points[4]!;
    const rows = simulateExpected({ ...defaultScenario, brandShare: 0.4 });
    const last = rows.at(-1)!;
    expect(at.brandShare).toBeCloseTo(0.4, 12);
    expect(at.last).toBeCloseTo(
      (last.opportunities * defaultScenario.dealSize * (last.wins / last.opportunities)) /
        defaultScenario.salesCycleMonths,
      6,
    );
    expect(at.bookedRevenue).toBeCloseTo(
      rows.reduce((a, r) => a + r.bookedRevenue, 0),
      6,
    );
  });
});

describe('ledgerShares', () => {
  it('gives last click 0%, and the true credit of T8 at the defaults', () => {
    const rows = attribution(defaultScenario);
    const all = ledgerShares(rows, 'opportunities');
    expect(all.lastClick).toBe(0);
    expect(all.trueCredit).toBeGreaterThan(0.4);
    expect(all.trueCredit).toBeLessThan(0.44);
    expect(ledgerShares(rows.slice(0, 1), 'opportunities').trueCredit).toBeLessThan(0.1);
    expect(ledgerShares(rows.slice(-1), 'opportunities').trueCredit).toBeGreaterThan(0.5);
    const total = rows.reduce(
      (a, r) =>
        a +
        r.opportunities.trueCredit.brand +
        r.opportunities.trueCredit.activation +
        r.opportunities.trueCredit.baseline,
      0,
    );
    expect(all.total).toBeCloseTo(total, 9);
  });

  it('is null, not NaN, over months with nothing to credit', () => {
    const rows = attribution({ ...defaultScenario, monthlyBudget: 0, initialSalience: 0 });
    expect(ledgerShares(rows, 'leads').trueCredit).toBeNull();
  });
});

describe('a brand cut that saves the money', () => {
  it('keeps activation spend and drops brand spend in the cut months only', () => {
    const options = { fromMonth: 13, months: 6, brandShare: 0, money: 'saved' as const };
    const d = brandCut(defaultScenario, options);
    expect(cutSegment(defaultScenario, options)).toMatchObject({ fromMonth: 13, toMonth: 18, brandShare: 0 });
    d.cut.forEach((r, i) => {
      const held = d.held[i]!;
      expect(r.activationSpend).toBeCloseTo(held.activationSpend, 9);
      if (r.month >= 13 && r.month <= 18) expect(r.brandSpend).toBe(0);
      else expect(r.brandSpend).toBeCloseTo(held.brandSpend, 9);
    });
    // Memory drains in the cut, so leads fall, and the loss outlasts the cut.
    expect(d.cut[17]!.leads).toBeLessThan(d.held[17]!.leads);
    expect(d.cut.at(-1)!.leads).toBeLessThan(d.held.at(-1)!.leads);
  });

  it('never raises brand spend above the plan when the cut share exceeds it', () => {
    const d = brandCut(defaultScenario, { fromMonth: 1, months: 36, brandShare: 0.9, money: 'saved' });
    expect(d.cut).toEqual(d.held);
  });
});

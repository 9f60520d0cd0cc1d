// The planner's dashboard: every number it shows is the engine's own, added up independently
// here, and the headline answers match MODEL.md's reference computation at the defaults.
import { describe, expect, it } from 'vitest';
import {
  auction,
  defaultScenario,
  parseScenario,
  plannerComparison,
  plannerDashboard,
  simulate,
} from '../src/model/index.ts';
import { meanCpc } from '../src/model/auction.ts';
import { brandCut } from '../src/model/downturn.ts';
import { simulateExpected } from '../src/model/expected.ts';
import { steadyState } from '../src/model/market.ts';
import { marketPresets, stagePresets } from '../src/model/presets.ts';
import type { Scenario } from '../src/model/index.ts';

const base: Scenario = { ...defaultScenario, schedule: [] };
const d = plannerDashboard(base);

function sum(rows: ReturnType<typeof simulate>, months: number, pick: (r: (typeof rows)[number]) => number) {
  return rows.slice(0, months).reduce((a, r) => a + pick(r), 0);
}

describe('planner dashboard', () => {
  it('adds up each split exactly as the engine\u2019s rows do, at 12, 24 and 36 months', () => {
    for (const split of d.splits) {
      const rows = simulate({ ...base, brandShare: split.share }, { engine: 'expected' });
      for (const h of split.atHorizon) {
        const leads = sum(rows, h.months, (r) => r.leads);
        const spend = sum(rows, h.months, (r) => r.brandSpend + r.activationSpend);
        const wins = sum(rows, h.months, (r) => r.wins);
        const sales = sum(rows, h.months, (r) => r.salesCost);
        expect(h.leads).toBeCloseTo(leads, 6);
        expect(h.opportunities).toBeCloseTo(
          sum(rows, h.months, (r) => r.opportunities),
          6,
        );
        expect(h.cpl!).toBeCloseTo(spend / leads, 6);
        expect(h.cac!).toBeCloseTo((spend + sales) / wins, 6);
      }
    }
    expect(d.splits.map((s) => s.share)).toEqual([0.1, 0.6, 0.4]);
  });

  it('finds the lead-maximizing share of MODEL.md\u2019s reference: 28% at 12 months, 52% at 24, 60% at 36', () => {
    expect(d.bestShare.map((b) => [b.months, b.share])).toEqual([
      [12, 0.28],
      [24, 0.52],
      [36, 0.6],
    ]);
    expect(d.sensitivity.base).toBe(0.6);
  });

  it('shows the in-market pool of the 95-5 rule', () => {
    expect(d.pool).toEqual({ buyers: 100_000, inMarket: 5_000, inMarketShare: 0.05, deciders: 100_000 / 60 });
  });

  it('puts the pool\u2019s edge where the auction buys every searcher', () => {
    const a = d.activation;
    expect(a.activationBudget).toBe(12_000);
    expect(a.shareBought!).toBeGreaterThan(0);
    expect(a.shareBought!).toBeLessThan(1);
    expect(a.marginalCpc!).toBeGreaterThan(a.avgCpc!);
    const rows = simulate({ ...base, horizonMonths: 1 }, { engine: 'expected' });
    const market = { opportunities: a.searchers, medianCpc: base.medianCpc, cpcSpread: base.cpcSpread };
    const brandSearch = rows[0]!.brandSearchSpend;
    expect(auction(a.saturationSpend - brandSearch, market).saturated).toBe(true);
    expect(auction(0.99 * (a.saturationSpend - brandSearch), market).saturated).toBe(false);
    expect(a.saturationSpend).toBeCloseTo(brandSearch + a.searchers * meanCpc(base.medianCpc, base.cpcSpread), 6);
    expect(a.brandSearchSpend).toBe(brandSearch);
    expect(a.avgCplPaid!).toBeCloseTo(rows[0]!.auctionSpend / rows[0]!.paidLeads, 9);
    expect(a.clicks).toBeCloseTo(rows[0]!.paidClicks, 9);
  });

  it('puts the pool\u2019s edge where month 1 saturates even when the plan leaves activation too little for branded search', () => {
    for (const brandShare of [0.4, 0.95, 1]) {
      const scenario = { ...base, brandShare };
      const a = plannerDashboard(scenario).activation;
      const brand = scenario.monthlyBudget * brandShare;
      // Month 1 with the plan's brand spend and `activation` on top of it.
      const month1 = (activation: number) =>
        simulateExpected(
          {
            ...scenario,
            monthlyBudget: brand + activation,
            brandShare: brand / (brand + activation),
            horizonMonths: 1,
          },
          1,
        )[0]!;
      expect(month1(a.saturationSpend * (1 + 1e-9)).saturated, `brand share ${brandShare}`).toBe(true);
      expect(month1(a.saturationSpend * 0.99).saturated, `brand share ${brandShare}`).toBe(false);
    }
  });

  it('prices a two-quarter brand cut: cheaper leads during it, fewer leads over 36 months (MODEL.md T7 from 60/40)', () => {
    for (const share of [0.4, 0.6]) {
      const cut = plannerDashboard({ ...base, brandShare: share }).brandCut;
      expect(cut.cplDuringCutCut!).toBeLessThan(cut.cplDuringCutPlan!);
      expect(cut.leadsLost).toBeGreaterThan(0);
      expect(cut.leadsLost).toBeCloseTo(cut.leadsPlan - cut.leadsCut, 9);
    }
  });

  it('prices the brand cut exactly as the downturn model runs it: same budget, brand money moved to activation', () => {
    const cut = d.brandCut;
    const run = brandCut(base, { fromMonth: 7, months: 6, brandShare: 0 });
    expect(cut.leadsPlan).toBeCloseTo(run.heldTotal[35]!.leads, 9);
    expect(cut.leadsCut).toBeCloseTo(run.cutTotal[35]!.leads, 9);
    expect(run.cutTotal[35]!.spend).toBeCloseTo(run.heldTotal[35]!.spend, 6);
    const span = run.cut.slice(6, 12);
    const spend = span.reduce((a, r) => a + r.brandSpend + r.activationSpend, 0);
    expect(span.every((r) => r.brandSpend === 0)).toBe(true);
    expect(cut.cplDuringCutCut!).toBeCloseTo(spend / span.reduce((a, r) => a + r.leads, 0), 9);
  });

  it('moves the best share the expected way when a calibrated rate is halved or doubled', () => {
    const at = (key: string, factor: number) => d.sensitivity.rows.find((r) => r.key === key && r.factor === factor)!;
    for (const key of ['encodingPerExposure', 'brandFirstRate']) {
      expect(at(key, 0.5).bestShare).toBeLessThanOrEqual(d.sensitivity.base);
      expect(at(key, 2).bestShare).toBeGreaterThanOrEqual(d.sensitivity.base);
      expect(at(key, 2).value).toBeCloseTo(2 * base[key as 'brandFirstRate'], 12);
    }
    expect(steadyState(base).inMarket).toBe(d.pool.inMarket);
  });

  it('never lowers the best share when a calibrated rate doubles, nor raises it when halved, in any preset market', () => {
    for (const market of marketPresets)
      for (const stage of stagePresets) {
        const s = plannerDashboard(parseScenario({ ...base, ...market.patch, ...stage.patch }).scenario).sensitivity;
        for (const row of s.rows) {
          const where = `${market.id}/${stage.id} ${row.key} x${row.factor}`;
          if (row.factor === 2) expect(row.bestShare, where).toBeGreaterThanOrEqual(s.base);
          else expect(row.bestShare, where).toBeLessThanOrEqual(s.base);
        }
      }
  });

  it('clamps a doubled rate to the parameter\u2019s range', () => {
    const s = plannerDashboard({ ...base, brandFirstRate: 0.8 }).sensitivity;
    expect(s.rows.find((r) => r.key === 'brandFirstRate' && r.factor === 2)!.value).toBe(1);
  });

  it('keeps every number finite or null at the extremes of the plan', () => {
    const extremes = [
      { monthlyBudget: 0 },
      { brandShare: 1 },
      { brandShare: 0, monthlyBudget: 100_000_000, buyers: 1_000 },
      { monthlyBudget: 100_000_000, buyers: 1_000 },
      { brandShare: 1, monthlyBudget: 100_000_000, buyers: 10_000_000, medianCpc: 1_000, cpcSpread: 3 },
      { horizonMonths: 1 },
      { horizonMonths: 120, encodingPerExposure: 0.2, brandFirstRate: 1, initialSalience: 1 },
      { encodingPerExposure: 0, brandFirstRate: 0 },
      { entryPattern: 'mixed', heterogeneity: 0.1 },
    ];
    for (const patch of extremes) {
      const board = plannerDashboard(parseScenario({ ...base, ...patch }).scenario);
      const walk = (value: unknown, path: string): void => {
        if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
        else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      };
      walk(board, JSON.stringify(patch));
    }
  });

  it('compares scenarios as value minus the first', () => {
    const c = plannerComparison([
      { name: 'A', scenario: base },
      { name: 'B', scenario: { ...base, brandShare: 0.6 } },
    ]);
    for (const m of c.metrics) {
      expect(m.deltas[0]).toBeNull();
      if (m.values[0] !== null && m.values[1] !== null) expect(m.deltas[1]).toBeCloseTo(m.values[1]! - m.values[0]!, 9);
    }
    expect(c.metrics.find((m) => m.id === 'brandShare')!.deltas[1]).toBeCloseTo(0.2, 12);
    expect(c.series).toHaveLength(2);
    expect(c.series[0]!.rows).toHaveLength(base.horizonMonths);
    expect(c.metrics.find((m) => m.id === 'leads36')!.values[0]).toBeCloseTo(d.splits[2]!.atHorizon[2]!.leads, 9);
  });

  it('charts each scenario over its own horizon', () => {
    const c = plannerComparison([
      { name: 'A', scenario: { ...base, horizonMonths: 120 } },
      { name: 'B', scenario: { ...base, horizonMonths: 12 } },
    ]);
    expect(c.series.map((s) => s.rows.length)).toEqual([120, 12]);
    const rows = simulate({ ...base, horizonMonths: 12 }, { engine: 'expected' });
    expect(c.series[1]!.rows.map((r) => r.leads)).toEqual(rows.map((r) => r.leads));
  });
});

describe('differences in the comparison', () => {
  it('put the sign before the unit and count shares in percentage points', async () => {
    const { formatDelta } = await import('../src/views/planner-compare.ts');
    expect(formatDelta(-8000, 'currency')).toBe('\u2212$8,000');
    expect(formatDelta(2000, 'currency')).toBe('+$2,000');
    expect(formatDelta(0.4, 'percent')).toBe('+40 pts');
    expect(formatDelta(-0.032, 'percent')).toBe('\u22123.2 pts');
    expect(formatDelta(0, 'count')).toBe('0');
    expect(formatDelta(null, 'count')).toBe('\u2014');
  });
});

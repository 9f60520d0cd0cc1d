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
import { steadyState } from '../src/model/market.ts';
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
  });

  it('prices a two-quarter brand cut: cheaper leads during it, fewer leads over 36 months (MODEL.md T7 from 60/40)', () => {
    for (const share of [0.4, 0.6]) {
      const cut = plannerDashboard({ ...base, brandShare: share }).brandCut;
      expect(cut.cplDuringCutCut!).toBeLessThan(cut.cplDuringCutPlan!);
      expect(cut.leadsLost).toBeGreaterThan(0);
      expect(cut.leadsLost).toBeCloseTo(cut.leadsPlan - cut.leadsCut, 9);
    }
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

  it('keeps every number finite or null at the extremes of the plan', () => {
    const extremes = [
      { monthlyBudget: 0 },
      { brandShare: 1 },
      { brandShare: 0, monthlyBudget: 100_000_000, buyers: 1_000 },
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
  });
});

describe('differences in the comparison', () => {
  it('put the sign before the unit and count shares in percentage points', async () => {
    const { formatDelta } = await import('../src/figures/planner-view.ts');
    expect(formatDelta(-8000, 'currency')).toBe('\u2212$8,000');
    expect(formatDelta(2000, 'currency')).toBe('+$2,000');
    expect(formatDelta(0.4, 'percent')).toBe('+40 pts');
    expect(formatDelta(-0.032, 'percent')).toBe('\u22123.2 pts');
    expect(formatDelta(0, 'count')).toBe('0');
    expect(formatDelta(null, 'count')).toBe('\u2014');
  });
});

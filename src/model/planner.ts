// Everything the planner shows for one scenario, from the expected-value engine: the pool, what
// this month's activation budget buys, three splits over 12/24/36 months, the lead-maximizing
// share, the cost of a brand cut, and how much the answer rests on the two calibrated rates.

import { meanCpc } from './auction.ts';
import { simulateExpected } from './expected.ts';
import { steadyState } from './market.ts';
import { parameters } from './parameters.ts';
import type { ParameterFormat } from './parameters.ts';
import { ratio } from './rows.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';
import { splitSweep } from './sweep.ts';

export const PLANNER_HORIZONS = [12, 24, 36] as const;
export const LIGHT_SHARE = 0.1;
export const HEAVY_SHARE = 0.6;
/** The brand cut the planner prices: two quarters of no brand spend, months 7-12. */
export const CUT = { fromMonth: 7, toMonth: 12 } as const;

export interface HorizonTotals {
  months: number;
  leads: number;
  opportunities: number;
  wins: number;
  spend: number;
  revenue: number;
  /** Fully loaded: all marketing spend over leads. */
  cpl: number | null;
  costPerOpportunity: number | null;
  /** Marketing and sales cost over wins. */
  cac: number | null;
}

export interface PlannerDashboard {
  pool: { buyers: number; inMarket: number; inMarketShare: number; deciders: number };
  activation: {
    /** Month 1's activation spend, branded search included. */
    activationBudget: number;
    /** What branded-search clicks take of it first; the auction gets the rest. */
    brandSearchSpend: number;
    searchers: number;
    clicks: number;
    shareBought: number | null;
    avgCpc: number | null;
    marginalCpc: number | null;
    /** Auction spend over the leads the auction bought. */
    avgCplPaid: number | null;
    /** The marginal click's price over the leads a click yields. */
    marginalCpl: number | null;
    saturated: boolean;
    /** Activation spend a month at which every category searcher is bought. */
    saturationSpend: number;
  };
  splits: { share: number; label: 'light' | 'heavy' | 'own'; atHorizon: HorizonTotals[] }[];
  bestShare: { months: number; share: number; leads: number }[];
  brandCut: {
    fromMonth: number;
    toMonth: number;
    leadsPlan: number;
    leadsCut: number;
    leadsLost: number;
    leadsLostShare: number | null;
    cplDuringCutPlan: number | null;
    cplDuringCutCut: number | null;
  };
  sensitivity: {
    base: number;
    rows: { key: 'encodingPerExposure' | 'brandFirstRate'; factor: 0.5 | 2; value: number; bestShare: number }[];
  };
}

const LONGEST = PLANNER_HORIZONS[PLANNER_HORIZONS.length - 1];

/** The plan as the planner reads it: no schedule, simulated for at least 36 months. */
function planned(scenario: Scenario): Scenario {
  return { ...scenario, schedule: [], horizonMonths: Math.max(LONGEST, scenario.horizonMonths) };
}

function totals(rows: readonly MonthRow[], months: number): HorizonTotals {
  let leads = 0;
  let opportunities = 0;
  let wins = 0;
  let spend = 0;
  let revenue = 0;
  let sales = 0;
  for (const row of rows.slice(0, months)) {
    leads += row.leads;
    opportunities += row.opportunities;
    wins += row.wins;
    spend += row.brandSpend + row.activationSpend;
    revenue += row.revenue;
    sales += row.salesCost;
  }
  return {
    months,
    leads,
    opportunities,
    wins,
    spend,
    revenue,
    cpl: ratio(spend, leads),
    costPerOpportunity: ratio(spend, opportunities),
    cac: ratio(spend + sales, wins),
  };
}

/** The brand share with the most cumulative leads at 36 months, on a 1% grid. */
function bestAt36(scenario: Scenario): number {
  return splitSweep(scenario, { maxHorizon: LONGEST }).best[LONGEST - 1]!.share;
}

export function plannerDashboard(input: Scenario): PlannerDashboard {
  const scenario = planned(input);
  const market = steadyState(scenario);
  const rows = simulateExpected(scenario);
  const first = rows[0]!;
  const perClick = first.paidClicks > 0 ? first.paidLeads / first.paidClicks : 0;
  // The engine caps branded search at the activation budget; the pool's edge must pay all of it.
  const brandSearchDemand = first.brandFirstLeads * scenario.brandSearchShare * scenario.brandCpc;
  const sweep = splitSweep(scenario, { maxHorizon: LONGEST });
  const run = (share: number) => simulateExpected({ ...scenario, brandShare: share });
  const splits: PlannerDashboard['splits'] = [
    { share: LIGHT_SHARE, label: 'light', rows: run(LIGHT_SHARE) },
    { share: HEAVY_SHARE, label: 'heavy', rows: run(HEAVY_SHARE) },
    { share: scenario.brandShare, label: 'own', rows },
  ].map(({ share, label, rows: r }) => ({
    share,
    label: label as 'light' | 'heavy' | 'own',
    atHorizon: PLANNER_HORIZONS.map((months) => totals(r, months)),
  }));
  const cut = simulateExpected({ ...scenario, schedule: [{ ...CUT, brandShare: 0 }] });
  const plan36 = totals(rows, LONGEST).leads;
  const cut36 = totals(cut, LONGEST).leads;
  const during = (r: readonly MonthRow[]) => {
    const span = r.slice(CUT.fromMonth - 1, CUT.toMonth);
    return ratio(
      span.reduce((a, m) => a + m.brandSpend + m.activationSpend, 0),
      span.reduce((a, m) => a + m.leads, 0),
    );
  };
  const sensitivityRows: PlannerDashboard['sensitivity']['rows'] = [];
  for (const key of ['encodingPerExposure', 'brandFirstRate'] as const) {
    const spec = parameters[key];
    for (const factor of [0.5, 2] as const) {
      const value = Math.min(spec.max, Math.max(spec.min, scenario[key] * factor));
      sensitivityRows.push({ key, factor, value, bestShare: bestAt36({ ...scenario, [key]: value }) });
    }
  }
  return {
    pool: {
      buyers: scenario.buyers,
      inMarket: market.inMarket,
      inMarketShare: market.inMarket / scenario.buyers,
      deciders: market.deciders,
    },
    activation: {
      activationBudget: first.activationSpend,
      brandSearchSpend: first.brandSearchSpend,
      searchers: first.categorySearchers,
      clicks: first.paidClicks,
      shareBought: ratio(first.paidClicks, first.categorySearchers),
      avgCpc: first.avgCpc,
      marginalCpc: first.marginalCpc,
      avgCplPaid: ratio(first.auctionSpend, first.paidLeads),
      marginalCpl: first.marginalCpc !== null && perClick > 0 ? first.marginalCpc / perClick : null,
      saturated: first.saturated,
      saturationSpend: brandSearchDemand + first.categorySearchers * meanCpc(scenario.medianCpc, scenario.cpcSpread),
    },
    splits,
    bestShare: PLANNER_HORIZONS.map((months) => ({
      months,
      share: sweep.best[months - 1]!.share,
      leads: sweep.best[months - 1]!.leads,
    })),
    brandCut: {
      ...CUT,
      leadsPlan: plan36,
      leadsCut: cut36,
      leadsLost: plan36 - cut36,
      leadsLostShare: ratio(plan36 - cut36, plan36),
      cplDuringCutPlan: during(rows),
      cplDuringCutCut: during(cut),
    },
    sensitivity: { base: sweep.best[LONGEST - 1]!.share, rows: sensitivityRows },
  };
}

export interface ComparisonMetric {
  id: string;
  label: string;
  format: ParameterFormat;
  values: (number | null)[];
  /** Each scenario's value minus the first's; null for the first. */
  deltas: (number | null)[];
}

export interface PlannerComparison {
  metrics: ComparisonMetric[];
  /** Each scenario's own plan month by month: fully loaded cost per lead and leads. */
  series: { rows: { month: number; cpl: number | null; leads: number }[] }[];
}

/** The dashboards' headline numbers side by side, with differences against the first scenario. */
export function plannerComparison(
  scenarios: readonly { name: string; scenario: Scenario }[],
  // The planner already has every dashboard it shows: pass them rather than compute them again.
  boards: readonly PlannerDashboard[] = scenarios.map((s) => plannerDashboard(s.scenario)),
): PlannerComparison {
  const own36 = (d: PlannerDashboard) => d.splits.find((s) => s.label === 'own')!.atHorizon.at(-1)!;
  const pick: [string, string, ParameterFormat, (d: PlannerDashboard) => number | null][] = [
    ['brandShare', 'Brand share', 'percent', (d) => d.splits.find((s) => s.label === 'own')!.share],
    ['inMarket', 'Buyers in market a month', 'count', (d) => d.pool.inMarket],
    ['activationBudget', 'Activation budget a month', 'currency', (d) => d.activation.activationBudget],
    ['shareBought', 'Share of searchers bought', 'percent', (d) => d.activation.shareBought],
    ['avgCpc', 'Average cost per click', 'currency', (d) => d.activation.avgCpc],
    ['marginalCpc', 'Cost of the last click', 'currency', (d) => d.activation.marginalCpc],
    ['leads36', 'Leads over 36 months', 'count', (d) => own36(d).leads],
    ['cpl36', 'Cost per lead over 36 months', 'currency', (d) => own36(d).cpl],
    ['opportunities36', 'Opportunities over 36 months', 'count', (d) => own36(d).opportunities],
    ['wins36', 'Wins over 36 months', 'count', (d) => own36(d).wins],
    ['cac36', 'CAC over 36 months', 'currency', (d) => own36(d).cac],
    ['best36', 'Best brand share for leads, 36 months', 'percent', (d) => d.sensitivity.base],
    ['cutLost', 'Leads lost to a two-quarter brand cut', 'count', (d) => d.brandCut.leadsLost],
  ];
  const metrics = pick.map(([id, label, format, read]) => {
    const values = boards.map(read);
    const base = values[0] ?? null;
    const deltas = values.map((v, i) => (i === 0 || v === null || base === null ? null : v - base));
    return { id, label, format, values, deltas };
  });
  const series = scenarios.map(({ scenario }) => ({
    rows: simulateExpected({ ...scenario, schedule: [] }).map((r) => ({ month: r.month, cpl: r.cpl, leads: r.leads })),
  }));
  return { metrics, series };
}

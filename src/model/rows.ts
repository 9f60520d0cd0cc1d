// The monthly output row (MODEL.md section 6) and the arithmetic both engines share once
// they know a month's leads: the funnel, revenue, costs and the null-safe ratios.

import type { Scenario } from './scenario.ts';

export interface MonthRow {
  month: number;
  /** Buyers in market this month. */
  inMarket: number;
  /** Buyers entering the market (deciding) this month. */
  deciders: number;
  /** Share of all buyers who have our brand in mind, S_t. */
  salience: number;
  brandSpend: number;
  activationSpend: number;
  brandSearchSpend: number;
  auctionSpend: number;
  brandFirstLeads: number;
  categorySearchers: number;
  paidClicks: number;
  avgCpc: number | null;
  marginalCpc: number | null;
  saturated: boolean;
  paidLeads: number;
  leads: number;
  warmLeads: number;
  /** Cold paid leads and form leads (v2: form fillers are cold). */
  coldLeads: number;
  /** Activation spent on gated content (v2, section 11). */
  gatedSpend: number;
  /** Form fills bought with gated content, counted as leads. */
  formLeads: number;
  /** Form fills from buyers in market: the only ones that can become opportunities. */
  formLeadsInMarket: number;
  opportunities: number;
  wins: number;
  revenue: number;
  salesCost: number;
  /** Roberge's sales velocity: opportunities x deal size x win rate / sales cycle. */
  salesVelocity: number;
  /** Fully loaded cost per lead: (B + A) / L. */
  cpl: number | null;
  /** What an activation dashboard reports: A / L. */
  dashboardCpl: number | null;
  /** (B + A + sales cost) / wins. */
  cac: number | null;
  /** Wins closed this month: the wins of the leads of round(salesCycleMonths) months ago (v2, section 12). */
  bookedWins: number;
  /** bookedWins x deal size. */
  bookedRevenue: number;
}

export type Funnel = Pick<Scenario, 'leadToOppWarm' | 'leadToOppCold' | 'oppToWinWarm' | 'oppToWinCold'>;

/** x / y, or null when y is 0 (or so near it that x / y overflows): never Infinity or NaN. */
export function ratio(x: number, y: number): number | null {
  if (!(y > 0)) return null;
  const value = x / y;
  return Number.isFinite(value) ? value : null;
}

/** Revenue, costs and ratios from a month's counts. */
export function completeRow(
  row: Omit<
    MonthRow,
    'revenue' | 'salesCost' | 'salesVelocity' | 'cpl' | 'dashboardCpl' | 'cac' | 'bookedWins' | 'bookedRevenue'
  >,
  scenario: Pick<Scenario, 'dealSize' | 'salesCostPerLead' | 'salesCycleMonths'>,
): MonthRow {
  const spend = row.brandSpend + row.activationSpend;
  const salesCost = row.leads * scenario.salesCostPerLead;
  const revenue = row.wins * scenario.dealSize;
  return {
    ...row,
    revenue,
    salesCost,
    salesVelocity: revenue / scenario.salesCycleMonths,
    cpl: ratio(spend, row.leads),
    dashboardCpl: ratio(row.activationSpend, row.leads),
    cac: ratio(spend + salesCost, row.wins),
    // Filled in by bookWins once every month is known.
    bookedWins: 0,
    bookedRevenue: 0,
  };
}

/** Months from a lead to its close: the sales cycle rounded half to even (MODEL.md section 12). */
export function salesLag(salesCycleMonths: number): number {
  const floor = Math.floor(salesCycleMonths);
  const fraction = salesCycleMonths - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Books each month's wins in the month its leads close; nothing closes before the first lag. */
export function bookWins(rows: MonthRow[], scenario: Pick<Scenario, 'salesCycleMonths' | 'dealSize'>): MonthRow[] {
  const lag = salesLag(scenario.salesCycleMonths);
  for (let t = 0; t < rows.length; t++) {
    const source = rows[t - lag];
    rows[t]!.bookedWins = source ? source.wins : 0;
    rows[t]!.bookedRevenue = rows[t]!.bookedWins * scenario.dealSize;
  }
  return rows;
}

export interface CumulativeRow {
  month: number;
  leads: number;
  wins: number;
  spend: number;
  /** Sum of spend / sum of leads up to this month. */
  cpl: number | null;
}

/** Running totals: cumulative leads and cumulative fully loaded CPL. */
export function cumulative(rows: readonly MonthRow[]): CumulativeRow[] {
  let leads = 0;
  let wins = 0;
  let spend = 0;
  return rows.map((row) => {
    leads += row.leads;
    wins += row.wins;
    spend += row.brandSpend + row.activationSpend;
    return { month: row.month, leads, wins, spend, cpl: ratio(spend, leads) };
  });
}

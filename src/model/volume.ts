// Volume against quality (MODEL.md sections 11-12 put to work): totals of a run, the gated
// share swept from none to all of the lead-generation budget, the same monthly sum gated or
// given away as brand, and Roberge's sales velocity by split. Pure functions of a scenario.

import { simulateExpected } from './expected.ts';
import { ratio } from './rows.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export interface RunTotals {
  leads: number;
  /** Leads from gated content (form fills). */
  formLeads: number;
  /** Form fills from buyers in market. */
  formLeadsInMarket: number;
  opportunities: number;
  wins: number;
  /** Brand plus activation spend. */
  spend: number;
  salesCost: number;
  bookedRevenue: number;
  /** Fully loaded cost per lead: spend / leads. */
  cpl: number | null;
  /** Spend / opportunities. */
  costPerOpportunity: number | null;
  /** (Spend + sales cost) / wins. */
  cac: number | null;
}

export function runTotals(rows: readonly MonthRow[]): RunTotals {
  let leads = 0;
  let formLeads = 0;
  let formLeadsInMarket = 0;
  let opportunities = 0;
  let wins = 0;
  let spend = 0;
  let salesCost = 0;
  let bookedRevenue = 0;
  for (const r of rows) {
    leads += r.leads;
    formLeads += r.formLeads;
    formLeadsInMarket += r.formLeadsInMarket;
    opportunities += r.opportunities;
    wins += r.wins;
    spend += r.brandSpend + r.activationSpend;
    salesCost += r.salesCost;
    bookedRevenue += r.bookedRevenue;
  }
  return {
    leads,
    formLeads,
    formLeadsInMarket,
    opportunities,
    wins,
    spend,
    salesCost,
    bookedRevenue,
    cpl: ratio(spend, leads),
    costPerOpportunity: ratio(spend, opportunities),
    cac: ratio(spend + salesCost, wins),
  };
}

export interface GatedPoint extends RunTotals {
  gatedShare: number;
}

/** Totals over the horizon with 0, 1/(steps-1), ..., 1 of the activation budget gated. */
export function gatedSweep(scenario: Scenario, steps = 21): GatedPoint[] {
  return Array.from({ length: steps }, (_, i) => {
    const gatedShare = steps === 1 ? 0 : i / (steps - 1);
    return { gatedShare, ...runTotals(simulateExpected({ ...scenario, gatedShare, schedule: [] })) };
  });
}

export interface GateOrGive {
  /** The extra monthly sum spent on gated content (the lead-generation budget grows by it). */
  gated: MonthRow[];
  /** The same sum given away as ungated brand spend (the brand budget grows by it). */
  given: MonthRow[];
  monthlySum: number;
}

/**
 * The same extra monthly sum two ways, on top of the scenario's own budget and split (and with
 * no gating of its own): as gated content, paid from a larger activation budget, or as ungated
 * brand spend. Both runs spend the same total every month.
 */
export function gateOrGive(scenario: Scenario, monthlySum: number): GateOrGive {
  const brand = scenario.monthlyBudget * scenario.brandShare;
  const activation = scenario.monthlyBudget - brand;
  const total = scenario.monthlyBudget + monthlySum;
  const base = { ...scenario, monthlyBudget: total, schedule: [] };
  const share = (x: number) => (total > 0 ? x / total : 0);
  return {
    gated: simulateExpected({
      ...base,
      brandShare: share(brand),
      gatedShare: activation + monthlySum > 0 ? monthlySum / (activation + monthlySum) : 0,
    }),
    given: simulateExpected({ ...base, brandShare: share(brand + monthlySum), gatedShare: 0 }),
    monthlySum,
  };
}

export interface VelocityPoint {
  brandShare: number;
  /** Roberge's sales velocity in month 1 and in the last month of the horizon ($ a month). */
  first: number;
  last: number;
  /** Revenue booked within the horizon (deals close a sales cycle after their lead). */
  bookedRevenue: number;
}

/** Sales velocity and booked revenue at brand shares 0, 1/(steps-1), ..., 1 of the same budget. */
export function velocityBySplit(scenario: Scenario, steps = 21): VelocityPoint[] {
  return Array.from({ length: steps }, (_, i) => {
    const brandShare = steps === 1 ? 0 : i / (steps - 1);
    const rows = simulateExpected({ ...scenario, brandShare, schedule: [] });
    return {
      brandShare,
      first: rows[0]?.salesVelocity ?? 0,
      last: rows.at(-1)?.salesVelocity ?? 0,
      bookedRevenue: runTotals(rows).bookedRevenue,
    };
  });
}

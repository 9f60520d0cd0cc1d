// The split sweep (MODEL.md target T6): for every brand share from 0 to 100% and every
// horizon, cumulative leads at the same total budget, and the share that maximizes them.
// One run per share yields every horizon at once, so the sweep is shares x months steps.

import { runExpected, simulateExpected } from './expected.ts';
import { steadyState } from './market.ts';
import { budgetPlan } from './plan.ts';
import { salesLag } from './rows.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export interface SweepOptions {
  /** Number of brand shares from 0 to 1 inclusive (101 gives steps of 1%). */
  shares?: number;
  /** Longest horizon swept, in months. */
  maxHorizon?: number;
}

export interface SweepBest {
  horizon: number;
  /** The brand share with the most cumulative leads at this horizon (the lowest on a tie). */
  share: number;
  leads: number;
}

export interface SplitSweep {
  shares: Float64Array;
  maxHorizon: number;
  /** cumulativeLeads[s * maxHorizon + (h - 1)]: leads in months 1..h at share index s. */
  cumulativeLeads: Float64Array;
  best: SweepBest[];
}

/** Sweeps the constant brand share; the scenario's own schedule still applies on top. */
export function splitSweep(scenario: Scenario, { shares = 101, maxHorizon = 60 }: SweepOptions = {}): SplitSweep {
  const shareValues = new Float64Array(shares);
  for (let i = 0; i < shares; i++) shareValues[i] = shares === 1 ? 0 : i / (shares - 1);
  const market = steadyState(scenario);
  const totals = new Float64Array(shares * maxHorizon);
  for (let s = 0; s < shares; s++) {
    const variant = { ...scenario, brandShare: shareValues[s]! };
    const base = s * maxHorizon;
    let running = 0;
    runExpected(variant, budgetPlan(variant, maxHorizon), market, (m) => {
      running += m.leads;
      totals[base + m.month - 1] = running;
    });
  }
  const best: SweepBest[] = [];
  for (let h = 1; h <= maxHorizon; h++) {
    let top = 0;
    for (let s = 1; s < shares; s++) if (totals[s * maxHorizon + h - 1]! > totals[top * maxHorizon + h - 1]!) top = s;
    best.push({ horizon: h, share: shareValues[top]!, leads: totals[top * maxHorizon + h - 1]! });
  }
  return { shares: shareValues, maxHorizon, cumulativeLeads: totals, best };
}

/** The best share at `horizon` months; null past the horizons swept. */
export function bestShareAt(sweep: SplitSweep, horizon: number): number | null {
  return sweep.best[horizon - 1]?.share ?? null;
}

/** The longest horizon at which spending nothing on brand gives the most leads; 0 if there is none. */
export function zeroBrandUntil(sweep: SplitSweep): number {
  let last = 0;
  for (const b of sweep.best) if (b.share === 0) last = b.horizon;
  return last;
}

/** What a split is judged on (MODEL.md section 14). */
export type SweepObjective = 'leads' | 'opportunities' | 'wins' | 'contribution';

export interface SweepOptionsV2 {
  objective?: SweepObjective;
  /** Horizons in months; default 1..60. */
  horizons?: readonly number[];
}

export interface SweepPoint {
  horizon: number;
  /** The brand share in 0, 0.01, ..., 1 with the largest objective over months 1..horizon (the smallest on a tie). */
  brandShare: number;
  value: number;
}

const SHARES = 101;

/** The month's contribution to an objective. */
export function monthValue(row: MonthRow, objective: SweepObjective): number {
  switch (objective) {
    case 'leads':
      return row.leads;
    case 'opportunities':
      return row.opportunities;
    case 'wins':
      return row.wins;
    case 'contribution':
      return row.bookedRevenue - row.brandSpend - row.activationSpend - row.salesCost;
  }
}

/**
 * Whether no lead closes within a horizon of `horizon` months: a lead of month t closes in month
 * t + round(salesCycleMonths) (section 12), so none does when the horizon is no longer than that
 * lag. Counting contribution, the best plan is then only the cheapest one, which the site must
 * say (section 14).
 */
export function noDealCloses(horizon: number, salesCycleMonths: number): boolean {
  return horizon <= salesLag(salesCycleMonths);
}

/** The objective summed over months 1..t, for every t up to `months`. */
export function runningTotals(scenario: Scenario, objective: SweepObjective, months: number): Float64Array {
  const running = new Float64Array(months);
  let sum = 0;
  if (objective === 'leads') {
    // Leads need no funnel bookkeeping: sum them straight off the engine, allocating no rows.
    runExpected(scenario, budgetPlan(scenario, months), steadyState(scenario), (month) => {
      sum += month.leads;
      running[month.month - 1] = sum;
    });
  } else {
    simulateExpected(scenario, months).forEach((row, i) => {
      sum += monthValue(row, objective);
      running[i] = sum;
    });
  }
  return running;
}

/**
 * The best constant brand share by horizon for any objective (MODEL.md section 14): one
 * expected-value run per share yields every horizon at once. Contribution counts booked
 * revenue, so over a horizon shorter than the sales cycle it only minimizes spend.
 */
export function sweep(scenario: Scenario, { objective = 'leads', horizons }: SweepOptionsV2 = {}): SweepPoint[] {
  const wanted = horizons ?? Array.from({ length: 60 }, (_, i) => i + 1);
  const longest = Math.max(1, ...wanted);
  const totals: Float64Array[] = [];
  for (let s = 0; s < SHARES; s++) {
    totals.push(
      runningTotals({ ...scenario, brandShare: s / (SHARES - 1), horizonMonths: longest }, objective, longest),
    );
  }
  return wanted.map((horizon) => {
    let best = 0;
    for (let s = 1; s < SHARES; s++) if (totals[s]![horizon - 1]! > totals[best]![horizon - 1]!) best = s;
    return { horizon, brandShare: best / (SHARES - 1), value: totals[best]![horizon - 1]! };
  });
}

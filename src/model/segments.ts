// Segments: tiers of accounts (MODEL.md section 15, v2). One scenario per segment, each with its
// own overrides and its share of the base budget, run by the same engine and summed month by
// month. Account-based marketing is the same model on a small, valuable segment.

import * as z from 'zod/mini';
import { ratio } from './rows.ts';
import type { MonthRow } from './rows.ts';
import { scenarioFields, WINDOW_RULE, windowFits } from './scenario.ts';
import { parameters } from './parameters.ts';
import type { Scenario, ScenarioPatch } from './scenario.ts';
import { simulate } from './simulate.ts';
import type { SimulateOptions } from './simulate.ts';

/** What a segment may override: any scenario field except the budget, split plan and horizon, which the base sets. */
const overridable = z.partial(z.omit(scenarioFields, { monthlyBudget: true, horizonMonths: true, schedule: true }));

/**
 * A tier can be far smaller than a category: a named list of a few hundred accounts. So a
 * segment's buyers may go below the category minimum, down to this many.
 */
export const SEGMENT_MIN_BUYERS = 50;
const segmentBuyers = z.int().check(z.minimum(SEGMENT_MIN_BUYERS), z.maximum(parameters.buyers.max));

/** A segment's whole scenario: the scenario's rules with the smaller floor on buyers. */
const segmentScenarioSchema = z
  .extend(scenarioFields, { buyers: segmentBuyers })
  .check(z.refine(windowFits, { message: WINDOW_RULE }));

export const segmentSpecSchema = z.strictObject({
  ...overridable.shape,
  buyers: z.optional(segmentBuyers),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  /** Share of the base monthly budget (and of each scheduled budget) this segment spends. */
  budgetShare: z.number().check(z.minimum(0), z.maximum(1)),
});

export type SegmentSpec = z.input<typeof segmentSpecSchema>;

export interface SegmentRun {
  name: string;
  budgetShare: number;
  scenario: Scenario;
  rows: MonthRow[];
}

export interface SegmentedResult {
  segments: SegmentRun[];
  /** Counts and spends summed; shares weighted by buyers; ratios recomputed from the sums. */
  total: MonthRow[];
}

/** Shares must add up to 1 within this tolerance. */
const SHARE_TOLERANCE = 1e-6;

/** Each segment's own scenario: the base, its overrides, and its share of every budget. */
export function segmentScenarios(
  base: Scenario,
  specs: readonly SegmentSpec[],
): { name: string; budgetShare: number; scenario: Scenario }[] {
  if (specs.length === 0) throw new RangeError('simulateSegments needs at least one segment');
  const parsed = specs.map((spec, i) => {
    const result = segmentSpecSchema.safeParse(spec);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new RangeError(`segment ${i + 1}: ${issue.path.join('.') || 'value'}: ${issue.message}`);
    }
    // zod fills every default even in a partial schema; keep only the fields the segment names,
    // so that every other field comes from the base scenario (its brand share, cycle, prices).
    const data = result.data as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(spec)
        .filter((key) => (spec as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, data[key]]),
    ) as typeof result.data;
  });
  const sum = parsed.reduce((a, s) => a + s.budgetShare, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    throw new RangeError(`segment budget shares must add up to 1; they add up to ${sum}`);
  }
  return parsed.map(({ name, budgetShare, ...overrides }) => {
    const patch: ScenarioPatch = {
      ...(overrides as ScenarioPatch),
      monthlyBudget: base.monthlyBudget * budgetShare,
      schedule: base.schedule.map((segment) =>
        segment.monthlyBudget === undefined
          ? segment
          : { ...segment, monthlyBudget: segment.monthlyBudget * budgetShare },
      ),
    };
    const checked = segmentScenarioSchema.safeParse({ ...base, ...patch });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new RangeError(`segment "${name}": ${issue.path.join('.') || 'scenario'}: ${issue.message}`);
    }
    return { name, budgetShare, scenario: checked.data };
  });
}

const SUMMED = [
  'inMarket',
  'deciders',
  'brandSpend',
  'activationSpend',
  'brandSearchSpend',
  'auctionSpend',
  'brandFirstLeads',
  'categorySearchers',
  'paidClicks',
  'paidLeads',
  'leads',
  'warmLeads',
  'coldLeads',
  'gatedSpend',
  'formLeads',
  'formLeadsInMarket',
  'opportunities',
  'wins',
  'revenue',
  'salesCost',
  'salesVelocity',
  'bookedWins',
  'bookedRevenue',
] as const satisfies readonly (keyof MonthRow)[];

/** The month's total over segments. */
export function sumRows(rows: readonly MonthRow[], buyers: readonly number[]): MonthRow {
  const total = Object.fromEntries(SUMMED.map((key) => [key, rows.reduce((a, r) => a + r[key], 0)])) as Record<
    (typeof SUMMED)[number],
    number
  >;
  const population = buyers.reduce((a, b) => a + b, 0);
  const salience = population > 0 ? rows.reduce((a, r, i) => a + r.salience * buyers[i]!, 0) / population : 0;
  const marginal = rows.map((r) => r.marginalCpc).filter((x): x is number => x !== null);
  const spend = total.brandSpend + total.activationSpend;
  return {
    ...total,
    month: rows[0]!.month,
    salience,
    avgCpc: ratio(total.auctionSpend, total.paidClicks),
    marginalCpc: marginal.length ? Math.max(...marginal) : null,
    saturated: rows.some((r) => r.saturated),
    cpl: ratio(spend, total.leads),
    dashboardCpl: ratio(total.activationSpend, total.leads),
    cac: ratio(spend + total.salesCost, total.wins),
  };
}

/** Runs one scenario per segment with the given engine and sums them month by month. */
export function simulateSegments(
  scenario: Scenario,
  segments: readonly SegmentSpec[],
  options: SimulateOptions = { engine: 'expected' },
): SegmentedResult {
  return runSegments(scenario, segments, (s) => simulate(s, options));
}

/**
 * The same with the engine passed in: a caller that only ever runs the expected-value engine
 * (the tiers figure, the planner's tiers) passes simulateExpected, so a page that shows tiers
 * does not load the agent engine.
 */
export function runSegments(
  scenario: Scenario,
  segments: readonly SegmentSpec[],
  run: (scenario: Scenario) => MonthRow[],
): SegmentedResult {
  const runs = segmentScenarios(scenario, segments).map((s) => ({ ...s, rows: run(s.scenario) }));
  const buyers = runs.map((r) => r.scenario.buyers);
  const total = runs[0]!.rows.map((_, i) =>
    sumRows(
      runs.map((r) => r.rows[i]!),
      buyers,
    ),
  );
  return { segments: runs, total };
}

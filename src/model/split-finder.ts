// Finding your split (MODEL.md sections 14-15 put to work): the seeds' company-stage tables
// against the model's best share for what each stage implies, the best share by horizon for
// brands from unknown to leader, tiers of accounts run as segments, and the objective summed
// over the reader's horizon at every brand share.

import type { Scenario } from './scenario.ts';
import { runSegments, segmentScenarios } from './segments.ts';
import { simulateExpected } from './expected.ts';
import type { SegmentSpec } from './segments.ts';
import { runningTotals, sweep } from './sweep.ts';
import type { SweepObjective, SweepPoint } from './sweep.ts';
import { ratio } from './rows.ts';

export interface Stage {
  id: string;
  label: string;
  /** Annual revenue band, as the sources give it. */
  revenue: string;
  /** Paddington (2026): brand share for the stage. */
  paddington: number;
  /** Pollack (2026): brand share for the stage's band (he gives three bands, not five). */
  pollack: number;
  /** What the stage implies, in this site's reading: the horizon it plans on. */
  horizonMonths: number;
  /** Monthly budget in a category of 100,000 buyers (scaled with the buyers). */
  monthlyBudget: number;
  /** Share of buyers who already have the brand in mind. */
  initialSalience: number;
}

/**
 * Paddington's five stages with his brand shares, and Pollack's three bands laid over them
 * (pre-product-market fit; growth, $5M-$50M; established, $50M+). The horizon, budget and
 * starting memory of each stage are this site's assumptions, shown and adjustable.
 */
export const STAGES: readonly Stage[] = Object.freeze([
  {
    id: 'pre-pmf',
    label: 'Pre-product-market fit',
    revenue: 'under $2M',
    paddington: 0.2,
    pollack: 0.2,
    horizonMonths: 6,
    monthlyBudget: 5_000,
    initialSalience: 0.01,
  },
  {
    id: 'early-growth',
    label: 'Early growth',
    revenue: '$2M-$10M',
    paddington: 0.3,
    pollack: 0.5,
    horizonMonths: 12,
    monthlyBudget: 10_000,
    initialSalience: 0.03,
  },
  {
    id: 'scaling',
    label: 'Scaling',
    revenue: '$10M-$50M',
    paddington: 0.4,
    pollack: 0.5,
    horizonMonths: 24,
    monthlyBudget: 20_000,
    initialSalience: 0.08,
  },
  {
    id: 'mid-market',
    label: 'Mid-market',
    revenue: '$50M-$250M',
    paddington: 0.5,
    pollack: 0.6,
    horizonMonths: 36,
    monthlyBudget: 50_000,
    initialSalience: 0.15,
  },
  {
    id: 'enterprise',
    label: 'Enterprise',
    revenue: 'over $250M',
    paddington: 0.6,
    pollack: 0.6,
    horizonMonths: 60,
    monthlyBudget: 100_000,
    initialSalience: 0.3,
  },
]);

export interface StageResult extends Stage {
  /** The stage's horizon and budget after the reader's scaling. */
  horizon: number;
  budget: number;
  /** The monthly budget per buyer in the category: what the stage's budget means whatever the category's size. */
  budgetPerBuyer: number;
  /** The model's best brand share for the stage, for the objective. */
  best: number;
}

/** The best share for each stage: its horizon, budget (per 100,000 buyers) and starting memory on top of the scenario. */
export function stageLadder(
  scenario: Scenario,
  {
    objective = 'leads',
    horizonScale = 1,
    budgetScale = 1,
  }: { objective?: SweepObjective; horizonScale?: number; budgetScale?: number } = {},
): StageResult[] {
  return STAGES.map((stage) => {
    const horizon = Math.max(1, Math.min(120, Math.round(stage.horizonMonths * horizonScale)));
    const budget = stage.monthlyBudget * budgetScale * (scenario.buyers / 100_000);
    const variant = {
      ...scenario,
      monthlyBudget: budget,
      initialSalience: stage.initialSalience,
      horizonMonths: horizon,
      schedule: [],
    };
    const [point] = sweep(variant, { objective, horizons: [horizon] });
    return { ...stage, horizon, budget, budgetPerBuyer: budget / scenario.buyers, best: point!.brandShare };
  });
}

export const MEMORY_LEVELS: readonly { salience: number; label: string }[] = Object.freeze([
  { salience: 0.01, label: 'Unknown (1%)' },
  { salience: 0.1, label: 'Challenger (10%)' },
  { salience: 0.25, label: 'Known (25%)' },
  { salience: 0.4, label: 'Leader (40%)' },
]);

/** Best share by horizon (1..maxHorizon) at each starting memory. */
export function bestByMemory(
  scenario: Scenario,
  objective: SweepObjective,
  maxHorizon = 60,
): { salience: number; label: string; points: SweepPoint[] }[] {
  const horizons = Array.from({ length: maxHorizon }, (_, i) => i + 1);
  return MEMORY_LEVELS.map((level) => ({
    ...level,
    points: sweep({ ...scenario, initialSalience: level.salience, schedule: [] }, { objective, horizons }),
  }));
}

/** The objective summed over the scenario's horizon at brand shares 0, 0.01, ..., 1. */
export function objectiveByShare(scenario: Scenario, objective: SweepObjective): { share: number; value: number }[] {
  return Array.from({ length: 101 }, (_, i) => {
    const share = i / 100;
    const months = scenario.horizonMonths;
    return {
      share,
      value: runningTotals({ ...scenario, brandShare: share, schedule: [] }, objective, months)[months - 1]!,
    };
  });
}

/**
 * The three tiers of accounts as this site reads MODEL.md section 15, per 100,000 buyers in the
 * category (scaled with the reader's): a named list with larger deals, account-based targeting
 * at a higher price per thousand and leads that become opportunities more often; a mid tier
 * with mid-sized deals; and the long tail, everyone else, with small deals. Multipliers apply to
 * the scenario's own values. The account-tiers figure's caption is written from these, and its
 * budget split starts at `namedShare` and `midShareOfRest`, which the your-split figure's tiers
 * plan also runs.
 */
export const TIERS = Object.freeze({
  perBuyers: 100_000,
  named: Object.freeze({
    name: 'Named accounts',
    buyers: 500,
    dealSizeTimes: 7.5,
    brandCpmTimes: 6,
    leadToOppColdTimes: 2,
    leadToOppWarmTimes: 1.5,
  }),
  mid: Object.freeze({ name: 'Mid market', buyers: 9_500, dealSizeTimes: 2 }),
  tail: Object.freeze({ name: 'Long tail', dealSizeTimes: 0.4 }),
  /** Default share of the budget on the named accounts. */
  namedShare: 0.3,
  /** Default share of the rest (after the named accounts) on the mid tier; the tail gets the remainder. */
  midShareOfRest: 0.43,
});

/** Three tiers of accounts: a named list, a mid tier and a long tail (MODEL.md section 15). */
export function accountTiers(
  scenario: Scenario,
  namedShare: number = TIERS.namedShare,
  midShareOfRest: number = TIERS.midShareOfRest,
): SegmentSpec[] {
  const named = Math.min(1, Math.max(0, namedShare));
  const mid = (1 - named) * Math.min(1, Math.max(0, midShareOfRest));
  const tail = Math.max(0, 1 - named - mid);
  const scale = scenario.buyers / TIERS.perBuyers;
  const buyers = (n: number) => Math.max(50, Math.round(n * scale));
  const { named: n, mid: m, tail: t } = TIERS;
  return [
    {
      name: n.name,
      budgetShare: named,
      buyers: buyers(n.buyers),
      dealSize: Math.min(10_000_000, scenario.dealSize * n.dealSizeTimes),
      brandCpm: Math.min(500, scenario.brandCpm * n.brandCpmTimes),
      leadToOppCold: Math.min(1, scenario.leadToOppCold * n.leadToOppColdTimes),
      leadToOppWarm: Math.min(1, scenario.leadToOppWarm * n.leadToOppWarmTimes),
    },
    {
      name: m.name,
      budgetShare: mid,
      buyers: buyers(m.buyers),
      dealSize: Math.min(10_000_000, scenario.dealSize * m.dealSizeTimes),
    },
    {
      name: t.name,
      budgetShare: tail,
      buyers: Math.max(50, scenario.buyers - buyers(n.buyers) - buyers(m.buyers)),
      dealSize: scenario.dealSize * t.dealSizeTimes,
    },
  ];
}

/**
 * The objective over the scenario's horizon at brand shares 0, 1/(shares - 1), ..., 1 when the
 * budget is split across the three tiers of `accountTiers` at its default budget shares, every
 * tier running the same brand share (as the account-tiers figure does). The objective is a sum
 * of counts and spends, so the total of simulateSegments' summed rows is the sum of the tiers'
 * own totals: the tiers are validated once and each run at every share, which is what keeps this
 * (three runs per share) inside a redraw.
 */
export function tiersObjectiveByShare(
  scenario: Scenario,
  objective: SweepObjective,
  shares = 101,
): { share: number; value: number }[] {
  const base = { ...scenario, schedule: [] };
  const tiers = segmentScenarios(base, accountTiers(base));
  const months = scenario.horizonMonths;
  return Array.from({ length: shares }, (_, i) => {
    const share = shares === 1 ? 0 : i / (shares - 1);
    let value = 0;
    for (const tier of tiers)
      value += runningTotals({ ...tier.scenario, brandShare: share }, objective, months)[months - 1]!;
    return { share, value };
  });
}

export interface TierTotals {
  name: string;
  budgetShare: number;
  buyers: number;
  leads: number;
  opportunities: number;
  wins: number;
  revenue: number;
  cac: number | null;
}

/** Totals over the horizon per tier and for all tiers together. */
export function tierTotals(scenario: Scenario, specs: readonly SegmentSpec[]): TierTotals[] {
  // The expected-value engine, as simulateSegments runs by default, without loading the agent engine.
  const result = runSegments({ ...scenario, schedule: [] }, specs, (s) => simulateExpected(s));
  const totals = (name: string, budgetShare: number, buyers: number, rows: typeof result.total): TierTotals => {
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    const wins = sum((r) => r.wins);
    return {
      name,
      budgetShare,
      buyers,
      leads: sum((r) => r.leads),
      opportunities: sum((r) => r.opportunities),
      wins,
      revenue: sum((r) => r.revenue),
      cac: ratio(
        sum((r) => r.brandSpend + r.activationSpend + r.salesCost),
        wins,
      ),
    };
  };
  return [
    ...result.segments.map((s) => totals(s.name, s.budgetShare, s.scenario.buyers, s.rows)),
    totals(
      'All tiers',
      1,
      result.segments.reduce((a, s) => a + s.scenario.buyers, 0),
      result.total,
    ),
  ];
}

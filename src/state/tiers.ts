// The planner's tiers of accounts: up to three segments in the address (`t1.name=Named accounts`,
// `t1.budgetShare=0.3`, `t1.buyers=500` ...), run on the selected scenario and summed (MODEL.md
// section 15). Pure: no DOM. Every value is validated; a bad one is named and replaced.

import { parameters, segmentSpecSchema } from '../model/index.ts';
import type { Scenario, SegmentSpec } from '../model/index.ts';
import { safeKey } from './query.ts';

export const MAX_TIERS = 3;
export const TIER_NAME_LENGTH = 40;

/** What a tier can set, in the order of its inputs: budget share, then overrides of the scenario. */
export const TIER_FIELDS = ['budgetShare', 'buyers', 'dealSize', 'brandCpm', 'medianCpc'] as const;
export type TierField = (typeof TIER_FIELDS)[number];

export interface PlannerTier {
  name: string;
  budgetShare: number;
  /** Overrides of the scenario; a missing one takes the scenario's value. */
  buyers?: number;
  dealSize?: number;
  brandCpm?: number;
  medianCpc?: number;
}

export const TIER_LABELS: Record<TierField, string> = {
  budgetShare: 'Share of the budget',
  buyers: 'Buyers (accounts)',
  dealSize: 'Deal size',
  brandCpm: 'Brand CPM',
  medianCpc: 'Median CPC',
};

/** Ranges: a tier may be as small as a named list of 50 accounts. */
export const TIER_RANGES: Record<TierField, { min: number; max: number; integer: boolean }> = {
  budgetShare: { min: 0, max: 1, integer: false },
  buyers: { min: 50, max: parameters.buyers.max, integer: true },
  dealSize: { min: parameters.dealSize.min, max: parameters.dealSize.max, integer: false },
  brandCpm: { min: parameters.brandCpm.min, max: parameters.brandCpm.max, integer: false },
  medianCpc: { min: parameters.medianCpc.min, max: parameters.medianCpc.max, integer: false },
};

export function tierName(raw: string, index: number): string {
  // eslint-disable-next-line no-control-regex
  const text = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, TIER_NAME_LENGTH);
  return text || `Tier ${index + 1}`;
}

/** A tier field's value from text, or a problem. */
export function readTierValue(field: TierField, raw: string): { value: number | null; problem: string | null } {
  const range = TIER_RANGES[field];
  const value = /^\s*-?\d+(\.\d+)?(e-?\d+)?\s*$/i.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) return { value: null, problem: `${field}: ${safeKey(raw)} is not a number` };
  if (value < range.min || value > range.max)
    return { value: null, problem: `${field}: ${value} is outside ${range.min} to ${range.max}` };
  if (range.integer && !Number.isInteger(value)) return { value: Math.round(value), problem: null };
  return { value, problem: null };
}

/** Tiers from the address's `t1.` to `t3.` settings; anything else under those names is reported. */
export function readTiers(figures: Readonly<Record<string, Readonly<Record<string, string>>>>): {
  tiers: PlannerTier[];
  problems: string[];
} {
  const problems: string[] = [];
  const tiers: PlannerTier[] = [];
  const namespaces = Object.keys(figures)
    .filter((ns) => /^t\d+$/.test(ns))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  for (const ns of namespaces) {
    const index = Number(ns.slice(1));
    if (index < 1 || index > MAX_TIERS) {
      problems.push(`${ns}.: at most ${MAX_TIERS} tiers; ignored`);
      continue;
    }
    const fields = figures[ns]!;
    const tier: PlannerTier = { name: tierName(fields['name'] ?? '', tiers.length), budgetShare: 0 };
    for (const [key, raw] of Object.entries(fields)) {
      if (key === 'name') continue;
      if (!(TIER_FIELDS as readonly string[]).includes(key)) {
        problems.push(`${ns}.${safeKey(key)} is not a setting of a tier; ignored`);
        continue;
      }
      const read = readTierValue(key as TierField, raw);
      if (read.problem) problems.push(`${ns}.${read.problem}; ignored`);
      else tier[key as TierField] = read.value!;
    }
    tiers.push(tier);
  }
  return { tiers, problems };
}

/** The tiers as address settings, in a fixed order. */
export function tierParams(tiers: readonly PlannerTier[]): Record<string, Record<string, string | number>> {
  const out: Record<string, Record<string, string | number>> = {};
  tiers.forEach((tier, i) => {
    const fields: Record<string, string | number> = { name: tier.name };
    for (const field of TIER_FIELDS) if (tier[field] !== undefined) fields[field] = tier[field]!;
    out[`t${i + 1}`] = fields;
  });
  return out;
}

/**
 * The tiers as segments of a scenario. Shares that do not add up to 100% are scaled so that they
 * do, with a sentence saying so; shares that are all zero are split evenly.
 */
export function tierSpecs(tiers: readonly PlannerTier[]): { specs: SegmentSpec[]; note: string | null } {
  const total = tiers.reduce((a, t) => a + t.budgetShare, 0);
  let note: string | null = null;
  const share = (t: PlannerTier) => (total > 0 ? t.budgetShare / total : 1 / tiers.length);
  if (total <= 0) note = 'No tier has a share of the budget, so the budget is split evenly.';
  else if (Math.abs(total - 1) > 1e-6)
    note = `The tiers\u2019 shares add up to ${Math.round(total * 100)}%; they are scaled to 100%.`;
  const specs = tiers.map((t) => {
    const spec: SegmentSpec = { name: t.name, budgetShare: share(t) };
    for (const field of ['buyers', 'dealSize', 'brandCpm', 'medianCpc'] as const)
      if (t[field] !== undefined) spec[field] = t[field];
    return segmentSpecSchema.parse(spec) as SegmentSpec;
  });
  // The last share absorbs rounding, so the shares add up to exactly 1.
  const sum = specs.slice(0, -1).reduce((a, s) => a + s.budgetShare, 0);
  if (specs.length) specs[specs.length - 1]!.budgetShare = Math.max(0, 1 - sum);
  return { specs, note };
}

/** A starting set when the reader adds tiers: a named list and everyone else. */
export function starterTiers(scenario: Scenario): PlannerTier[] {
  return [
    {
      name: 'Named accounts',
      budgetShare: 0.3,
      buyers: Math.max(50, Math.round(scenario.buyers * 0.005)),
      dealSize: scenario.dealSize * 7.5,
      brandCpm: Math.min(500, scenario.brandCpm * 6),
    },
    {
      name: 'Everyone else',
      budgetShare: 0.7,
      buyers: Math.max(50, scenario.buyers - Math.max(50, Math.round(scenario.buyers * 0.005))),
    },
  ];
}

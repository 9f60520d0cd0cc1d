// A synthetic marketing-mix dataset with known truth (MODEL.md section 16, v2): weekly spend that
// varies enough to be identifiable, the outcomes the expected-value engine gives with seeded
// multiplicative noise, and the true credit of each channel (section 13's Shapley split), so an
// analyst can fit Robyn, Meridian or PyMC-Marketing and check what they recover.

import { simulatePlan } from './expected.ts';
import { forgetRate } from './memory.ts';
import type { BudgetPlan } from './plan.ts';
import { budgetPlan } from './plan.ts';
import { randomNormal, randomSource } from './random.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

/** Weeks in a month. */
export const WEEKS_PER_MONTH = 52 / 12;

export interface DatasetOptions {
  seed: number;
  weeks?: number;
  /** Standard deviation of the log-normal noise on observed outcomes. */
  noise?: number;
  /**
   * Weeks simulated before the first row and dropped, so the data start in the plan's steady
   * state rather than in the drift from the scenario's starting memory. Default: five memory
   * half-lives (memory from before the burn-in is then under 4% of what it was), at most 520.
   */
  burnInWeeks?: number;
  /** Told the share of the work done after each of the four engine runs. */
  onProgress?: (done: number) => void;
}

export interface DatasetRow {
  /** Monday of the week, YYYY-MM-DD, from 2024-01-01. */
  week: string;
  brand_spend: number;
  search_spend: number;
  brand_impressions: number;
  search_clicks: number;
  leads: number;
  opportunities: number;
  wins: number;
  revenue: number;
  leads_expected: number;
  leads_baseline: number;
  leads_from_brand: number;
  leads_from_search: number;
}

export interface DatasetTruth {
  scenario: Scenario;
  seed: number;
  weeks: number;
  noise: number;
  /** 1 - d per week: the share of memory kept from one week to the next. */
  weeklyMemoryRetention: number;
  /** The memory half-life in weeks (the scenario's in months times 52/12). */
  memoryHalfLifeWeeks: number;
  /** Weeks simulated before the first row and dropped. */
  burnInWeeks: number;
  /** True incremental leads per 1,000 spent over the dataset, by channel. */
  incrementalLeadsPer1000: { brand: number | null; search: number | null };
  /** The week's columns that are observations and the ones that are truth. */
  columns: { observed: string[]; truth: string[] };
}

export interface SyntheticDataset {
  rows: DatasetRow[];
  truth: DatasetTruth;
}

export const OBSERVED_COLUMNS = [
  'week',
  'brand_spend',
  'search_spend',
  'brand_impressions',
  'search_clicks',
  'leads',
  'opportunities',
  'wins',
  'revenue',
] as const;
export const TRUTH_COLUMNS = ['leads_expected', 'leads_baseline', 'leads_from_brand', 'leads_from_search'] as const;

/** The scenario with time in weeks: durations times 52/12 (window and sales cycle whole weeks), budgets divided by it. */
export function weeklyScenario(scenario: Scenario, weeks: number): Scenario {
  const w = WEEKS_PER_MONTH;
  return {
    ...scenario,
    cycleMonths: scenario.cycleMonths * w,
    windowMonths: Math.max(1, Math.round(scenario.windowMonths * w)),
    memoryHalfLifeMonths: scenario.memoryHalfLifeMonths * w,
    salesCycleMonths: Math.max(1, Math.round(scenario.salesCycleMonths * w)),
    monthlyBudget: scenario.monthlyBudget / w,
    horizonMonths: weeks,
    schedule: [],
  };
}

/** Brand spend in flights (on 2-8 weeks, off 1-6) keeping the plan's average; search spend times a mean-1 lognormal. */
export function spendPlan(weekly: Scenario, weeks: number, seed: number): BudgetPlan {
  const source = randomSource(seed);
  const normal = randomNormal(source);
  const base = budgetPlan(weekly, weeks);
  const on: boolean[] = [];
  let flightOn = source() < 0.5;
  while (on.length < weeks) {
    const length = flightOn ? 2 + Math.floor(source() * 7) : 1 + Math.floor(source() * 6);
    for (let i = 0; i < length && on.length < weeks; i++) on.push(flightOn);
    flightOn = !flightOn;
  }
  // At least one week on, so the plan's brand money is spent somewhere.
  if (!on.includes(true)) on[0] = true;
  const onWeeks = on.filter(Boolean).length;
  const plannedBrand = base.brand.reduce((a, b) => a + b, 0);
  const level = plannedBrand / onWeeks;
  const sigma = 0.3;
  return {
    brand: on.map((x) => (x ? level : 0)),
    activation: base.activation.map((a) => a * Math.exp(sigma * normal() - (sigma * sigma) / 2)),
  };
}

function isoWeek(index: number): string {
  return new Date(Date.UTC(2024, 0, 1 + 7 * index)).toISOString().slice(0, 10);
}

/** Shapley credit of the two budgets for one week's leads. */
function credit(both: MonthRow, noBrand: MonthRow, noSearch: MonthRow, neither: MonthRow) {
  return {
    baseline: neither.leads,
    brand: (both.leads - noBrand.leads + noSearch.leads - neither.leads) / 2,
    search: (both.leads - noSearch.leads + noBrand.leads - neither.leads) / 2,
  };
}

export function syntheticDataset(
  scenario: Scenario,
  { seed, weeks = 156, noise = 0.1, burnInWeeks, onProgress }: DatasetOptions,
): SyntheticDataset {
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed}`);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) throw new RangeError(`invalid weeks: ${weeks}`);
  if (!(noise >= 0 && noise <= 1)) throw new RangeError(`invalid noise: ${noise}`);
  const halfLifeWeeks = scenario.memoryHalfLifeMonths * WEEKS_PER_MONTH;
  const burnIn = burnInWeeks ?? Math.min(520, Math.ceil(5 * halfLifeWeeks));
  if (!Number.isInteger(burnIn) || burnIn < 0 || burnIn > 520) throw new RangeError(`invalid burnInWeeks: ${burnIn}`);
  const total = burnIn + weeks;
  const weekly = weeklyScenario(scenario, total);
  const plan = spendPlan(weekly, total, seed);
  const zeros = plan.brand.map(() => 0);
  const plans: BudgetPlan[] = [
    plan,
    { brand: zeros, activation: plan.activation },
    { brand: plan.brand, activation: zeros },
    { brand: zeros, activation: zeros },
  ];
  const [both, noBrand, noSearch, neither] = plans.map((p, i) => {
    const rows = simulatePlan(weekly, p);
    onProgress?.((i + 1) / (plans.length + 1));
    return rows;
  }) as [MonthRow[], MonthRow[], MonthRow[], MonthRow[]];
  // Noise has its own stream, so the spend of a seed does not depend on the noise level.
  const normal = randomNormal(randomSource(seed + 0x9e3779b9));
  const observe = (value: number) => value * Math.exp(noise * normal() - (noise * noise) / 2);
  let brandLeads = 0;
  let searchLeads = 0;
  let brandSpend = 0;
  let searchSpend = 0;
  const rows = both.slice(burnIn).map((row, k): DatasetRow => {
    const i = burnIn + k;
    const c = credit(row, noBrand[i]!, noSearch[i]!, neither[i]!);
    brandLeads += c.brand;
    searchLeads += c.search;
    brandSpend += row.brandSpend;
    searchSpend += row.activationSpend;
    return {
      week: isoWeek(k),
      brand_spend: row.brandSpend,
      search_spend: row.activationSpend,
      brand_impressions: scenario.brandCpm > 0 ? (row.brandSpend / scenario.brandCpm) * 1000 : 0,
      search_clicks: observe(row.paidClicks),
      leads: observe(row.leads),
      opportunities: observe(row.opportunities),
      wins: observe(row.wins),
      revenue: observe(row.revenue),
      leads_expected: row.leads,
      leads_baseline: c.baseline,
      leads_from_brand: c.brand,
      leads_from_search: c.search,
    };
  });
  onProgress?.(1);
  const per1000 = (leads: number, spend: number) => (spend > 0 ? (leads / spend) * 1000 : null);
  return {
    rows,
    truth: {
      scenario,
      seed,
      weeks,
      noise,
      weeklyMemoryRetention: 1 - forgetRate(weekly.memoryHalfLifeMonths),
      memoryHalfLifeWeeks: weekly.memoryHalfLifeMonths,
      burnInWeeks: burnIn,
      incrementalLeadsPer1000: { brand: per1000(brandLeads, brandSpend), search: per1000(searchLeads, searchSpend) },
      columns: { observed: [...OBSERVED_COLUMNS], truth: [...TRUTH_COLUMNS] },
    },
  };
}

/** A number as the CSV writes it: at most 6 decimals, no exponent, no trailing zeros. */
function csvNumber(value: number): string {
  // toFixed writes an exponent from 1e21 on; such a number is whole, so it is written in full.
  if (Math.abs(value) >= 1e21 && Number.isFinite(value)) return BigInt(value).toString();
  const fixed = value.toFixed(6).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** The dataset as CSV text, observed columns first, then truth columns; the same in Node and browsers. */
export function datasetCsv(rows: readonly DatasetRow[]): string {
  const columns = [...OBSERVED_COLUMNS, ...TRUTH_COLUMNS];
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => (c === 'week' ? row.week : csvNumber(row[c]))).join(','));
  return `${lines.join('\n')}\n`;
}

/** The JSON sidecar: the truth, pretty-printed. */
export function datasetJson(truth: DatasetTruth): string {
  return `${JSON.stringify(truth, null, 2)}\n`;
}

// A downturn cut to brand (MODEL.md target T7): the same scenario run twice, once holding its
// split and once with brand cut for a span of months and then restored, and what the cut cost.
// By default the money taken from brand goes to activation, so both runs spend the same total
// budget; a cut can instead save it (what the dashboard sees of a brand cut).

import { simulateExpected } from './expected.ts';
import { cumulative } from './rows.ts';
import type { CumulativeRow, MonthRow } from './rows.ts';
import type { Scenario, Segment } from './scenario.ts';

export interface BrandCut {
  held: MonthRow[];
  cut: MonthRow[];
  heldTotal: CumulativeRow[];
  cutTotal: CumulativeRow[];
  /** First and last month of the cut, both within the horizon. */
  from: number;
  to: number;
}

export interface BrandCutOptions {
  fromMonth: number;
  months: number;
  /** Brand share while the cut lasts. */
  brandShare: number;
  /**
   * Where the money taken from brand goes: to activation, so the total is unchanged (the
   * default, the downturn of target T7), or nowhere: saved, so activation spend is unchanged.
   */
  money?: 'moved' | 'saved';
}

/** The schedule segment of a brand cut, clipped to the horizon (see brandCut). */
export function cutSegment(
  scenario: Scenario,
  { fromMonth, months, brandShare, money = 'moved' }: BrandCutOptions,
): Segment & { fromMonth: number; toMonth: number } {
  // A cut that starts or runs past the horizon is clipped to it, so `from`..`to` is always drawable.
  const from = Math.min(fromMonth, scenario.horizonMonths);
  const to = Math.min(from + months - 1, scenario.horizonMonths);
  if (money === 'moved') return { fromMonth: from, toMonth: to, brandShare };
  // Saved: activation keeps its budget; brand keeps at most what it had.
  const activation = scenario.monthlyBudget * (1 - scenario.brandShare);
  const brand = scenario.monthlyBudget * Math.min(brandShare, scenario.brandShare);
  const total = activation + brand;
  return { fromMonth: from, toMonth: to, monthlyBudget: total, brandShare: total > 0 ? brand / total : 0 };
}

/** The scenario held at its split against the same scenario with brand cut; any schedule of its own is dropped. */
export function brandCut(scenario: Scenario, options: BrandCutOptions): BrandCut {
  const segment = cutSegment(scenario, options);
  const from = segment.fromMonth;
  const to = segment.toMonth;
  const held = simulateExpected({ ...scenario, schedule: [] });
  const cut = simulateExpected({ ...scenario, schedule: [segment] });
  return { held, cut, heldTotal: cumulative(held), cutTotal: cumulative(cut), from, to };
}

export interface BrandCutEffects {
  /** Mean change in monthly CPL during the cut, cut over held minus 1 (negative: cheaper). */
  during: number | null;
  /** Largest change in monthly CPL in the twelve months after the cut. */
  after: number | null;
  /** Share of the held run's cumulative leads the cut loses by the horizon. */
  lost: number | null;
}

/** What the cut did: cheaper leads while it lasts, dearer ones after, and leads lost for good. */
export function brandCutEffects(d: BrandCut): BrandCutEffects {
  const during: number[] = [];
  const after: number[] = [];
  // The year after the cut is where the memory it lost shows up as dearer leads.
  for (let t = d.from; t <= Math.min(d.to + 12, d.held.length); t++) {
    const held = d.held[t - 1]!.cpl;
    const cut = d.cut[t - 1]!.cpl;
    if (!held || cut === null) continue;
    (t <= d.to ? during : after).push(cut / held - 1);
  }
  const mean = during.length ? during.reduce((a, b) => a + b, 0) / during.length : null;
  const worst = after.length ? Math.max(...after) : null;
  const heldLeads = d.heldTotal.at(-1)!.leads;
  const lost = heldLeads > 0 ? 1 - d.cutTotal.at(-1)!.leads / heldLeads : null;
  return { during: mean, after: worst, lost };
}

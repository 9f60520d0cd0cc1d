// Splits of one budget compared over time: the same scenario run at several brand shares, and
// the month from which one split's cumulative cost per lead stays below another's.

import { simulateExpected } from './expected.ts';
import { cumulative } from './rows.ts';
import type { CumulativeRow, MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export interface ShareRun {
  share: number;
  rows: MonthRow[];
  cumulative: CumulativeRow[];
}

/** The scenario at a constant brand share (its schedule cleared), month by month and added up. */
export function runAtShare(scenario: Scenario, share: number): ShareRun {
  const rows = simulateExpected({ ...scenario, brandShare: share, schedule: [] });
  return { share, rows, cumulative: cumulative(rows) };
}

/** First month from which `a`'s cumulative CPL is below `b`'s for good; null if never. */
export function crossoverMonth(a: Pick<ShareRun, 'cumulative'>, b: Pick<ShareRun, 'cumulative'>): number | null {
  let month: number | null = null;
  for (let i = 0; i < a.cumulative.length; i++) {
    const below = (a.cumulative[i]!.cpl ?? Infinity) < (b.cumulative[i]!.cpl ?? Infinity);
    if (below && month === null) month = i + 1;
    if (!below) month = null;
  }
  return month;
}

/** a / b - 1, or null when either is missing. */
export function relative(a: number | null, b: number | null): number | null {
  return a !== null && b ? a / b - 1 : null;
}

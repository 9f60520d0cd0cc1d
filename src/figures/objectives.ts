// What a split is judged by (leads, opportunities, wins, contribution): the switch four figures
// share, in a module of its own so that a figure using it does not load the horizon sweep.

import type { SweepObjective, SweepPoint } from '../model/index.ts';
import { formatMonths } from '../lib/format.ts';
import { switchSetting } from './common.ts';
import type { FigureState } from './types.ts';

export const OBJECTIVES: readonly { value: number; id: SweepObjective; label: string; noun: string }[] = [
  { value: 0, id: 'leads', label: 'Leads', noun: 'leads' },
  { value: 1, id: 'opportunities', label: 'Opportunities', noun: 'opportunities' },
  { value: 2, id: 'wins', label: 'Wins', noun: 'wins' },
  { value: 3, id: 'contribution', label: 'Contribution', noun: 'contribution' },
];

export const objectiveSetting = switchSetting(
  'What you count',
  'The total the best split maximizes over the horizon. Contribution is booked revenue less all spend: it counts revenue when a deal closes, a sales cycle after its lead, less brand, activation and sales spend.',
  'The model (see /model/).',
  OBJECTIVES.map(({ value, label }) => ({ value, label })),
);

export function objectiveOf(state: FigureState) {
  return OBJECTIVES.find((o) => o.value === state.extras['objective']) ?? OBJECTIVES[0]!;
}

/** The best share at `horizon` months; null past the horizons swept. */
export function shareAt(points: readonly SweepPoint[], horizon: number): number | null {
  return points[horizon - 1]?.brandShare ?? null;
}

/**
 * What MODEL.md section 14 says the site must say: over a horizon in which no deal closes,
 * contribution counts only spending, so maximizing it only minimizes spend. Every figure that
 * counts contribution over such a horizon says it in these words.
 */
export function spendOnlyNote(salesCycleMonths: number): string {
  return `Over horizons no longer than the sales cycle of ${formatMonths(salesCycleMonths)} no deal closes, so contribution is only spending, and the best plan is the cheapest one.`;
}

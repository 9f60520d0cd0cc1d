// Figure: your split. The reader's numbers through the model: what you count, summed over your
// horizon, at every brand share of your budget, with your current split and the best marked,
// and one recommendation sentence computed from the curve, with the assumptions it rests on.
// The plan is one market, or the account-tiers figure's three tiers of accounts at their
// default budget split, each running the same brand share, with the objective summed over them.

import { noDealCloses, objectiveByShare, tiersObjectiveByShare } from '../model/index.ts';
import type { Scenario } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { formatCount, formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides, splitLabel } from './splits.ts';
import { OBJECTIVES, objectiveOf, objectiveSetting, spendOnlyNote } from './objectives.ts';
import { marketPresetsFor, switchSetting } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

/** Values of the `plan` setting. */
export const PLAN_ONE_MARKET = 0;
export const PLAN_TIERS = 1;

const planSetting = switchSetting(
  'Plan',
  'One market: the whole budget on the category as one. Three tiers of accounts: the budget split across the named accounts, the mid tier and the long tail as in the tiers figure above (its default split), every tier at the same brand share, with what you count added up over the three.',
  'The model: MODEL.md section 15 (segments).',
  [
    { value: PLAN_ONE_MARKET, label: 'One market' },
    { value: PLAN_TIERS, label: 'Three tiers of accounts' },
  ],
);

/**
 * How many brand shares the tiers plan runs (0 to 100% in equal steps). Three tiers cost three
 * runs per share, each as long as the horizon. Measured in Chromium with bench:redraw's method,
 * counting wins: the 1% grid redraws in a median of 6.3 ms at 36 months and 7.2 ms at 60; the 2%
 * grid in 4.5 ms at 61 months and 7.0 ms at 120. So the grid coarsens with the horizon to keep
 * the redraw under its 8 ms: 1% up to 48 months, 2% up to 96, 4% beyond (medians then 4.6-5.6 ms
 * at 36, 48, 96 and 120 months).
 */
export function tierShares(horizonMonths: number): number {
  return horizonMonths <= 48 ? 101 : horizonMonths <= 96 ? 51 : 26;
}

export interface YourSplitRows {
  objective: (typeof OBJECTIVES)[number];
  /** Whether the curve sums the three tiers of accounts rather than one market. */
  tiers: boolean;
  curve: { share: number; value: number }[];
  best: { share: number; value: number };
  current: { share: number; value: number };
  /** The shares within 1% of the best value: a range, not a point, is what the model supports. */
  near: [number, number];
}

const CONTROLS = [
  'monthlyBudget',
  'brandShare',
  'horizonMonths',
  'buyers',
  'cycleMonths',
  'windowMonths',
  'initialSalience',
  'memoryHalfLifeMonths',
  'brandFirstRate',
  'medianCpc',
  'dealSize',
] as const;

function formatValue(objective: YourSplitRows['objective'], value: number): string {
  return objective.id === 'contribution' ? formatCurrency(value) : formatCount(value);
}

/** The one sentence the chapter ends on, from the curve. */
export function recommendation(d: YourSplitRows, scenario: Scenario): string {
  // Relative to the size of the current total, so that a best plan that loses less (contribution
  // below zero, as over a horizon in which no deal closes) reads as giving more, not less.
  const gain = d.current.value !== 0 ? (d.best.value - d.current.value) / Math.abs(d.current.value) : null;
  const range =
    d.near[0] === d.near[1]
      ? splitLabel(d.near[0])
      : `${formatPercent(d.near[0])} to ${formatPercent(d.near[1])} brand`;
  const verb =
    Math.abs(d.best.share - d.current.share) < 0.005
      ? `keep your ${splitLabel(d.current.share)}: it already gives the most`
      : `move from ${splitLabel(d.current.share)} toward ${splitLabel(d.best.share)}, which gives ${gain === null ? 'more' : `${formatPercent(Math.abs(gain))} ${gain >= 0 ? 'more' : 'less'}`}`;
  const over = d.tiers ? ', summed over the three tiers of accounts at one brand share,' : ',';
  const spendOnly =
    d.objective.id === 'contribution' && noDealCloses(scenario.horizonMonths, scenario.salesCycleMonths)
      ? ` ${spendOnlyNote(scenario.salesCycleMonths)}`
      : '';
  return `Judged on ${d.objective.noun} over ${formatMonths(scenario.horizonMonths)}${over} ${verb} ${d.objective.noun}; any split from ${range} comes within 1% of the best.${spendOnly}`;
}

export const yourSplitFigure: FigureDefinition<YourSplitRows> = {
  name: 'your-split',
  namespace: 'yours',
  title: 'Your split',
  caption:
    'What you count, summed over your horizon, at every brand share of your budget: your numbers through the whole model, as one market or (Plan) as the three tiers of accounts of the figure above, each at the same brand share. The marker shows your current split; the shaded band, the splits within 1% of the best.',
  overrides: budgetOverrides,
  controls: [...CONTROLS],
  primary: ['brandShare', 'objective', 'plan'],
  extras: { objective: objectiveSetting, plan: planSetting },
  presets: marketPresetsFor([...CONTROLS]),
  // Drag the current split along the curve.
  handles: [{ setting: 'brandShare', label: 'Your current brand share' }],
  legend: [
    { className: 'c-brand', label: 'Total over your horizon' },
    { className: 'c-ever', label: 'Your current split' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute(state) {
    const objective = objectiveOf(state);
    const tiers = state.extras['plan'] === PLAN_TIERS;
    const curve = tiers
      ? tiersObjectiveByShare(state.scenario, objective.id, tierShares(state.scenario.horizonMonths))
      : objectiveByShare(state.scenario, objective.id);
    const best = curve.reduce((a, p) => (p.value > a.value ? p : a), curve[0]!);
    const share = state.scenario.brandShare;
    const current = curve.reduce((a, p) => (Math.abs(p.share - share) < Math.abs(a.share - share) ? p : a), curve[0]!);
    const tolerance = Math.abs(best.value) * 0.01;
    const within = curve.filter((p) => p.value >= best.value - tolerance).map((p) => p.share);
    return { objective, tiers, curve, best, current, near: [Math.min(...within), Math.max(...within)] };
  },
  draw(d, _state, options) {
    return lineChart(
      d.curve.map((p) => ({
        x: p.share,
        series: d.objective.label.split(' (')[0]!,
        role: 'c-brand' as const,
        value: p.value,
      })),
      {
        ...options,
        xLabel: 'Brand share of the budget',
        yLabel: `${d.objective.label.split(' (')[0]} over your horizon${d.tiers ? ', three tiers' : ''}`,
        xFormat: '.0%',
        yFormat: d.objective.id === 'contribution' ? '$.2~s' : ',.0f',
        xDomain: [0, 1],
        spans: [{ from: d.near[0], to: d.near[1], label: '' }],
        markers: [
          { x: d.current.share, y: d.current.value, label: `yours: ${formatPercent(d.current.share)}`, role: 'c-ever' },
          { x: d.best.share, y: d.best.value, label: `best: ${formatPercent(d.best.share)}`, role: 'c-brand' },
        ],
        labelEnds: false,
      },
    );
  },
  summary(d, { scenario }) {
    return recommendation(d, scenario);
  },
  values(d) {
    return { best: d.best.share, current: d.current.share };
  },
  stats(d, { scenario }) {
    return {
      // As prose quotes it: in two sentences, so that neither carries more than four numbers.
      recommendation: recommendation(d, scenario).replace('; any split from', '. Any split from'),
      objective: d.objective.noun,
      horizon: formatMonths(scenario.horizonMonths),
      best: formatPercent(d.best.share),
      current: formatPercent(d.current.share),
      bestValue: formatValue(d.objective, d.best.value),
      currentValue: formatValue(d.objective, d.current.value),
      nearLow: formatPercent(d.near[0]),
      nearHigh: formatPercent(d.near[1]),
      budget: formatCurrency(scenario.monthlyBudget),
      buyers: formatCount(scenario.buyers),
      cycle: formatMonths(scenario.cycleMonths),
      halfLife: formatMonths(scenario.memoryHalfLifeMonths),
      brandFirstRate: formatPercent(scenario.brandFirstRate),
      startingMemory: formatPercent(scenario.initialSalience),
      medianCpc: formatCurrency(scenario.medianCpc),
    };
  },
  table(d) {
    return {
      columns: [
        percentColumn('share', 'Brand share'),
        countColumn('value', `Total ${d.objective.noun}${d.tiers ? ', three tiers' : ''}`),
      ],
      rows: d.curve.map((p) => ({ ...p })),
    };
  },
};

// Figure: your split. The reader's numbers through the model: what you count, summed over your
// horizon, at every brand share of your budget, with your current split and the best marked,
// and one recommendation sentence computed from the curve, with the assumptions it rests on.

import { objectiveByShare } from '../model/index.ts';
import type { Scenario } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { formatCount, formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides, splitLabel } from './splits.ts';
import { OBJECTIVES, objectiveOf, objectiveSetting } from './objectives.ts';
import { marketPresetsFor } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

export interface YourSplitRows {
  objective: (typeof OBJECTIVES)[number];
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
  const gain = d.current.value !== 0 ? d.best.value / d.current.value - 1 : null;
  const range =
    d.near[0] === d.near[1]
      ? splitLabel(d.near[0])
      : `${formatPercent(d.near[0])} to ${formatPercent(d.near[1])} brand`;
  const verb =
    Math.abs(d.best.share - d.current.share) < 0.005
      ? `keep your ${splitLabel(d.current.share)}: it already gives the most`
      : `move from ${splitLabel(d.current.share)} toward ${splitLabel(d.best.share)}, which gives ${gain === null ? 'more' : `${formatPercent(Math.abs(gain))} ${gain >= 0 ? 'more' : 'less'}`}`;
  return `Judged on ${d.objective.noun} over ${formatMonths(scenario.horizonMonths)}, ${verb} ${d.objective.noun}; any split from ${range} comes within 1% of the best.`;
}

export const yourSplitFigure: FigureDefinition<YourSplitRows> = {
  name: 'your-split',
  namespace: 'yours',
  title: 'Your split',
  caption:
    'What you count, summed over your horizon, at every brand share of your budget: your numbers through the whole model. The marker shows your current split; the shaded band, the splits within 1% of the best.',
  overrides: budgetOverrides,
  controls: [...CONTROLS],
  extras: { objective: objectiveSetting },
  presets: marketPresetsFor([...CONTROLS]),
  legend: [
    { className: 'c-brand', label: 'Total over your horizon' },
    { className: 'c-ever', label: 'Your current split' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute(state) {
    const objective = objectiveOf(state);
    const curve = objectiveByShare(state.scenario, objective.id);
    const best = curve.reduce((a, p) => (p.value > a.value ? p : a), curve[0]!);
    const share = state.scenario.brandShare;
    const current = curve.reduce((a, p) => (Math.abs(p.share - share) < Math.abs(a.share - share) ? p : a), curve[0]!);
    const tolerance = Math.abs(best.value) * 0.01;
    const within = curve.filter((p) => p.value >= best.value - tolerance).map((p) => p.share);
    return { objective, curve, best, current, near: [Math.min(...within), Math.max(...within)] };
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
        yLabel: `${d.objective.label.split(' (')[0]} over your horizon`,
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
      recommendation: recommendation(d, scenario),
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
      columns: [percentColumn('share', 'Brand share'), countColumn('value', `Total ${d.objective.noun}`)],
      rows: d.curve.map((p) => ({ ...p })),
    };
  },
};

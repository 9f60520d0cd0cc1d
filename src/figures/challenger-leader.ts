// Figure: challenger or leader. The best brand share by horizon for brands that start from
// almost nobody knowing them up to a category leader, counting what the reader chooses.

import { bestByMemory } from '../model/index.ts';
import type { ParameterKey, Scenario, SweepObjective, SweepPoint } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import type { Role } from '../charts/palette.ts';
import { formatMonths, formatPercent } from '../lib/format.ts';
import { lastResult } from '../lib/memo.ts';
import { budgetOverrides } from './splits.ts';
import { OBJECTIVES, objectiveOf, objectiveSetting, shareAt } from './objectives.ts';
import { marketPresetsFor } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const ROLES: Role[] = ['c-in', 'c-activation', 'c-bought', 'c-brand'];

const CONTROLS: ParameterKey[] = [
  'horizonMonths',
  'monthlyBudget',
  'memoryHalfLifeMonths',
  'brandFirstRate',
  'cycleMonths',
  'windowMonths',
  'medianCpc',
];

export interface MemoryRows {
  objective: (typeof OBJECTIVES)[number];
  levels: { salience: number; label: string; points: SweepPoint[] }[];
}

/**
 * The three sweeps, kept while their inputs stay: each sweep runs its own horizons (1 to `longest`)
 * whatever the scenario's horizon, so moving the horizon within 60 months only moves the marker.
 */
const sweeps = lastResult(
  (scenario: Scenario, objective: SweepObjective, longest: number) => bestByMemory(scenario, objective, longest),
  (scenario, objective, longest) => JSON.stringify([{ ...scenario, horizonMonths: null }, objective, longest]),
);

export const challengerLeaderFigure: FigureDefinition<MemoryRows> = {
  name: 'challenger-leader',
  namespace: 'memory2',
  title: 'Challenger or leader',
  caption:
    'The brand share that gives the most of what you count, for every horizon up to five years, for four brands that differ only in how many buyers already have them in mind when the plan starts.',
  overrides: budgetOverrides,
  primary: ['horizonMonths', 'objective', 'memoryHalfLifeMonths'],
  controls: CONTROLS,
  extras: { objective: objectiveSetting },
  presets: marketPresetsFor(CONTROLS),
  legend: [
    { className: 'c-in', label: 'Unknown: 1% remember the brand' },
    { className: 'c-activation', label: 'Challenger: 10%' },
    { className: 'c-bought', label: 'Known: 25%' },
    { className: 'c-brand', label: 'Leader: 40%' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute(state) {
    const objective = objectiveOf(state);
    return {
      objective,
      levels: sweeps(state.scenario, objective.id, Math.max(60, state.scenario.horizonMonths)),
    };
  },
  draw(d, { scenario }, options) {
    return lineChart(
      d.levels.flatMap((level, i) =>
        level.points.map((p) => ({
          x: p.horizon,
          series: level.label.split(' (')[0]!,
          role: ROLES[i]!,
          value: p.brandShare,
        })),
      ),
      {
        ...options,
        xLabel: 'Horizon (months)',
        yLabel: 'Best brand share',
        yFormat: '.0%',
        yDomain: [0, 1],
        xDomain: [1, d.levels[0]!.points.length],
        curve: 'step-after',
        rules: [
          { x: scenario.horizonMonths, label: `your horizon: ${formatMonths(scenario.horizonMonths)}`, role: 'c-ever' },
        ],
      },
    );
  },
  summary(d, { scenario }) {
    const h = scenario.horizonMonths;
    return `Counting ${d.objective.noun} over ${formatMonths(h)}, the best brand share is ${d.levels.map((l) => `${formatPercent(shareAt(l.points, h))} for a brand ${l.salience === 0.01 ? 'almost nobody knows' : `${formatPercent(l.salience)} of buyers remember`}`).join(', ')}: the less a brand is already remembered, the more of its budget should build memory.`;
  },
  values(d, { scenario }) {
    return {
      unknown: shareAt(d.levels[0]!.points, scenario.horizonMonths),
      leader: shareAt(d.levels[3]!.points, scenario.horizonMonths),
    };
  },
  stats(d, { scenario }) {
    const h = scenario.horizonMonths;
    const [unknown, challenger, known, leader] = d.levels as [
      MemoryRows['levels'][0],
      MemoryRows['levels'][0],
      MemoryRows['levels'][0],
      MemoryRows['levels'][0],
    ];
    const zero = (points: SweepPoint[]) => {
      let last = 0;
      for (const p of points) if (p.brandShare === 0) last = p.horizon;
      return last === 0 ? 'at no horizon' : `up to ${formatMonths(last)}`;
    };
    return {
      objective: d.objective.noun,
      horizon: formatMonths(h),
      unknown: formatPercent(shareAt(unknown.points, h)),
      challenger: formatPercent(shareAt(challenger.points, h)),
      known: formatPercent(shareAt(known.points, h)),
      leader: formatPercent(shareAt(leader.points, h)),
      unknownAt12: formatPercent(shareAt(unknown.points, 12)),
      leaderAt12: formatPercent(shareAt(leader.points, 12)),
      unknownZero: zero(unknown.points),
      leaderZero: zero(leader.points),
    };
  },
  table(d) {
    return {
      columns: [countColumn('horizon', 'Horizon (months)'), ...d.levels.map((l, i) => percentColumn(`s${i}`, l.label))],
      rows: d.levels[0]!.points.map((p, k) => ({
        horizon: p.horizon,
        ...Object.fromEntries(d.levels.map((l, i) => [`s${i}`, l.points[k]!.brandShare])),
      })),
    };
  },
};

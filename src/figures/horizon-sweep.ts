// Figure: the split depends on the horizon and on what you count. For every horizon from 1 to
// 60 months, the brand share that maximizes the chosen objective summed over that many months
// (MODEL.md target T6 for leads, section 14 for opportunities, wins and contribution),
// recomputed on every change; the leads answer stays on the chart for comparison.

import { sweep } from '../model/index.ts';
import type { SweepPoint } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import type { LineRow } from '../charts/lineChart.ts';
import { formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { switchSetting } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';
import { OBJECTIVES, objectiveOf, objectiveSetting, shareAt, spendOnlyNote } from './objectives.ts';

export { OBJECTIVES, objectiveOf, objectiveSetting, shareAt } from './objectives.ts';

const reading = switchSetting(
  'B2B reference line',
  'Paddington (2026) reports the B2B Institute\u2019s split as 54% brand and 46% activation (\u201cas reported\u201d); some summaries quote it the other way round (\u201creversed\u201d: 46% brand).',
  'Paddington (2026), citing the LinkedIn B2B Institute with Binet and Field.',
  [
    // 54% first, so it is the default; the values keep their meaning from older links.
    { value: 1, label: '54% brand (as reported)' },
    { value: 0, label: '46% brand (reversed)' },
  ],
);

export interface HorizonSweepRows {
  objective: (typeof OBJECTIVES)[number];
  best: SweepPoint[];
  /** The leads answer, for comparison (the same array as `best` when counting leads). */
  leads: SweepPoint[];
  maxHorizon: number;
}

/** The longest horizon at which spending nothing on brand is best; 0 if there is none. */
export function zeroUntil(points: readonly SweepPoint[]): number {
  let last = 0;
  for (const p of points) if (p.brandShare === 0) last = p.horizon;
  return last;
}

/** The first horizon at which the best share reaches `share`; null if it never does. */
export function firstReaching(points: readonly SweepPoint[], share: number): number | null {
  return points.find((p) => p.brandShare >= share - 1e-9)?.horizon ?? null;
}

export const horizonSweepFigure: FigureDefinition<HorizonSweepRows> = {
  name: 'horizon-sweep',
  namespace: 'sweep',
  title: 'The best split depends on the horizon, and on what you count',
  caption:
    'For each planning horizon, the brand share (from 0 to 100% in steps of 1%) that gives the most of what you count, summed over that many months at the same budget. The dashed line is the answer counted in leads. Dashed rules: Binet & Field\u2019s 60% brand for consumer brands, and the B2B Institute\u2019s figure in the reading you choose.',
  overrides: budgetOverrides,
  controls: [
    'horizonMonths',
    'monthlyBudget',
    'buyers',
    'initialSalience',
    'memoryHalfLifeMonths',
    'encodingPerExposure',
    'brandFirstRate',
  ],
  primary: ['horizonMonths', 'objective'],
  extras: { objective: objectiveSetting, reading },
  presets: [],
  // Drag the horizon along the sweep.
  handles: [{ setting: 'horizonMonths', label: 'Horizon' }],
  legend: [
    { className: 'c-brand', label: 'Best brand share for what you count' },
    { className: 'c-activation', label: 'Best share counted in leads (dashed)' },
    { className: 'c-ever', label: 'Published splits (dashed rules)' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute(state) {
    const { scenario } = state;
    const maxHorizon = Math.max(60, scenario.horizonMonths);
    const horizons = Array.from({ length: maxHorizon }, (_, i) => i + 1);
    const base = { ...scenario, schedule: [] };
    const chosen = objectiveOf(state);
    const leads = sweep(base, { objective: 'leads', horizons });
    const best = chosen.id === 'leads' ? leads : sweep(base, { objective: chosen.id, horizons });
    return { objective: chosen, best, leads, maxHorizon };
  },
  draw(rows, { extras, scenario }, options) {
    const horizon = scenario.horizonMonths;
    const mine = shareAt(rows.best, horizon);
    const b2b = extras['reading'] === 0 ? 0.46 : 0.54;
    const lines: LineRow[] = rows.best.map((b) => ({
      x: b.horizon,
      series: `Counting ${rows.objective.noun}`,
      role: 'c-brand',
      value: b.brandShare,
    }));
    if (rows.objective.id !== 'leads') {
      lines.unshift(
        ...rows.leads.map((b) => ({
          x: b.horizon,
          series: 'Counting leads',
          role: 'c-activation' as const,
          value: b.brandShare,
          dashed: true,
        })),
      );
    }
    return lineChart(lines, {
      ...options,
      xLabel: 'Horizon (months)',
      yLabel: 'Best brand share',
      yFormat: '.0%',
      xDomain: [1, rows.maxHorizon],
      yDomain: [0, 1],
      curve: 'step-after',
      rules: [
        { y: 0.6, label: '60%: Binet & Field', role: 'c-ever' },
        { y: b2b, label: `${formatPercent(b2b)}: B2B Institute`, role: 'c-ever' },
      ],
      markers: mine === null ? [] : [{ x: horizon, y: mine, label: `yours: ${formatPercent(mine)}`, role: 'c-brand' }],
    });
  },
  summary(rows, { scenario }) {
    const noun = rows.objective.noun;
    const zero = zeroUntil(rows.best);
    const start =
      zero > 0
        ? `Over horizons up to ${formatMonths(zero)} the most ${noun} come from spending nothing on brand`
        : `At every horizon some brand spend gives the most ${noun}`;
    const contribution = rows.objective.id === 'contribution' ? ` ${spendOnlyNote(scenario.salesCycleMonths)}` : '';
    const comparison =
      rows.objective.id === 'leads'
        ? ''
        : ` Counted in leads, the best share at your horizon would be ${formatPercent(shareAt(rows.leads, scenario.horizonMonths))}.`;
    return `At your horizon of ${formatMonths(scenario.horizonMonths)} the most ${noun} come from ${formatPercent(shareAt(rows.best, scenario.horizonMonths))} brand. ${start}; the best share is ${formatPercent(shareAt(rows.best, 12))} at 12 months, ${formatPercent(shareAt(rows.best, 24))} at 24, ${formatPercent(shareAt(rows.best, 36))} at 36 and ${formatPercent(shareAt(rows.best, 60))} at 60.${comparison}${contribution}`;
  },
  values(rows, { scenario }) {
    return {
      bestAtHorizon: shareAt(rows.best, scenario.horizonMonths),
      bestAt36: shareAt(rows.best, 36),
      leadsAt36: shareAt(rows.leads, 36),
    };
  },
  stats(rows, { scenario }) {
    const reach = (points: readonly SweepPoint[]) => {
      const h = firstReaching(points, 0.5);
      return h === null ? 'never, within five years' : formatMonths(h);
    };
    return {
      objective: rows.objective.noun,
      horizon: formatMonths(scenario.horizonMonths),
      bestAtHorizon: formatPercent(shareAt(rows.best, scenario.horizonMonths)),
      zeroUntil: formatMonths(zeroUntil(rows.best)),
      bestAt12: formatPercent(shareAt(rows.best, 12)),
      bestAt24: formatPercent(shareAt(rows.best, 24)),
      bestAt36: formatPercent(shareAt(rows.best, 36)),
      bestAt60: formatPercent(shareAt(rows.best, 60)),
      leadsAt12: formatPercent(shareAt(rows.leads, 12)),
      leadsAt36: formatPercent(shareAt(rows.leads, 36)),
      leadsZeroUntil: formatMonths(zeroUntil(rows.leads)),
      halfBrandFrom: reach(rows.best),
      leadsHalfBrandFrom: reach(rows.leads),
      firstB2b: (() => {
        const h = firstReaching(rows.best, 0.54);
        return h === null ? 'never, within five years' : formatMonths(h);
      })(),
    };
  },
  table(rows) {
    const columns = [
      countColumn('horizon', 'Horizon (months)'),
      percentColumn('share', `Best brand share (${rows.objective.noun})`),
    ];
    if (rows.objective.id !== 'leads') columns.push(percentColumn('leadsShare', 'Best brand share (leads)'));
    return {
      columns,
      rows: rows.best.map((b, i) => ({
        horizon: b.horizon,
        share: b.brandShare,
        leadsShare: rows.leads[i]!.brandShare,
      })),
    };
  },
};

// Figure: the split depends on the horizon. For every horizon from 1 to 60 months, the brand
// share that maximizes cumulative leads (MODEL.md target T6), recomputed on every change.

import { bestShareAt, splitSweep, zeroBrandUntil } from '../model/index.ts';
import type { SplitSweep } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { switchSetting } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const reading = switchSetting(
  'B2B reference line',
  'The sources disagree on which way round the B2B Institute\u2019s 46/54 split goes.',
  'MODEL.md (46% brand, WARC); Paddington (2026) reports 54% brand.',
  [
    { value: 0, label: '46% brand (B2B Institute, as MODEL.md quotes it)' },
    { value: 1, label: '54% brand (as Paddington, 2026, reports it)' },
  ],
);

export const horizonSweepFigure: FigureDefinition<SplitSweep> = {
  name: 'horizon-sweep',
  namespace: 'sweep',
  title: 'The best split depends on the horizon',
  caption:
    'For each planning horizon, the brand share (from 0 to 100% in steps of 1%) that gives the most leads in total over that many months at the same budget. Dashed: Binet & Field\u2019s 60% brand for consumer brands, and the B2B Institute\u2019s figure in the reading you choose.',
  overrides: budgetOverrides,
  controls: ['horizonMonths', 'memoryHalfLifeMonths', 'encodingPerExposure', 'brandFirstRate', 'monthlyBudget'],
  extras: { reading },
  presets: [],
  legend: [
    { className: 'c-brand', label: 'Brand share with the most leads' },
    { className: 'c-ever', label: 'Published splits' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute({ scenario }) {
    return splitSweep({ ...scenario, schedule: [] }, { shares: 101, maxHorizon: Math.max(60, scenario.horizonMonths) });
  },
  draw(sweep, { extras, scenario }, options) {
    const horizon = scenario.horizonMonths;
    const mine = bestShareAt(sweep, horizon);
    const b2b = extras['reading'] === 1 ? 0.54 : 0.46;
    return lineChart(
      sweep.best.map((b) => ({ x: b.horizon, series: 'Best share', role: 'c-brand' as const, value: b.share })),
      {
        ...options,
        xLabel: 'Horizon (months)',
        yLabel: 'Brand share with the most leads',
        yFormat: '.0%',
        xDomain: [1, sweep.maxHorizon],
        yDomain: [0, 1],
        curve: 'step-after',
        rules: [
          { y: 0.6, label: '60%: Binet & Field (consumer)', role: 'c-ever' },
          { y: b2b, label: `${formatPercent(b2b)}: B2B Institute`, role: 'c-ever' },
        ],
        markers:
          mine === null
            ? []
            : [{ x: horizon, y: mine, label: `your horizon: ${formatPercent(mine)}`, role: 'c-brand' }],
      },
    );
  },
  summary(sweep, { scenario }) {
    return `At your horizon of ${formatMonths(scenario.horizonMonths)} the most leads come from ${formatPercent(bestShareAt(sweep, scenario.horizonMonths))} brand. Over horizons up to ${formatMonths(zeroBrandUntil(sweep))} the most leads come from spending nothing on brand; the best share is ${formatPercent(bestShareAt(sweep, 12))} at 12 months, ${formatPercent(bestShareAt(sweep, 24))} at 24, ${formatPercent(bestShareAt(sweep, 36))} at 36 and ${formatPercent(bestShareAt(sweep, 60))} at 60.`;
  },
  values(sweep, { scenario }) {
    return { bestAtHorizon: bestShareAt(sweep, scenario.horizonMonths), bestAt36: bestShareAt(sweep, 36) };
  },
  stats(sweep, { scenario }) {
    return {
      horizon: formatMonths(scenario.horizonMonths),
      bestAtHorizon: formatPercent(bestShareAt(sweep, scenario.horizonMonths)),
      zeroUntil: formatMonths(zeroBrandUntil(sweep)),
      bestAt12: formatPercent(bestShareAt(sweep, 12)),
      bestAt24: formatPercent(bestShareAt(sweep, 24)),
      bestAt36: formatPercent(bestShareAt(sweep, 36)),
      bestAt60: formatPercent(bestShareAt(sweep, 60)),
    };
  },
  table(sweep) {
    return {
      columns: [
        countColumn('horizon', 'Horizon (months)'),
        percentColumn('share', 'Best brand share'),
        countColumn('leads', 'Cumulative leads at that share'),
      ],
      rows: sweep.best.map((b) => ({ ...b })),
    };
  },
};

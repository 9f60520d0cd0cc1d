// Figure: what the brand spend builds while CPL looks worse: the share of all buyers who have
// the brand in mind, for the same three splits, beside the decay of memory left unrenewed.

import { lineChart } from '../charts/lineChart.ts';
import { fadingSalience } from '../model/index.ts';
import { formatCount, formatMonths, formatPercent } from '../lib/format.ts';
import { brandSettings, splitLegend, splitRuns } from './splits.ts';
import type { SplitRun } from './splits.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

export interface Memory {
  runs: SplitRun[];
  /** Salience with no brand spend at all: the starting memory fading at the half-life. */
  fading: number[];
}

export const memoryFigure: FigureDefinition<Memory> = {
  name: 'memory',
  namespace: 'memory',
  title: 'What the brand budget is building',
  caption:
    'The share of all buyers, in market or not, who have the brand in mind each month, for the same three splits. The grey dashed line is memory with no brand spend: the starting level halving every half-life, marked where it has halved.',
  ...brandSettings,
  primary: ['brandShare', 'memoryHalfLifeMonths'],
  extras: {},
  legend: [
    ...splitLegend,
    { className: 'c-ever', label: 'Your split (dashed)' },
    { className: 'c-out', label: 'No brand spend: memory left alone (dashed)' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute({ scenario }) {
    const fading = fadingSalience(scenario.initialSalience, scenario.memoryHalfLifeMonths, scenario.horizonMonths);
    return { runs: splitRuns(scenario), fading };
  },
  draw({ runs, fading }, { scenario }, options) {
    const h = scenario.memoryHalfLifeMonths;
    const months = fading.length;
    return lineChart(
      [
        ...runs.flatMap((run) =>
          run.rows.map((r) => ({
            x: r.month,
            series: run.label,
            role: run.role,
            value: r.salience,
            dashed: run.dashed,
          })),
        ),
        ...fading.map((value, i) => ({
          x: i + 1,
          series: 'No brand spend',
          role: 'c-out' as const,
          value,
          dashed: true,
        })),
      ],
      {
        ...options,
        xLabel: 'Month',
        yLabel: 'Buyers who have the brand in mind',
        yFormat: '.0%',
        xDomain: [1, Math.max(2, months)],
        markers:
          h <= months
            ? [{ x: h, y: scenario.initialSalience / 2, label: `half-life ${formatMonths(h)}`, role: 'c-ever' }]
            : [],
      },
    );
  },
  summary({ runs }, { scenario }) {
    const [light, heavy, own] = runs as [SplitRun, SplitRun, SplitRun];
    const last = light.rows.length;
    return `Starting from ${formatPercent(scenario.initialSalience)} of buyers, by month ${formatCount(last)} the brand is in the mind of ${formatPercent(heavy.rows.at(-1)!.salience)} at 60% brand, ${formatPercent(light.rows.at(-1)!.salience)} at 10% brand and ${formatPercent(own.rows.at(-1)!.salience)} with your split; memory left alone halves every ${formatMonths(scenario.memoryHalfLifeMonths)}.`;
  },
  stats({ runs }, { scenario }) {
    const [light, heavy] = runs as [SplitRun, SplitRun, SplitRun];
    return {
      halfLife: formatMonths(scenario.memoryHalfLifeMonths),
      lastSalienceHeavy: formatPercent(heavy.rows.at(-1)!.salience),
      lastSalienceLight: formatPercent(light.rows.at(-1)!.salience),
      startSalience: formatPercent(scenario.initialSalience),
    };
  },
  table({ runs, fading }) {
    const [light, heavy, own] = runs as [SplitRun, SplitRun, SplitRun];
    return {
      columns: [
        countColumn('month', 'Month'),
        percentColumn('light', '10% brand'),
        percentColumn('heavy', '60% brand'),
        percentColumn('own', `${formatPercent(own.share)} brand`),
        percentColumn('fading', 'No brand spend'),
      ],
      rows: light.rows.map((r, i) => ({
        month: r.month,
        light: r.salience,
        heavy: heavy.rows[i]!.salience,
        own: own.rows[i]!.salience,
        fading: fading[i],
      })),
    };
  },
};

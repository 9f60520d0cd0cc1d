// Figure: sales velocity by split. Roberge's equation (opportunities x deal size x win rate /
// sales cycle) from the model's own opportunities and wins, at every brand share of the same
// budget, in month 1 and at the horizon; below, revenue booked month by month for three splits,
// which starts only when the first deals close a sales cycle after their leads (MODEL.md section 12).

import { velocityBySplit } from '../model/index.ts';
import type { VelocityPoint } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { stackPanels } from '../charts/stack.ts';
import { formatCurrencyAbout, formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides, splitRuns } from './splits.ts';
import type { SplitRun } from './splits.ts';
import { currencyColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

export interface VelocityRows {
  points: VelocityPoint[];
  splits: SplitRun[];
  horizon: number;
}

const STEPS = 21;

/** The point with the highest value of `key` (the lowest share on a tie). */
export function peak(points: readonly VelocityPoint[], key: 'first' | 'last' | 'bookedRevenue'): VelocityPoint {
  return points.reduce((best, p) => (p[key] > best[key] ? p : best), points[0]!);
}

/** Revenue booked from month 1 up to each month. */
function bookedSoFar(run: SplitRun): number[] {
  let sum = 0;
  return run.rows.map((r) => (sum += r.bookedRevenue));
}

export const salesVelocityFigure: FigureDefinition<VelocityRows> = {
  name: 'sales-velocity',
  namespace: 'velocity',
  title: 'Sales velocity and booked revenue, by split',
  caption:
    'Above, Roberge\u2019s sales velocity (opportunities \u00d7 deal size \u00d7 win rate \u00f7 sales cycle, in dollars a month) at every brand share of the same budget, in month 1 (dashed) and in the last month of the horizon. Below, revenue booked since month 1 for three splits: a deal is booked a sales cycle after its lead.',
  overrides: budgetOverrides,
  controls: [
    'dealSize',
    'salesCycleMonths',
    'leadToOppCold',
    'leadToOppWarm',
    'oppToWinCold',
    'oppToWinWarm',
    'brandShare',
    'monthlyBudget',
    'horizonMonths',
  ],
  primary: ['brandShare', 'dealSize', 'salesCycleMonths'],
  extras: {},
  presets: [],
  // One meaning per colour across both panels: the velocity lines above take colours the splits below do not use.
  legend: [
    { className: 'c-in', label: 'Velocity in month 1 (dashed)' },
    { className: 'c-bought', label: 'Velocity in the last month' },
    { className: 'c-activation', label: '10% brand' },
    { className: 'c-brand', label: '60% brand' },
    { className: 'c-ever', label: 'Your split (dashed)' },
  ],
  aspect: 0.8,
  minHeight: 420,
  maxHeight: 640,
  compute({ scenario }) {
    return {
      points: velocityBySplit(scenario, STEPS),
      splits: splitRuns(scenario),
      horizon: scenario.horizonMonths,
    };
  },
  draw(d, { scenario }, options) {
    const top = Math.round(options.height * 0.5);
    const velocity = lineChart(
      d.points.flatMap((p) => [
        { x: p.brandShare, series: 'Month 1', role: 'c-in' as const, value: p.first, dashed: true },
        { x: p.brandShare, series: `Month ${d.horizon}`, role: 'c-bought' as const, value: p.last },
      ]),
      {
        ...options,
        height: top,
        xLabel: 'Brand share of the budget',
        yLabel: 'Sales velocity ($ a month)',
        xFormat: '.0%',
        yFormat: '$.2~s',
        xDomain: [0, 1],
        rules: [{ x: scenario.brandShare, label: `yours: ${formatPercent(scenario.brandShare)}`, role: 'c-ever' }],
      },
    );
    const booked = lineChart(
      d.splits.flatMap((run) => {
        const sums = bookedSoFar(run);
        return run.rows.map((r, i) => ({
          x: r.month,
          series: run.label,
          role: run.role,
          value: sums[i]!,
          dashed: run.dashed,
        }));
      }),
      {
        ...options,
        height: options.height - top - 8,
        xLabel: 'Month',
        yLabel: 'Revenue booked since month 1',
        yFormat: '$.2~s',
        xDomain: [1, Math.max(2, d.horizon)],
      },
    );
    return stackPanels([velocity, booked], options);
  },
  summary(d, { scenario }) {
    const firstPeak = peak(d.points, 'first');
    const lastPeak = peak(d.points, 'last');
    const bookedPeak = peak(d.points, 'bookedRevenue');
    return `Sales velocity in month 1 is highest at ${formatPercent(firstPeak.brandShare)} brand (${formatCurrencyAbout(firstPeak.first)} a month); by month ${d.horizon} it is highest at ${formatPercent(lastPeak.brandShare)} brand (${formatCurrencyAbout(lastPeak.last)} a month). Deals close ${formatMonths(Math.round(scenario.salesCycleMonths))} after their leads, so booked revenue starts late; over ${formatMonths(d.horizon)} the most is booked at ${formatPercent(bookedPeak.brandShare)} brand, ${formatCurrencyAbout(bookedPeak.bookedRevenue)}.`;
  },
  values(d) {
    return {
      firstPeakShare: peak(d.points, 'first').brandShare,
      lastPeakShare: peak(d.points, 'last').brandShare,
      bookedPeakShare: peak(d.points, 'bookedRevenue').brandShare,
    };
  },
  stats(d, { scenario }) {
    const at = (share: number) =>
      d.points.reduce((a, p) => (Math.abs(p.brandShare - share) < Math.abs(a.brandShare - share) ? p : a));
    const light = d.splits[0]!;
    const heavy = d.splits[1]!;
    const total = (run: SplitRun) => bookedSoFar(run).at(-1) ?? 0;
    const firstClose = light.rows.find((r) => r.bookedRevenue > 0)?.month ?? null;
    return {
      horizon: formatMonths(d.horizon),
      firstPeakShare: formatPercent(peak(d.points, 'first').brandShare),
      lastPeakShare: formatPercent(peak(d.points, 'last').brandShare),
      bookedPeakShare: formatPercent(peak(d.points, 'bookedRevenue').brandShare),
      zeroFirst: formatCurrencyAbout(at(0).first),
      zeroLast: formatCurrencyAbout(at(0).last),
      heavyFirst: formatCurrencyAbout(at(0.6).first),
      heavyLast: formatCurrencyAbout(at(0.6).last),
      lightBooked: formatCurrencyAbout(total(light)),
      heavyBooked: formatCurrencyAbout(total(heavy)),
      ownBooked: formatCurrencyAbout(total(d.splits[2]!)),
      heavyBookedGain: formatPercent(total(light) > 0 ? total(heavy) / total(light) - 1 : null),
      firstClose: firstClose === null ? 'after the horizon' : `month ${firstClose}`,
      salesCycle: formatMonths(scenario.salesCycleMonths),
    };
  },
  table(d) {
    return {
      columns: [
        percentColumn('brandShare', 'Brand share'),
        currencyColumn('first', 'Velocity, month 1'),
        currencyColumn('last', `Velocity, month ${d.horizon}`),
        currencyColumn('bookedRevenue', 'Revenue booked in the horizon'),
      ],
      rows: d.points.map((p) => ({ ...p })),
    };
  },
};

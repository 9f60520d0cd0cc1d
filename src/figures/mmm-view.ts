// Figure: the response curve as a marketing-mix model would describe it, a Hill curve fitted by
// least squares, in Meridian's (ec, slope) or Robyn's (alpha, gamma) terms. Fitted only on the
// spend observed, the curve can promise leads the pool does not hold.

import { fitResponse, response, robynParameters } from '../model/index.ts';
import type { HillFit, ResponsePoint } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { formatCount, formatCurrency, formatCurrencyAbout, formatDecimal, formatPercent } from '../lib/format.ts';
import { activationSettings } from './activation.ts';
import { switchSetting } from './common.ts';
import { countColumn, currencyColumn } from './columns.ts';
import type { FigureDefinition, FigureState } from './types.ts';

const form = switchSetting(
  'Parameters as',
  'The same curve in each library\u2019s own terms.',
  'Meridian adstock_hill.py; Robyn transformation.R.',
  [
    { value: 0, label: 'Meridian (ec, slope)' },
    { value: 1, label: 'Robyn (alpha, gamma)' },
  ],
);

const observed = switchSetting(
  'Spend observed',
  'The spend levels the fit may learn from; the rest is extrapolation.',
  'Illustration.',
  [
    { value: 0, label: 'Up to the pool\u2019s edge' },
    { value: 1, label: 'Up to 1.6 times the edge' },
  ],
);

export interface MmmView {
  points: ResponsePoint[];
  fitted: (number | null)[];
  fit: HillFit | null;
  limit: number;
  maxObserved: number;
  ceiling: number;
}

function describeFit(view: MmmView, state: FigureState): string {
  if (!view.fit) return 'no curve to fit';
  if (state.extras['form'] === 1) {
    const { alpha, gamma } = robynParameters(view.fit, view.maxObserved);
    return `alpha ${formatDecimal(alpha)}, gamma ${formatDecimal(gamma)} (inflexion ${formatCurrency(view.fit.ec)})`;
  }
  return `ec ${formatCurrency(view.fit.ec)}, slope ${formatDecimal(view.fit.slope)}`;
}

export const mmmViewFigure: FigureDefinition<MmmView> = {
  name: 'mmm-view',
  namespace: 'mmm',
  title: 'The same curve, as a marketing-mix model sees it',
  caption:
    'Solid: paid leads a month that the model\u2019s auction yields at each activation spend. Dashed: the Hill curve that fits them best by least squares, the saturation curve of Robyn, Meridian and PyMC-Marketing. The shaded spend was not observed by the fit; there the curve extrapolates.',
  ...activationSettings,
  primary: ['observed', 'form'],
  extras: { form, observed },
  legend: [
    { className: 'c-activation', label: 'Simulated paid leads' },
    { className: 'c-brand', label: 'Least-squares Hill fit' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 460,
  compute({ scenario, extras }) {
    const r = response(scenario, 80);
    const limit = extras['observed'] === 1 ? Infinity : r.saturationSpend;
    const { fit, fitted, maxObserved, ceilingPaidLeads } = fitResponse(r, limit);
    return {
      points: r.points,
      fitted,
      fit,
      limit: Math.min(limit, r.points.at(-1)!.spend),
      maxObserved,
      ceiling: ceilingPaidLeads,
    };
  },
  draw(view, state, options) {
    const end = view.points.at(-1)!.spend;
    return lineChart(
      [
        ...view.points.map((p) => ({
          x: p.spend,
          series: 'Simulated',
          role: 'c-activation' as const,
          value: p.paidLeads,
        })),
        ...view.points.map((p, i) => ({
          x: p.spend,
          series: 'Hill fit',
          role: 'c-brand' as const,
          value: view.fitted[i] ?? null,
          dashed: true,
        })),
      ],
      {
        ...options,
        xLabel: 'Monthly activation spend',
        yLabel: 'Paid leads a month',
        xFormat: '$~s',
        xDomain: [0, end],
        spans: view.limit < end ? [{ from: view.limit, to: end, label: 'not observed' }] : [],
        rules: view.fit ? [{ x: view.fit.ec, label: describeFit(view, state), role: 'c-brand' }] : [],
      },
    );
  },
  summary(view, state) {
    if (!view.fit) return 'There is no response to fit at these settings.';
    return `The best-fitting Hill curve has ${describeFit(view, state)} and R\u00b2 = ${view.fit.r2.toFixed(3)}; it levels off at ${formatCount(view.fit.beta)} paid leads a month, against a true ceiling of ${formatCount(view.ceiling)}.`;
  },
  stats(view) {
    const robyn = view.fit ? robynParameters(view.fit, view.maxObserved) : null;
    return {
      ec: formatCurrencyAbout(view.fit?.ec ?? null),
      slope: formatDecimal(view.fit?.slope ?? null),
      r2: view.fit ? view.fit.r2.toFixed(3) : formatPercent(null),
      alpha: formatDecimal(robyn?.alpha ?? null),
      gamma: formatDecimal(robyn?.gamma ?? null),
    };
  },
  table(view) {
    return {
      columns: [
        currencyColumn('spend', 'Activation spend'),
        countColumn('paidLeads', 'Paid leads (simulated)'),
        countColumn('fitted', 'Paid leads (Hill fit)'),
      ],
      rows: view.points.flatMap((p, i) => (i % 4 === 0 ? [{ ...p, fitted: view.fitted[i] ?? null }] : [])),
    };
  },
};

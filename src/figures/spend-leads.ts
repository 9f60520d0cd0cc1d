// Figure: leads against monthly activation spend, with the average and marginal cost per lead
// on the same spend axis. The pool's edge is drawn; past it, money buys no more leads.

import { lineChart } from '../charts/lineChart.ts';
import { stackPanels } from '../charts/stack.ts';
import { formatCount, formatCountAbout, formatCurrency, formatCurrencyAbout, formatPercent } from '../lib/format.ts';
import { activationSettings } from './activation.ts';
import { response } from '../model/index.ts';
import type { Response } from '../model/index.ts';
import { countColumn, currencyColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

export const spendLeadsFigure: FigureDefinition<Response> = {
  name: 'spend-leads',
  namespace: 'spend',
  title: 'What each extra dollar of activation buys',
  caption:
    'Leads a month at every level of monthly activation spend (no brand spend), and below, what the average lead and the next lead cost. The dashed line is the ceiling: every buyer searching this month, bought. The shaded region lies past the pool\u2019s edge.',
  ...activationSettings,
  extras: {},
  // Drag the spend point along the curve.
  handles: [{ setting: 'monthlyBudget', label: 'Activation spend' }],
  legend: [
    { className: 'c-activation', label: 'Leads a month' },
    { className: 'c-bought', label: 'Average cost per lead' },
    { className: 'c-in', label: 'Marginal cost per lead (the next lead)' },
  ],
  aspect: 0.8,
  minHeight: 380,
  maxHeight: 640,
  compute({ scenario }) {
    return response(scenario);
  },
  draw(r, _state, options) {
    const end = r.points.at(-1)!.spend;
    const span = { from: r.saturationSpend, to: end, label: 'past the pool\u2019s edge' };
    const top = Math.round(options.height * 0.5);
    const leads = lineChart(
      r.points.map((p) => ({ x: p.spend, series: 'Leads', role: 'c-activation' as const, value: p.leads })),
      {
        ...options,
        height: top,
        xLabel: 'Monthly activation spend',
        yLabel: 'Leads a month',
        xFormat: '$~s',
        xDomain: [0, end],
        spans: [span],
        rules: [{ y: r.ceilingLeads, label: `ceiling: ${formatCount(r.ceilingLeads)} leads` }],
        markers: [{ x: r.current.spend, y: r.current.leads, label: 'you' }],
      },
    );
    const cpl = lineChart(
      r.points.flatMap((p) => [
        { x: p.spend, series: 'Average CPL', role: 'c-bought' as const, value: p.avgCpl },
        { x: p.spend, series: 'Marginal CPL', role: 'c-in' as const, value: p.marginalCpl },
      ]),
      {
        ...options,
        height: options.height - top - 8,
        xLabel: 'Monthly activation spend',
        yLabel: 'Cost per lead',
        xFormat: '$~s',
        yFormat: '$,.0f',
        xDomain: [0, end],
        // The next lead's cost rises without bound at the edge: show it up to a few times the average.
        yDomain: [0, 4 * Math.max(1, ...r.points.map((p) => p.avgCpl ?? 0))],
        spans: [span],
        markers: r.current.avgCpl === null ? [] : [{ x: r.current.spend, y: r.current.avgCpl, label: 'you' }],
      },
    );
    return stackPanels([leads, cpl], options);
  },
  summary(r) {
    const c = r.current;
    const gain = c.leads > 0 ? r.doubled.leads / c.leads - 1 : null;
    const next =
      c.marginalCpl === null
        ? 'every searcher is already bought, so more money buys no more leads'
        : `the next lead costs ${formatCurrency(c.marginalCpl)}`;
    return `At ${formatCurrency(c.spend)} a month, activation buys ${formatCount(c.leads)} leads at ${formatCurrency(c.avgCpl)} each on average; ${next}, and doubling the spend adds ${formatPercent(gain)} more leads.`;
  },
  values(r) {
    return { doublingGain: r.current.leads > 0 ? r.doubled.leads / r.current.leads - 1 : null };
  },
  stats(r) {
    const c = r.current;
    return {
      spend: formatCurrencyAbout(c.spend),
      leads: formatCountAbout(c.leads),
      avgCpl: formatCurrencyAbout(c.avgCpl),
      marginalCpl: formatCurrencyAbout(c.marginalCpl),
      saturationSpend: formatCurrencyAbout(r.saturationSpend),
      ceilingLeads: formatCountAbout(r.ceilingLeads),
      doublingGain: c.leads > 0 ? `+${formatPercent(r.doubled.leads / c.leads - 1)}` : formatPercent(null),
    };
  },
  table(r) {
    return {
      columns: [
        currencyColumn('spend', 'Activation spend'),
        countColumn('leads', 'Leads'),
        currencyColumn('avgCpl', 'Average CPL'),
        currencyColumn('marginalCpl', 'Marginal CPL'),
      ],
      rows: r.points.filter((_, i) => i % 4 === 0).map((p) => ({ ...p })),
    };
  },
};

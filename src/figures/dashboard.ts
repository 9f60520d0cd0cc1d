// Figure: dashboard CPL against fully loaded CPL for the reader's split. The dashboard divides
// activation spend by all leads, so brand spend vanishes and brand-first leads look free.

import { simulateExpected } from '../model/index.ts';
import type { MonthRow } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { formatCount, formatCurrency, formatPercent } from '../lib/format.ts';
import { brandSettings } from './splits.ts';
import { countColumn, currencyColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

export const dashboardFigure: FigureDefinition<MonthRow[]> = {
  name: 'dashboard',
  namespace: 'dash',
  title: 'The dashboard\u2019s cost per lead and the real one',
  caption:
    'For your split, what an activation dashboard reports (activation spend over leads, every lead credited to its last click) against the fully loaded cost per lead (all marketing spend over leads). The dashboard leaves out the brand spend but counts the leads it brought in: the dashed line is what activation pays for each lead it actually bought.',
  ...brandSettings,
  primary: ['brandShare'],
  extras: {},
  legend: [
    { className: 'c-activation', label: 'Dashboard cost per lead' },
    { className: 'c-ever', label: 'Fully loaded cost per lead' },
    { className: 'c-in', label: 'Activation spend per lead it actually bought (dashed)' },
  ],
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute({ scenario }) {
    return simulateExpected({ ...scenario, schedule: [] });
  },
  draw(rows, _state, options) {
    return lineChart(
      rows.flatMap((r) => [
        { x: r.month, series: 'Dashboard', role: 'c-activation' as const, value: r.dashboardCpl },
        { x: r.month, series: 'Fully loaded', role: 'c-ever' as const, value: r.cpl },
        {
          x: r.month,
          series: 'Per lead bought',
          role: 'c-in' as const,
          value: r.paidLeads > 0 ? r.activationSpend / r.paidLeads : null,
          dashed: true,
        },
      ]),
      {
        ...options,
        xLabel: 'Month',
        yLabel: 'Cost per lead',
        yFormat: '$,.0f',
        xDomain: [1, Math.max(2, rows.length)],
      },
    );
  },
  summary(rows, { scenario }) {
    const last = rows.at(-1)!;
    const hidden = last.cpl && last.dashboardCpl !== null ? 1 - last.dashboardCpl / last.cpl : null;
    const bought = last.paidLeads > 0 ? last.activationSpend / last.paidLeads : null;
    return `With ${formatPercent(scenario.brandShare)} of the budget on brand, the dashboard reports ${formatCurrency(last.dashboardCpl)} a lead in month ${formatCount(last.month)} and leaves out ${formatPercent(hidden)} of the real cost of ${formatCurrency(last.cpl)}; it credits activation with all ${formatCount(last.leads)} leads, though ${formatCount(last.brandFirstLeads)} came straight to the brand and the ones activation bought cost ${formatCurrency(bought)} each.`;
  },
  stats(rows) {
    const last = rows.at(-1)!;
    return {
      lastDashboardCpl: formatCurrency(last.dashboardCpl),
      lastFullCpl: formatCurrency(last.cpl),
      hiddenShare: formatPercent(last.cpl && last.dashboardCpl !== null ? 1 - last.dashboardCpl / last.cpl : null),
      lastPaidCpl: formatCurrency(last.paidLeads > 0 ? last.activationSpend / last.paidLeads : null),
      lastBrandFirstShare: formatPercent(last.leads > 0 ? last.brandFirstLeads / last.leads : null),
      lastMonth: `month ${formatCount(last.month)}`,
    };
  },
  table(rows) {
    return {
      columns: [
        countColumn('month', 'Month'),
        currencyColumn('dashboardCpl', 'Dashboard CPL'),
        currencyColumn('cpl', 'Fully loaded CPL'),
        countColumn('brandFirstLeads', 'Brand-first leads'),
        countColumn('paidLeads', 'Paid leads'),
      ],
      rows: rows.map((r) => ({ ...r })),
    };
  },
};

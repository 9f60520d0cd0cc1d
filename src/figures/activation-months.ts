// Figure: three years of activation only. With no brand spend, memory of the brand fades, fewer
// buyers come straight to us, more must be bought at auction, and cost per lead creeps up.

import { simulateExpected } from '../model/index.ts';
import type { MonthRow } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { stackPanels } from '../charts/stack.ts';
import { formatCount, formatCurrency, formatCurrencyAbout, formatMonths, formatPercent } from '../lib/format.ts';
import { activationSettings } from './activation.ts';
import { countColumn, currencyColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

export const activationMonthsFigure: FigureDefinition<MonthRow[]> = {
  name: 'activation-months',
  namespace: 'months',
  title: 'Three years of activation only',
  caption:
    'Month by month with the whole budget on activation and nothing on brand: above, the fully loaded cost per lead; below, the share of all buyers who have the brand in mind. Memory fades with its half-life, and the leads it brought in for free go with it.',
  ...activationSettings,
  primary: ['clickToLeadCold', 'clickToLeadWarm'],
  extras: {},
  legend: [
    { className: 'c-activation', label: 'Cost per lead' },
    { className: 'c-brand', label: 'Buyers who remember the brand' },
  ],
  aspect: 0.7,
  minHeight: 360,
  maxHeight: 560,
  compute({ scenario }) {
    return simulateExpected({ ...scenario, brandShare: 0, schedule: [] });
  },
  draw(rows, _state, options) {
    const top = Math.round(options.height * 0.55);
    const months = rows.length;
    const cpl = lineChart(
      rows.map((r) => ({ x: r.month, series: 'Cost per lead', role: 'c-activation' as const, value: r.cpl })),
      {
        ...options,
        height: top,
        xLabel: 'Month',
        yLabel: 'Cost per lead',
        yFormat: '$,.0f',
        xDomain: [1, Math.max(2, months)],
      },
    );
    const memory = lineChart(
      rows.map((r) => ({ x: r.month, series: 'Salience', role: 'c-brand' as const, value: r.salience })),
      {
        ...options,
        height: options.height - top - 8,
        xLabel: 'Month',
        yLabel: 'Buyers who remember the brand',
        yFormat: '.0%',
        xDomain: [1, Math.max(2, months)],
      },
    );
    return stackPanels([cpl, memory], options);
  },
  summary(rows) {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    return `With no brand spend, the cost per lead goes from ${formatCurrency(first.cpl)} in month 1 to ${formatCurrency(last.cpl)} in month ${last.month}, as the buyers who remember the brand fall from ${formatPercent(first.salience)} to ${formatPercent(last.salience)} and leads from ${formatCount(first.leads)} to ${formatCount(last.leads)} a month.`;
  },
  stats(rows, { scenario }) {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const rise = first.cpl && last.cpl ? last.cpl / first.cpl - 1 : null;
    return {
      firstCpl: formatCurrencyAbout(first.cpl),
      lastCpl: formatCurrencyAbout(last.cpl),
      cplRise: rise === null ? formatPercent(null) : `${rise >= 0 ? '+' : ''}${formatPercent(rise)}`,
      firstSalience: formatPercent(first.salience),
      lastSalience: formatPercent(last.salience),
      halfLife: formatMonths(scenario.memoryHalfLifeMonths),
      horizon: formatMonths(rows.length),
      lastMonth: `month ${formatCount(last.month)}`,
    };
  },
  table(rows) {
    return {
      columns: [
        countColumn('month', 'Month'),
        countColumn('leads', 'Leads'),
        countColumn('brandFirstLeads', 'Brand-first leads'),
        currencyColumn('cpl', 'Cost per lead'),
        percentColumn('salience', 'Remember the brand'),
      ],
      rows: rows.map((r) => ({ ...r })),
    };
  },
};

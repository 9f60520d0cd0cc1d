// Figure: the downturn. Brand spend cut to a chosen share for a span of months, then restored:
// cheaper leads during the cut, dearer ones for long after, and fewer leads in the end.

import { brandCut, brandCutEffects, parameters } from '../model/index.ts';
import type { BrandCut } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { stackPanels } from '../charts/stack.ts';
import { countColumn, currencyColumn } from './columns.ts';
import { formatCount, formatPercent } from '../lib/format.ts';
import { budgetOverrides, higherLower, stageFigurePresets } from './splits.ts';
import type { ExtraSetting, FigureDefinition } from './types.ts';

export const month = (label: string, description: string, defaultValue: number, max: number): ExtraSetting => ({
  kind: 'number',
  default: defaultValue,
  min: 1,
  max,
  step: 1,
  integer: true,
  unit: 'months',
  format: 'count',
  label,
  description,
  source: 'The downturn of calibration target T7 (see /model/): brand cut to 0 in months 7-12.',
});

export const downturnFigure: FigureDefinition<BrandCut> = {
  name: 'downturn',
  namespace: 'cut',
  title: 'What a downturn cut to brand really costs',
  caption:
    'The brand share is cut for the shaded months, with the money moved to activation so the total budget is unchanged, then restored. Above, cost per lead each month; below, leads added up from month 1; each against the same scenario that held its split.',
  premise: {
    patch: { brandShare: 0.6 },
    reason: 'the cut starts from Binet & Field\u2019s 60/40 plan; change it below',
  },
  overrides: budgetOverrides,
  controls: ['monthlyBudget', 'brandShare', 'memoryHalfLifeMonths', 'encodingPerExposure', 'horizonMonths'],
  primary: ['cutShare', 'cutMonths'],
  extras: {
    cutShare: {
      ...parameters.brandShare,
      default: 0,
      label: 'Brand share during the cut',
      description: 'Share of the budget left on brand while the cut lasts.',
    },
    cutFrom: month('Cut starts in month', 'First month of the cut.', 7, 60),
    cutMonths: month('Cut lasts', 'Months the cut lasts before the split is restored.', 6, 24),
  },
  presets: stageFigurePresets,
  legend: [
    { className: 'c-brand', label: 'Held the split' },
    { className: 'c-activation', label: 'Cut brand, then restored' },
  ],
  aspect: 0.75,
  minHeight: 380,
  maxHeight: 600,
  compute({ scenario, extras }) {
    return brandCut(scenario, {
      fromMonth: extras['cutFrom']!,
      months: extras['cutMonths']!,
      brandShare: extras['cutShare']!,
    });
  },
  draw(d, _state, options) {
    const months = Math.max(2, d.held.length);
    const spans = [{ from: d.from - 0.5, to: d.to + 0.5, label: 'cut' }];
    const top = Math.round(options.height * 0.5);
    const cpl = lineChart(
      d.held.flatMap((r, i) => [
        { x: r.month, series: 'Held', role: 'c-brand' as const, value: r.cpl },
        { x: r.month, series: 'Cut', role: 'c-activation' as const, value: d.cut[i]!.cpl },
      ]),
      {
        ...options,
        height: top,
        xLabel: 'Month',
        yLabel: 'Cost per lead',
        yFormat: '$,.0f',
        xDomain: [1, months],
        spans,
      },
    );
    const leads = lineChart(
      d.heldTotal.flatMap((r, i) => [
        { x: r.month, series: 'Held', role: 'c-brand' as const, value: r.leads },
        { x: r.month, series: 'Cut', role: 'c-activation' as const, value: d.cutTotal[i]!.leads },
      ]),
      {
        ...options,
        height: options.height - top - 8,
        xLabel: 'Month',
        yLabel: 'Leads since month 1',
        yFormat: ',.0f',
        xDomain: [1, months],
        spans,
      },
    );
    return stackPanels([cpl, leads], options);
  },
  summary(d, { extras }) {
    const e = brandCutEffects(d);
    const lostLeads = d.heldTotal.at(-1)!.leads - d.cutTotal.at(-1)!.leads;
    return `Cutting brand to ${formatPercent(extras['cutShare']!)} of the budget in months ${d.from}\u2013${d.to} makes leads ${higherLower(e.during).replace('higher', 'dearer').replace('lower', 'cheaper')} during the cut, up to ${higherLower(e.after).replace('higher', 'dearer').replace('lower', 'cheaper')} in the year after, and leaves ${formatCount(Math.abs(lostLeads))} ${lostLeads >= 0 ? 'fewer' : 'more'} leads by month ${d.held.length}.`;
  },
  stats(d) {
    const e = brandCutEffects(d);
    return {
      cutSpan: `months ${d.from}\u2013${d.to}`,
      cutCplChange: higherLower(e.during),
      afterCplChange: higherLower(e.after),
      leadsLost: formatPercent(e.lost),
    };
  },
  table(d) {
    return {
      columns: [
        countColumn('month', 'Month'),
        currencyColumn('heldCpl', 'CPL, held'),
        currencyColumn('cutCpl', 'CPL, cut'),
        countColumn('heldLeads', 'Cumulative leads, held'),
        countColumn('cutLeads', 'Cumulative leads, cut'),
      ],
      rows: d.held.map((r, i) => ({
        month: r.month,
        heldCpl: r.cpl,
        cutCpl: d.cut[i]!.cpl,
        heldLeads: d.heldTotal[i]!.leads,
        cutLeads: d.cutTotal[i]!.leads,
      })),
    };
  },
};

// Figure: gate it or give it away. The same extra monthly sum spent as gated content (form fills
// counted as leads) or as ungated brand spend that reaches every buyer, over the horizon: leads,
// memory, opportunities and wins each month (MODEL.md section 11).

import { gateOrGive, runTotals } from '../model/index.ts';
import type { GateOrGive, MonthRow } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { stackPanels } from '../charts/stack.ts';
import { formatCount, formatCountAbout, formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const PANELS: { key: keyof MonthRow; label: string; format: string }[] = [
  { key: 'leads', label: 'Leads', format: ',.0f' },
  { key: 'salience', label: 'Buyers with the brand in mind', format: '.0%' },
  { key: 'opportunities', label: 'Opportunities', format: ',.0f' },
  { key: 'wins', label: 'Wins', format: ',.1f' },
];

/** The first month from which `a` stays above `b` to the end; null if never. */
export function aheadFrom(a: readonly number[], b: readonly number[]): number | null {
  let month: number | null = null;
  for (let i = 0; i < a.length; i++) {
    const above = a[i]! > b[i]!;
    if (above && month === null) month = i + 1;
    if (!above) month = null;
  }
  return month;
}

export const gateOrGiveFigure: FigureDefinition<GateOrGive> = {
  name: 'gate-or-give',
  namespace: 'gate',
  title: 'Gate it or give it away',
  caption:
    'An extra sum each month, on top of your plan, spent two ways: on gated content, where every form fill counts as a lead, or ungated as brand spend that reaches every buyer. Each month, from the top: leads, the share of buyers with the brand in mind, opportunities and wins.',
  premise: {
    patch: { gatedShare: 0 },
    reason: 'your own plan gates nothing, so the extra sum is the only gated spend',
  },
  overrides: budgetOverrides,
  controls: ['gatedCpl', 'intentLift', 'monthlyBudget', 'brandShare', 'brandCpm', 'horizonMonths'],
  primary: ['monthlySum', 'gatedCpl'],
  extras: {
    monthlySum: {
      kind: 'number',
      default: 5_000,
      min: 0,
      max: 100_000,
      step: 500,
      integer: false,
      unit: '$/month',
      format: 'currency',
      label: 'Extra monthly sum',
      description: 'What is added to the plan each month, gated or given away.',
      source: 'A choice of scenario.',
    },
  },
  presets: [],
  legend: [
    { className: 'c-activation', label: 'Gated content' },
    { className: 'c-brand', label: 'Given away (ungated brand)' },
  ],
  aspect: 1.1,
  minHeight: 520,
  maxHeight: 760,
  compute({ scenario, extras }) {
    return gateOrGive(scenario, extras['monthlySum']!);
  },
  draw(d, _state, options) {
    const months = Math.max(2, d.gated.length);
    const gap = 8;
    const each = Math.floor((options.height - gap * (PANELS.length - 1)) / PANELS.length);
    const panels = PANELS.map((panel) =>
      lineChart(
        d.gated.flatMap((r, i) => [
          { x: r.month, series: 'Gated', role: 'c-activation' as const, value: r[panel.key] as number },
          { x: r.month, series: 'Given away', role: 'c-brand' as const, value: d.given[i]![panel.key] as number },
        ]),
        { ...options, height: each, xLabel: 'Month', yLabel: panel.label, yFormat: panel.format, xDomain: [1, months] },
      ),
    );
    return stackPanels(panels, options, gap);
  },
  summary(d) {
    const g = runTotals(d.gated);
    const u = runTotals(d.given);
    const n = d.gated.length;
    return `With ${formatCurrency(d.monthlySum)} a month more for ${formatMonths(n)}, the whole plan brings ${formatCountAbout(g.leads)} leads, ${formatCountAbout(g.opportunities)} opportunities and ${formatCountAbout(g.wins)} wins when the extra is gated, and ${formatCountAbout(u.leads)} leads, ${formatCountAbout(u.opportunities)} opportunities and ${formatCountAbout(u.wins)} wins when it is given away as brand. In month ${formatCount(n)}, ${formatPercent(d.gated.at(-1)!.salience)} of buyers have the brand in mind after gating and ${formatPercent(d.given.at(-1)!.salience)} after giving it away.`;
  },
  values(d) {
    const g = runTotals(d.gated);
    const u = runTotals(d.given);
    return { gatedLeads: g.leads, givenLeads: u.leads, gatedWins: g.wins, givenWins: u.wins };
  },
  stats(d) {
    const g = runTotals(d.gated);
    const u = runTotals(d.given);
    const ahead = aheadFrom(
      d.given.map((r) => r.opportunities),
      d.gated.map((r) => r.opportunities),
    );
    const aheadWins = aheadFrom(
      d.given.map((r) => r.wins),
      d.gated.map((r) => r.wins),
    );
    return {
      monthlySum: formatCurrency(d.monthlySum),
      months: formatMonths(d.gated.length),
      gatedLeads: formatCountAbout(g.leads),
      givenLeads: formatCountAbout(u.leads),
      gatedOpps: formatCountAbout(g.opportunities),
      givenOpps: formatCountAbout(u.opportunities),
      gatedWins: formatCountAbout(g.wins),
      givenWins: formatCountAbout(u.wins),
      gatedSalience: formatPercent(d.gated.at(-1)!.salience),
      givenSalience: formatPercent(d.given.at(-1)!.salience),
      gatedFormLeads: formatCountAbout(g.formLeads),
      givenAheadFrom: ahead === null ? 'in no month' : `from month ${formatCount(ahead)}`,
      givenWinsAheadFrom: aheadWins === null ? 'in no month' : `from month ${formatCount(aheadWins)}`,
      leadsRatio: formatPercent(u.leads > 0 ? g.leads / u.leads - 1 : null),
      winsGap: formatPercent(g.wins > 0 ? u.wins / g.wins - 1 : null),
    };
  },
  table(d) {
    return {
      columns: [
        countColumn('month', 'Month'),
        countColumn('gatedLeads', 'Leads, gated'),
        countColumn('givenLeads', 'Leads, given away'),
        percentColumn('gatedSalience', 'In mind, gated'),
        percentColumn('givenSalience', 'In mind, given away'),
        countColumn('gatedOpps', 'Opportunities, gated'),
        countColumn('givenOpps', 'Opportunities, given away'),
        countColumn('gatedWins', 'Wins, gated'),
        countColumn('givenWins', 'Wins, given away'),
      ],
      rows: d.gated.map((r, i) => {
        const u = d.given[i]!;
        return {
          month: r.month,
          gatedLeads: r.leads,
          givenLeads: u.leads,
          gatedSalience: r.salience,
          givenSalience: u.salience,
          gatedOpps: r.opportunities,
          givenOpps: u.opportunities,
          gatedWins: r.wins,
          givenWins: u.wins,
        };
      }),
    };
  },
};

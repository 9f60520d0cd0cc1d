// Figure: the MQL trap. As the gated share of the lead-generation budget rises from none to all,
// what the lead report shows (leads, cost per lead) against what the business gets
// (opportunities, wins, cost per opportunity, CAC), each over the horizon and as a change from
// no gating (MODEL.md section 11, target T9).

import { gatedSweep, runTotals, simulateExpected } from '../model/index.ts';
import type { GatedPoint } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import type { LineRow } from '../charts/lineChart.ts';
import type { Role } from '../charts/palette.ts';
import { stackPanels } from '../charts/stack.ts';
import {
  formatCount,
  formatCountAbout,
  formatCurrency,
  formatCurrencyAbout,
  formatDecimal,
  formatMonths,
  formatPercent,
} from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { countColumn, currencyColumn, percentColumn } from './columns.ts';
import { riseOrFall } from './common.ts';
import type { FigureDefinition } from './types.ts';

export interface MqlRows {
  points: GatedPoint[];
  /** The reader's own gated share, run exactly (it need not be on the sweep's grid). */
  mine: GatedPoint;
  horizon: number;
}

type Metric = 'leads' | 'cpl' | 'opportunities' | 'wins' | 'costPerOpportunity' | 'cac';

const PANELS: { title: string; lines: { key: Metric; label: string; role: Role; dashed: boolean }[] }[] = [
  {
    title: 'What the lead report shows',
    lines: [
      { key: 'leads', label: 'Leads', role: 'c-activation', dashed: false },
      { key: 'cpl', label: 'Cost per lead', role: 'c-activation', dashed: true },
    ],
  },
  {
    title: 'What the business gets',
    lines: [
      { key: 'opportunities', label: 'Opportunities', role: 'c-brand', dashed: false },
      { key: 'costPerOpportunity', label: 'Cost per opp.', role: 'c-brand', dashed: true },
      { key: 'wins', label: 'Wins', role: 'c-bought', dashed: false },
      { key: 'cac', label: 'CAC', role: 'c-bought', dashed: true },
    ],
  },
];

/** A point's metric as a change from the same plan with nothing gated. */
export function changeFromUngated(point: GatedPoint, base: GatedPoint, key: Metric): number | null {
  const value = point[key];
  const from = base[key];
  return value !== null && from ? value / from - 1 : null;
}

const STEPS = 21;
/** The gated share the text talks about ("gate half"): a point of the sweep. */
const HALF = 0.5;

export const mqlTrapFigure: FigureDefinition<MqlRows> = {
  name: 'mql-trap',
  namespace: 'mql',
  title: 'The MQL trap',
  caption:
    'The same budget, with more and more of the lead-generation money spent on gated content (a report behind a form). Each line is a total over the horizon, as a change from gating nothing. Above, what a lead report shows; below, what the business gets. Dashed lines are costs.',
  overrides: {
    ...budgetOverrides,
    gatedShare: { label: 'Your gated share (marked)' },
  },
  controls: [
    'gatedShare',
    'gatedCpl',
    'intentLift',
    'salesCostPerLead',
    'monthlyBudget',
    'brandShare',
    'horizonMonths',
  ],
  primary: ['gatedShare', 'intentLift', 'gatedCpl'],
  extras: {},
  presets: [],
  // Drag the gated share along the lines.
  handles: [{ setting: 'gatedShare', label: 'Gated share' }],
  // One colour per thing counted; the dashed line of a colour is its cost (each line is named on the chart).
  legend: [
    { className: 'c-activation', label: 'Leads' },
    { className: 'c-brand', label: 'Opportunities' },
    { className: 'c-bought', label: 'Wins' },
    { className: 'c-ever dashed', label: 'Dashed: the cost of each (per lead, per opportunity, per win)' },
  ],
  aspect: 0.8,
  minHeight: 420,
  maxHeight: 640,
  compute({ scenario }) {
    const points = gatedSweep(scenario, STEPS);
    const mine = {
      gatedShare: scenario.gatedShare,
      ...runTotals(simulateExpected({ ...scenario, schedule: [] })),
    };
    return { points, mine, horizon: scenario.horizonMonths };
  },
  draw(d, { scenario }, options) {
    const base = d.points[0]!;
    const top = Math.round(options.height * 0.42);
    const panels = PANELS.map((panel, i) => {
      const lines: LineRow[] = panel.lines.flatMap((line) =>
        d.points.map((p) => ({
          x: p.gatedShare,
          series: line.label,
          role: line.role,
          value: changeFromUngated(p, base, line.key),
          dashed: line.dashed,
        })),
      );
      return lineChart(lines, {
        ...options,
        height: i === 0 ? top : options.height - top - 8,
        xLabel: 'Share of spend gated',
        yLabel: `${panel.title}: change`,
        xFormat: '.0%',
        yFormat: '+.0%',
        xDomain: [0, 1],
        rules: [
          { x: scenario.gatedShare, label: `yours: ${formatPercent(scenario.gatedShare)}`, role: 'c-ever' },
          // The text's "gate half": a rule at 50%, named at the foot of the upper panel, and a dot on every line.
          ...(Math.abs(scenario.gatedShare - HALF) < 0.005
            ? []
            : [{ x: HALF, label: i === 0 ? 'half gated' : '', role: 'c-ever' as const, labelAt: 'bottom' as const }]),
        ],
        markers: panel.lines.map((line) => ({
          x: HALF,
          y: 0,
          label: '',
          role: line.role,
          series: line.label,
        })),
      });
    });
    return stackPanels(panels, options);
  },
  summary(d) {
    const base = d.points[0]!;
    const half = d.points[Math.round((STEPS - 1) / 2)]!;
    const c = (key: Metric) => changeFromUngated(half, base, key);
    const signed = (x: number | null) =>
      x === null ? formatPercent(null) : `${x >= 0 ? '+' : '\u2212'}${formatPercent(Math.abs(x))}`;
    return `Over ${formatMonths(d.horizon)}, gating half the lead-generation budget instead of none changes leads by ${signed(c('leads'))} and cost per lead by ${signed(c('cpl'))}, while opportunities change by ${signed(c('opportunities'))}, wins by ${signed(c('wins'))} and CAC by ${signed(c('cac'))}. The form fills are mostly buyers who are not in market, so they cost sales time and rarely become pipeline.`;
  },
  values(d) {
    const base = d.points[0]!;
    const half = d.points[Math.round((STEPS - 1) / 2)]!;
    return {
      leadsChange: changeFromUngated(half, base, 'leads'),
      cplChange: changeFromUngated(half, base, 'cpl'),
      oppsChange: changeFromUngated(half, base, 'opportunities'),
      cacChange: changeFromUngated(half, base, 'cac'),
    };
  },
  stats(d, { scenario }) {
    const base = d.points[0]!;
    const half = d.points[Math.round((STEPS - 1) / 2)]!;
    const all = d.points.at(-1)!;
    return {
      gatedCpl: formatCurrency(scenario.gatedCpl),
      intentLift: `${formatDecimal(scenario.intentLift)} times`,
      salesCostPerLead: formatCurrency(scenario.salesCostPerLead),
      halfInMarket: formatPercent(half.formLeads > 0 ? half.formLeadsInMarket / half.formLeads : null),
      horizon: formatMonths(d.horizon),
      baseLeads: formatCountAbout(base.leads),
      halfLeads: formatCountAbout(half.leads),
      // A cost per lead in whole dollars, like every other on the page (cents are for clicks).
      baseCpl: formatCurrency(base.cpl === null ? null : Math.round(base.cpl)),
      halfCpl: formatCurrency(half.cpl === null ? null : Math.round(half.cpl)),
      baseOpps: formatCountAbout(base.opportunities),
      halfOpps: formatCountAbout(half.opportunities),
      baseCac: formatCurrencyAbout(base.cac),
      halfCac: formatCurrencyAbout(half.cac),
      baseCostPerOpp: formatCurrency(base.costPerOpportunity),
      halfCostPerOpp: formatCurrency(half.costPerOpportunity),
      halfLeadsMove: riseOrFall(changeFromUngated(half, base, 'leads')),
      halfCplMove: riseOrFall(changeFromUngated(half, base, 'cpl'), true),
      halfOppsMove: riseOrFall(changeFromUngated(half, base, 'opportunities')),
      halfCacMove: riseOrFall(changeFromUngated(half, base, 'cac'), true),
      halfFormShare: formatPercent(half.leads > 0 ? half.formLeads / half.leads : null),
      allOppsMove: riseOrFall(changeFromUngated(all, base, 'opportunities')),
      allWinsMove: riseOrFall(changeFromUngated(all, base, 'wins')),
      allCacMove: riseOrFall(changeFromUngated(all, base, 'cac'), true),
      allLeadsMove: riseOrFall(changeFromUngated(all, base, 'leads')),
      mineLeads: formatCount(d.mine.leads),
      mineOpps: formatCount(d.mine.opportunities),
      mineCac: formatCurrency(d.mine.cac),
    };
  },
  table(d) {
    return {
      columns: [
        percentColumn('gatedShare', 'Gated share'),
        countColumn('leads', 'Leads'),
        countColumn('formLeads', 'Form leads'),
        currencyColumn('cpl', 'Cost per lead'),
        countColumn('opportunities', 'Opportunities'),
        currencyColumn('costPerOpportunity', 'Cost per opportunity'),
        countColumn('wins', 'Wins'),
        currencyColumn('cac', 'CAC'),
      ],
      rows: d.points.map((p) => ({ ...p })),
    };
  },
};

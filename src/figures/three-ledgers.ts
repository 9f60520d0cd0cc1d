// Figure: three ledgers of the same months. The leads (or opportunities) of each month credited
// by last click, by what buyers say when asked, and by the true (Shapley) credit of each budget
// (MODEL.md section 13); the line is the brand's share in each ledger.

import { attribution, ledgerShares } from '../model/index.ts';
import type { AttributionRow, LedgerShares, Measure } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { formatCount, formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { switchSetting } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition, FigureState } from './types.ts';

export const measureSetting = switchSetting(
  'What is credited',
  'Leads, or the opportunities they become: brand-first and warm leads convert more often, so brand\u2019s share of opportunities is larger.',
  'The model\u2019s three ledgers (see /model/).',
  [
    { value: 0, label: 'Opportunities' },
    { value: 1, label: 'Leads' },
  ],
);

export function measureOf(state: FigureState): Measure {
  return state.extras['measure'] === 1 ? 'leads' : 'opportunities';
}

export interface LedgerRows {
  measure: Measure;
  months: { month: number; shares: LedgerShares }[];
  overall: LedgerShares;
  rows: AttributionRow[];
}

export const LEDGERS = [
  { key: 'trueCredit', label: 'True credit', role: 'c-brand' },
  { key: 'selfReported', label: 'Self-reported', role: 'c-bought' },
  { key: 'lastClick', label: 'Last click', role: 'c-activation' },
] as const;

export const ledgerControls = [
  'brandShare',
  'monthlyBudget',
  'selfReportRecall',
  'brandFirstRate',
  'horizonMonths',
] as const;

export const threeLedgersFigure: FigureDefinition<LedgerRows> = {
  name: 'three-ledgers',
  namespace: 'ledgers',
  title: 'Three ledgers of the same months',
  caption:
    'Each month\u2019s opportunities (or leads) credited three ways, and the share each ledger gives to brand. Last click: the channel of the visit that converted. Self-reported: what buyers answer when asked how they heard of you. True credit: what the brand budget added, found by running the same months again with each budget switched off.',
  overrides: budgetOverrides,
  controls: [...ledgerControls],
  primary: ['brandShare', 'selfReportRecall'],
  extras: { measure: measureSetting },
  presets: [],
  legend: LEDGERS.map((l) => ({ className: l.role, label: l.label })),
  aspect: 0.5,
  minHeight: 260,
  maxHeight: 440,
  compute(state) {
    const measure = measureOf(state);
    const rows = attribution({ ...state.scenario, schedule: [] });
    return {
      measure,
      rows,
      months: rows.map((row) => ({ month: row.month, shares: ledgerShares([row], measure) })),
      overall: ledgerShares(rows, measure),
    };
  },
  draw(d, _state, options) {
    return lineChart(
      d.months.flatMap(({ month, shares }) =>
        LEDGERS.map((l) => ({ x: month, series: l.label, role: l.role, value: shares[l.key] })),
      ),
      {
        ...options,
        xLabel: 'Month',
        yLabel: `Brand\u2019s share of ${d.measure}`,
        yFormat: '.0%',
        yDomain: [0, 1],
        xDomain: [1, Math.max(2, d.months.length)],
      },
    );
  },
  summary(d) {
    const first = d.months[0]!.shares;
    const last = d.months.at(-1)!.shares;
    const n = d.months.length;
    return `Of the ${formatCount(d.overall.total)} ${d.measure} over ${formatMonths(n)}, last click credits brand with ${formatPercent(d.overall.lastClick)}, buyers\u2019 answers with ${formatPercent(d.overall.selfReported)} and the true credit is ${formatPercent(d.overall.trueCredit)}. In month 1 the survey gives brand ${formatPercent(first.selfReported)} against a true ${formatPercent(first.trueCredit)}; in month ${formatCount(n)}, ${formatPercent(last.selfReported)} against ${formatPercent(last.trueCredit)}.`;
  },
  values(d) {
    return {
      overallTrue: d.overall.trueCredit,
      overallSelf: d.overall.selfReported,
      lastTrue: d.months.at(-1)!.shares.trueCredit,
    };
  },
  stats(d, { scenario }) {
    const first = d.months[0]!.shares;
    const last = d.months.at(-1)!.shares;
    // The first month from which the true credit stays above what the survey says.
    let overtakes: number | null = null;
    for (const { month, shares } of d.months) {
      const above = (shares.trueCredit ?? 0) > (shares.selfReported ?? 0);
      if (above && overtakes === null) overtakes = month;
      if (!above) overtakes = null;
    }
    return {
      brandShare: formatPercent(scenario.brandShare),
      recall: formatPercent(scenario.selfReportRecall),
      measure: d.measure,
      months: formatMonths(d.months.length),
      total: formatCount(d.overall.total),
      overallLastClick: formatPercent(d.overall.lastClick),
      overallSelf: formatPercent(d.overall.selfReported),
      overallTrue: formatPercent(d.overall.trueCredit),
      firstSelf: formatPercent(first.selfReported),
      firstTrue: formatPercent(first.trueCredit),
      firstBaseline: formatPercent(first.baseline),
      lastSelf: formatPercent(last.selfReported),
      lastTrue: formatPercent(last.trueCredit),
      lastBaseline: formatPercent(last.baseline),
      overtakes: overtakes === null ? 'in no month' : `from month ${formatCount(overtakes)}`,
    };
  },
  table(d) {
    const key = d.measure;
    return {
      columns: [
        countColumn('month', 'Month'),
        countColumn('total', key === 'leads' ? 'Leads' : 'Opportunities'),
        countColumn('brandedSearch', 'Last click: branded search'),
        countColumn('directOrganic', 'Last click: direct and organic'),
        countColumn('categorySearch', 'Last click: category search'),
        countColumn('gatedContent', 'Last click: gated content'),
        percentColumn('lastClick', 'Brand share, last click'),
        percentColumn('selfReported', 'Brand share, self-reported'),
        percentColumn('trueCredit', 'Brand share, true credit'),
        percentColumn('baseline', 'Memory from before month 1'),
      ],
      rows: d.rows.map((row, i) => ({
        month: row.month,
        ...row[key].lastClick,
        ...d.months[i]!.shares,
      })),
    };
  },
};

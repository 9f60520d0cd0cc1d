// Figure: what the survey says as recall varies. A buyer who had the brand in mind names a brand
// channel with probability r (MODEL.md section 13), so the self-reported brand share is r times
// the share of warm leads: a straight line in r. Against it, the true share in the same months,
// early (memory built before the plan still carries the leads) and late.

import { attribution, ledgerShares } from '../model/index.ts';
import type { Measure } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import type { LineRow } from '../charts/lineChart.ts';
import { formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { measureOf, measureSetting } from './three-ledgers.ts';
import { percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

/** The early window: the plan's first months, when memory from before the plan still works. */
export const EARLY_MONTHS = 6;
/** The late window: the last year of the horizon. */
export const LATE_MONTHS = 12;

export interface Window {
  label: string;
  /** "months 1–6" */
  span: string;
  from: number;
  to: number;
  /** Share of the window's total from buyers who had the brand in mind (the survey at recall 1). */
  warm: number | null;
  trueCredit: number | null;
  baseline: number | null;
  /** The recall at which the survey gives brand exactly its true share; null beyond 100%. */
  breakEven: number | null;
}

export interface RecallRows {
  measure: Measure;
  recall: number;
  early: Window;
  late: Window;
}

const STEPS = 21;

export const surveyRecallFigure: FigureDefinition<RecallRows> = {
  name: 'survey-recall',
  namespace: 'recall',
  title: 'What the survey says, as recall varies',
  caption:
    'The brand\u2019s share of opportunities (or leads) in buyers\u2019 answers to \u201cHow did you hear about us?\u201d, for every rate at which buyers who had the brand in mind say so, against the true share in the same months (dashed). Blue: the plan\u2019s first six months; green: the last twelve.',
  overrides: budgetOverrides,
  controls: ['selfReportRecall', 'brandShare', 'initialSalience', 'brandFirstRate', 'horizonMonths'],
  primary: ['selfReportRecall', 'initialSalience'],
  extras: { measure: measureSetting },
  presets: [],
  legend: [
    { className: 'c-brand', label: 'First six months' },
    { className: 'c-bought', label: 'Last twelve months' },
    { className: 'c-ever dashed', label: 'Dashed: the true share (solid: what the survey says)' },
  ],
  aspect: 0.55,
  minHeight: 280,
  maxHeight: 460,
  compute(state) {
    const measure = measureOf(state);
    const { scenario } = state;
    const horizon = scenario.horizonMonths;
    // At recall 1 the survey credits brand with every warm lead; at recall r, r times as many.
    const rows = attribution({ ...scenario, selfReportRecall: 1, schedule: [] });
    const window = (label: string, from: number, to: number): Window => {
      const shares = ledgerShares(rows.slice(from - 1, to), measure);
      const warm = shares.selfReported;
      const breakEven = warm && shares.trueCredit !== null ? shares.trueCredit / warm : null;
      return {
        label,
        span: `months ${from}\u2013${to}`,
        from,
        to,
        warm,
        trueCredit: shares.trueCredit,
        baseline: shares.baseline,
        breakEven: breakEven !== null && breakEven <= 1 ? breakEven : null,
      };
    };
    const early = Math.min(EARLY_MONTHS, horizon);
    return {
      measure,
      recall: scenario.selfReportRecall,
      early: window('Early', 1, early),
      late: window('Late', Math.max(1, horizon - LATE_MONTHS + 1), horizon),
    };
  },
  draw(d, _state, options) {
    const lines: LineRow[] = [];
    for (const [w, role] of [
      [d.early, 'c-brand'],
      [d.late, 'c-bought'],
    ] as const) {
      for (let i = 0; i < STEPS; i++) {
        const r = i / (STEPS - 1);
        lines.push({ x: r, series: `${w.label}: survey`, role, value: w.warm === null ? null : r * w.warm });
        lines.push({ x: r, series: `${w.label}: true`, role, value: w.trueCredit, dashed: true });
      }
    }
    const at = (w: typeof d.early) => (w.warm === null ? null : d.recall * w.warm);
    return lineChart(lines, {
      ...options,
      xLabel: 'Recall: share who say so',
      yLabel: `Brand\u2019s share of ${d.measure}`,
      xFormat: '.0%',
      yFormat: '.0%',
      xDomain: [0, 1],
      yDomain: [0, 1],
      markers: [d.early, d.late].flatMap((w) => {
        const y = at(w);
        return y === null ? [] : [{ x: d.recall, y, label: '', role: w === d.early ? 'c-brand' : 'c-bought' } as const];
      }),
      rules: [{ x: d.recall, label: `your recall: ${formatPercent(d.recall)}`, role: 'c-ever' }],
    });
  },
  summary(d) {
    const said = (w: typeof d.early) => (w.warm === null ? null : d.recall * w.warm);
    const verdict = (w: typeof d.early) => {
      const s = said(w);
      if (s === null || w.trueCredit === null) return 'cannot be compared';
      if (Math.abs(s - w.trueCredit) < 0.005) return 'matches the truth';
      return s > w.trueCredit ? 'over-credits brand' : 'under-credits brand';
    };
    return `With ${formatPercent(d.recall)} recall, the survey gives brand ${formatPercent(said(d.early))} of ${d.measure} in ${d.early.span} against a true ${formatPercent(d.early.trueCredit)} (it ${verdict(d.early)}), and ${formatPercent(said(d.late))} in ${d.late.span} against a true ${formatPercent(d.late.trueCredit)} (it ${verdict(d.late)}). Early on, ${formatPercent(d.early.baseline)} of ${d.measure} come from memory built before the plan, which buyers may credit to brand though the plan\u2019s budget did not buy it.`;
  },
  values(d) {
    return {
      earlySaid: d.early.warm === null ? null : d.recall * d.early.warm,
      earlyTrue: d.early.trueCredit,
      lateSaid: d.late.warm === null ? null : d.recall * d.late.warm,
      lateTrue: d.late.trueCredit,
    };
  },
  stats(d) {
    const said = (w: typeof d.early) => (w.warm === null ? null : d.recall * w.warm);
    const breakEven = (w: typeof d.early) =>
      w.breakEven === null ? 'no recall up to 100%' : formatPercent(w.breakEven);
    return {
      measure: d.measure,
      recall: formatPercent(d.recall),
      earlyMonths: formatMonths(d.early.to - d.early.from + 1),
      earlySaid: formatPercent(said(d.early)),
      earlyTrue: formatPercent(d.early.trueCredit),
      earlyBaseline: formatPercent(d.early.baseline),
      earlyWarm: formatPercent(d.early.warm),
      earlyBreakEven: breakEven(d.early),
      lateMonths: formatMonths(d.late.to - d.late.from + 1),
      lateSaid: formatPercent(said(d.late)),
      lateTrue: formatPercent(d.late.trueCredit),
      lateWarm: formatPercent(d.late.warm),
      lateBreakEven: breakEven(d.late),
    };
  },
  table(d) {
    return {
      columns: [
        percentColumn('recall', 'Recall'),
        percentColumn('earlySaid', `Survey, ${d.early.span}`),
        percentColumn('earlyTrue', `True, ${d.early.span}`),
        percentColumn('lateSaid', `Survey, ${d.late.span}`),
        percentColumn('lateTrue', `True, ${d.late.span}`),
      ],
      rows: Array.from({ length: STEPS }, (_, i) => {
        const r = i / (STEPS - 1);
        return {
          recall: r,
          earlySaid: d.early.warm === null ? null : r * d.early.warm,
          earlyTrue: d.early.trueCredit,
          lateSaid: d.late.warm === null ? null : r * d.late.warm,
          lateTrue: d.late.trueCredit,
        };
      }),
    };
  },
};

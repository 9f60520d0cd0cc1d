// Figure: the stage ladder. The two company-stage tables of the sources (Paddington's five
// stages, Pollack's three bands laid over them) against the model's best brand share for what
// each stage implies: a horizon, a budget and a starting memory, shown in the table and scaled
// by the reader.

import { noDealCloses, stageLadder } from '../model/index.ts';
import type { ParameterKey, StageResult } from '../model/index.ts';
import { categoryDots } from '../charts/categories.ts';
import { formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import { OBJECTIVES, objectiveOf, objectiveSetting, spendOnlyNote } from './objectives.ts';
import { marketPresetsFor } from './common.ts';
import { countColumn, currencyColumn, percentColumn } from './columns.ts';
import type { ExtraSetting, FigureDefinition } from './types.ts';

const scale = (label: string, description: string, min: number, max: number): ExtraSetting => ({
  kind: 'number',
  default: 1,
  min,
  max,
  step: 0.05,
  integer: false,
  unit: '\u00d7',
  format: 'decimal',
  label,
  description,
  source: 'This site\u2019s reading of what each stage implies; scale it to your own.',
});

/** Short names for the axis, so five stages fit a phone. */
export const STAGE_SHORT: Record<string, string> = {
  'pre-pmf': 'Pre-PMF',
  'early-growth': 'Early',
  scaling: 'Scaling',
  'mid-market': 'Mid',
  enterprise: 'Enterprise',
};

/** The axis label of a stage: its short name over its horizon, so the reader sees what each rung plans on. */
export function stageTick(stage: StageResult): string {
  return `${STAGE_SHORT[stage.id]}\n${stage.horizon} mo`;
}

const CONTROLS: ParameterKey[] = [
  'brandFirstRate',
  'memoryHalfLifeMonths',
  'cycleMonths',
  'windowMonths',
  'medianCpc',
  'buyers',
];

/** A budget per buyer per month, always in cents: "$0.05", "$1.00". */
function formatPerBuyer(value: number | null): string {
  return value === null || !Number.isFinite(value) ? formatCurrency(null) : `$${value.toFixed(2)}`;
}

export interface LadderRows {
  stages: StageResult[];
  objective: (typeof OBJECTIVES)[number];
}

export const stageLadderFigure: FigureDefinition<LadderRows> = {
  name: 'stage-ladder',
  namespace: 'stage',
  title: 'The stage ladder: what the sources say, and what the model finds',
  caption:
    'For five company stages, the brand share two sources recommend and the share the model finds best for what each stage implies: a planning horizon (shown under each stage), a monthly budget for a category of this size, which is the same budget per buyer per month whatever the size, and how many buyers already know the brand; the data table lists all four. The Horizons \u00d7 and Budgets \u00d7 controls scale every stage at once. Filled dots: the model; open dots: the sources.',
  primary: ['objective', 'horizonScale', 'budgetScale'],
  controls: CONTROLS,
  extras: {
    objective: objectiveSetting,
    horizonScale: scale('Horizons \u00d7', 'Multiplies every stage\u2019s planning horizon.', 0.25, 2),
    budgetScale: scale('Budgets \u00d7', 'Multiplies every stage\u2019s monthly budget.', 0.1, 4),
  },
  presets: marketPresetsFor(CONTROLS),
  legend: [
    { className: 'c-brand', label: 'The model\u2019s best share' },
    { className: 'c-ever', label: 'Paddington (2026)' },
    { className: 'c-activation', label: 'Pollack (2026)' },
  ],
  aspect: 0.55,
  minHeight: 280,
  maxHeight: 440,
  compute(state) {
    const objective = objectiveOf(state);
    return {
      objective,
      stages: stageLadder(state.scenario, {
        objective: objective.id,
        horizonScale: state.extras['horizonScale']!,
        budgetScale: state.extras['budgetScale']!,
      }),
    };
  },
  draw(d, _state, options) {
    const points = d.stages.flatMap((s) => [
      { category: stageTick(s), series: 'Paddington', role: 'c-ever' as const, value: s.paddington },
      { category: stageTick(s), series: 'Pollack', role: 'c-activation' as const, value: s.pollack },
      { category: stageTick(s), series: 'Model', role: 'c-brand' as const, value: s.best, line: true },
    ]);
    return categoryDots(points, {
      ...options,
      categories: d.stages.map(stageTick),
      xLabel: 'Company stage and its horizon',
      yLabel: 'Brand share of the budget',
      yFormat: '.0%',
      yDomain: [0, 1],
    });
  },
  summary(d, { scenario }) {
    const list = d.stages.map((s) => `${s.label.toLowerCase()} ${formatPercent(s.best)}`).join(', ');
    const closed =
      d.objective.id === 'contribution'
        ? d.stages.filter((s) => noDealCloses(s.horizon, scenario.salesCycleMonths))
        : [];
    const which =
      closed.length === 1
        ? `The ${closed[0]!.label.toLowerCase()} stage\u2019s horizon of ${formatMonths(closed[0]!.horizon)} ends`
        : `The horizons of the ${closed
            .map(
              (s, i) => `${i === closed.length - 1 ? 'and ' : ''}${s.label.toLowerCase()} (${formatMonths(s.horizon)})`,
            )
            .join(closed.length === 2 ? ' ' : ', ')} stages end`;
    const spendOnly = closed.length
      ? ` ${which} before any deal closes. ${spendOnlyNote(scenario.salesCycleMonths)}`
      : '';
    return `Counting ${d.objective.noun}, the model\u2019s best brand share by stage is: ${list}. The sources give ${d.stages.map((s) => formatPercent(s.paddington)).join(', ')} (Paddington) and ${[...new Set(d.stages.map((s) => formatPercent(s.pollack)))].join(', ')} across three bands (Pollack).${spendOnly}`;
  },
  values(d) {
    return Object.fromEntries(d.stages.map((s) => [s.id, s.best]));
  },
  stats(d) {
    const by = (id: string) => d.stages.find((s) => s.id === id)!;
    const out: Record<string, string> = { objective: d.objective.noun };
    for (const s of d.stages) {
      const key = s.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      out[`${key}Best`] = formatPercent(s.best);
      out[`${key}Horizon`] = formatMonths(s.horizon);
      out[`${key}Budget`] = formatCurrency(s.budget);
      out[`${key}PerBuyer`] = formatPerBuyer(s.budgetPerBuyer);
      out[`${key}Memory`] = formatPercent(s.initialSalience);
    }
    const above = d.stages.filter((s) => s.best > s.paddington + 0.05).length;
    out['aboveCount'] = `${above} of ${d.stages.length}`;
    out['gapEnterprise'] = formatPercent(by('enterprise').best - by('enterprise').paddington);
    return out;
  },
  table(d) {
    return {
      columns: [
        { key: 'label', label: 'Stage', format: (v) => String(v) },
        { key: 'revenue', label: 'Annual revenue', format: (v) => String(v) },
        countColumn('horizon', 'Horizon (months)'),
        currencyColumn('budget', 'Monthly budget'),
        { key: 'budgetPerBuyer', label: 'Budget per buyer per month', format: (v) => formatPerBuyer(v as number) },
        percentColumn('initialSalience', 'Starting memory'),
        percentColumn('paddington', 'Paddington (2026)'),
        percentColumn('pollack', 'Pollack (2026)'),
        percentColumn('best', `Model, counting ${d.objective.noun}`),
      ],
      rows: d.stages.map((s) => ({ ...s })),
    };
  },
};

// The comparison at the heart of "Brand compounds": the same total budget split three ways,
// 10% brand (the activation-heavy "90/10"), 60% brand (Binet & Field's "60/40"), and the
// reader's own split, run by the expected-value engine.

import { runAtShare, stagePresets } from '../model/index.ts';
import type { ParameterKey, Scenario, ShareRun } from '../model/index.ts';
import type { Role } from '../charts/palette.ts';
import { formatPercent } from '../lib/format.ts';
import type { FigurePreset } from './types.ts';

export const LIGHT = 0.1;
export const HEAVY = 0.6;

export const brandControls: ParameterKey[] = [
  'monthlyBudget',
  'brandShare',
  'memoryHalfLifeMonths',
  'encodingPerExposure',
  'brandFirstRate',
  'horizonMonths',
];

/** Budget sliders on a scale a planning meeting uses, not the schema's full $100 million. */
export const budgetOverrides = {
  monthlyBudget: { max: 250_000, step: 500 },
};

export const stageFigurePresets: FigurePreset[] = stagePresets.map((p) => ({
  id: p.id,
  label: p.label,
  patch: p.patch,
}));

export interface SplitRun extends ShareRun {
  label: string;
  role: Role;
  dashed: boolean;
}

export function splitLabel(share: number): string {
  return `${formatPercent(share)} brand`;
}

/** The two reference splits and the reader's own, at the scenario's total budget. */
export function splitRuns(scenario: Scenario): SplitRun[] {
  const run = (share: number, label: string, role: Role, dashed: boolean): SplitRun => ({
    ...runAtShare(scenario, share),
    label,
    role,
    dashed,
  });
  return [
    run(LIGHT, splitLabel(LIGHT), 'c-activation', false),
    run(HEAVY, splitLabel(HEAVY), 'c-brand', false),
    run(scenario.brandShare, `Yours: ${splitLabel(scenario.brandShare)}`, 'c-ever', true),
  ];
}

/** "24% higher", "28% lower", "the same". */
export function higherLower(change: number | null): string {
  if (change === null) return formatPercent(null);
  if (Math.abs(change) < 0.005) return 'the same';
  return `${formatPercent(Math.abs(change))} ${change > 0 ? 'higher' : 'lower'}`;
}

/** The settings block the chapter's split figures share. */
export const brandSettings = {
  overrides: budgetOverrides,
  controls: brandControls,
  presets: stageFigurePresets,
};

/** The legend entries of the two reference splits. */
export const splitLegend = [
  { className: 'c-activation', label: '10% brand' },
  { className: 'c-brand', label: '60% brand' },
];

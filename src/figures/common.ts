// Pieces the figure definitions share: the settings every seeded figure has, the market
// presets restricted to a figure's controls, and the pool-timing controls.

import { marketPresets } from '../model/index.ts';
import { formatPercent } from '../lib/format.ts';
import type { ParameterKey, ScenarioPatch } from '../model/index.ts';
import type { ExtraSetting, FigurePreset } from './types.ts';

export const seedSetting: ExtraSetting = {
  kind: 'number',
  default: 1,
  min: 1,
  max: 9_999,
  step: 1,
  integer: true,
  unit: '',
  format: 'count',
  label: 'Random seed',
  description: 'Which random draw of buyers to show; the same seed always gives the same pool.',
  source: 'Seeded generator (sfc32).',
};

export const poolControls: ParameterKey[] = ['cycleMonths', 'windowMonths', 'entryPattern', 'heterogeneity'];

/** The settings of a figure about the pool of buyers: timing controls, a seed, market presets. */
export function poolSettings(buyers: number) {
  return {
    premise: { patch: { buyers }, reason: 'a sample of buyers is enough to show the shares' },
    controls: poolControls,
    extras: { seed: seedSetting } as Record<string, ExtraSetting>,
    presets: marketPresetsFor(poolControls),
  };
}

/** The market presets, keeping only the fields a figure lets the reader change. */
export function marketPresetsFor(controls: readonly ParameterKey[]): FigurePreset[] {
  return marketPresets.map((preset) => ({
    id: preset.id,
    label: preset.label,
    patch: Object.fromEntries(
      Object.entries(preset.patch).filter(([key]) => controls.includes(key as ParameterKey)),
    ) as ScenarioPatch,
  }));
}

/**
 * A switch among labelled values (a parameterization, a reference reading), or a toggle when
 * no choices are given. Stored as a number so the same validator reads it from an address.
 */
export function switchSetting(
  label: string,
  description: string,
  source: string,
  choices?: readonly { value: number; label: string }[],
): ExtraSetting {
  const values = choices?.map((c) => c.value) ?? [0, 1];
  return {
    kind: 'number',
    default: values[0]!,
    min: Math.min(...values),
    max: Math.max(...values),
    step: 1,
    integer: true,
    unit: '',
    format: 'count',
    label,
    description,
    source,
    ...(choices ? { control: 'choice' as const, choices } : { control: 'toggle' as const }),
  };
}

/**
 * A change in words: "fall by 3.1%", "rise by 13%", "stay the same"; with `singular`, "falls
 * by", "rises by", "stays the same".
 */
export function riseOrFall(change: number | null, singular = false): string {
  if (change === null) return formatPercent(null);
  const s = singular ? 's' : '';
  if (Math.abs(change) < 0.0005) return `stay${s} the same`;
  return `${change > 0 ? 'rise' : 'fall'}${s} by ${formatPercent(Math.abs(change))}`;
}

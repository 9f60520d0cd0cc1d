// Shared helpers for the model tests: scenarios by split, and summary statistics over seeds.

import { defaultScenario } from '../src/model/index.ts';
import type { Scenario } from '../src/model/index.ts';

/** The default scenario with a given constant brand share (10% brand is the "90/10" activation-heavy split). */
export function withShare(brandShare: number, patch: Partial<Scenario> = {}): Scenario {
  return { ...defaultScenario, schedule: [], ...patch, brandShare };
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Standard error of the mean, from the sample standard deviation. */
export function standardError(values: readonly number[]): number {
  const m = mean(values);
  const variance = values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance / values.length);
}

// Helpers for the chapters' registries of prose numbers (test/prose/<slug>.ts): a figure's
// stats at its default state or with a patch, and the model's defaults.

import { figureByName } from '../src/figures/registry.ts';
import { defaultState } from '../src/figures/url-state.ts';
import type { ScenarioPatch } from '../src/model/index.ts';

/** A figure's prose numbers (what <Num> prints) with the scenario patched and extras set. */
export function statsOf(name: string, patch: ScenarioPatch = {}, extras: Record<string, number> = {}) {
  const definition = figureByName(name);
  const start = defaultState(definition);
  const state = { scenario: { ...start.scenario, ...patch }, extras: { ...start.extras, ...extras } };
  return definition.stats(definition.compute(state), state);
}

/** A figure's rows with the scenario patched. */
export function rowsOf<T>(name: string, patch: ScenarioPatch = {}, extras: Record<string, number> = {}): T {
  const definition = figureByName(name);
  const start = defaultState(definition);
  return definition.compute({ scenario: { ...start.scenario, ...patch }, extras: { ...start.extras, ...extras } }) as T;
}

/** Rounds like the prose: to `digits` decimal places. */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

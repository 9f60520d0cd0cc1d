// The planner's scenarios: up to three named variants of the reader's numbers, side by side, in
// one address. Bare keys are shared by all; `s1.brandShare=0.1` is scenario 1's own value. With
// one scenario its numbers are simply the reader's (bare keys, carried to every chapter); with
// two or three, each keeps only what differs from the shared numbers. Pure: no DOM.

import { parameterKeys } from '../model/index.ts';
import type { ParameterKey, Scenario } from '../model/index.ts';
import { MAX_SCENARIOS } from './query.ts';
import type { PageQuery } from './query.ts';
import { changedKeys, describeValue, readReader, readerParams } from './reader.ts';

export const NAME_LENGTH = 40;

export interface PlannerScenario {
  name: string;
  /** Values that differ from the shared numbers. */
  patch: Partial<Record<ParameterKey, number | string>>;
}

export interface PlannerState {
  shared: Scenario;
  scenarios: PlannerScenario[];
}

export function defaultName(index: number): string {
  return index === 0 ? 'Your numbers' : `Scenario ${index + 1}`;
}

/** A name as typed, made safe to show and to put in an address: one line, at most 40 characters. */
export function cleanName(raw: string, index: number): string {
  // eslint-disable-next-line no-control-regex
  const text = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_LENGTH);
  return text || defaultName(index);
}

export function readPlanner(query: PageQuery): { state: PlannerState; problems: string[] } {
  const shared = readReader(query.reader);
  const problems = shared.problems.map((p) => `Shared numbers: ${p}`);
  const indices = Object.keys(query.scenarios)
    .map(Number)
    .filter((i) => i >= 1 && i <= MAX_SCENARIOS)
    .sort((a, b) => a - b);
  const scenarios: PlannerScenario[] = [];
  for (const index of indices) {
    const { name, ...values } = query.scenarios[index]!;
    const position = scenarios.length;
    const read = readReader(values, shared.scenario);
    problems.push(...read.problems.map((p) => `Scenario ${index}, ${p}`));
    if (name !== undefined && cleanName(name, position) !== name.trim())
      problems.push(`Scenario ${index}, name: shortened to ${JSON.stringify(cleanName(name, position))}`);
    scenarios.push({ name: cleanName(name ?? '', position), patch: diff(read.scenario, shared.scenario) });
  }
  if (scenarios.length === 0) scenarios.push({ name: defaultName(0), patch: {} });
  return { state: { shared: shared.scenario, scenarios }, problems };
}

function diff(scenario: Scenario, from: Scenario): Partial<Record<ParameterKey, number | string>> {
  const out: Partial<Record<ParameterKey, number | string>> = {};
  for (const key of changedKeys(scenario, from)) out[key] = scenario[key] as number | string;
  return out;
}

/** Scenario `index` in full: the shared numbers with its own on top. */
export function effective(state: PlannerState, index: number): Scenario {
  const scenario = state.scenarios[index];
  if (!scenario || Object.keys(scenario.patch).length === 0) return state.shared;
  return readReader(scenario.patch, state.shared).scenario;
}

/** The address parts of a planner state. */
export function plannerParams(state: PlannerState): {
  reader: Record<string, string | number>;
  scenarios: Record<number, Record<string, string | number>>;
} {
  if (state.scenarios.length === 1 && state.scenarios[0]!.name === defaultName(0))
    return { reader: readerParams(effective(state, 0)), scenarios: {} };
  const scenarios: Record<number, Record<string, string | number>> = {};
  state.scenarios.forEach((scenario, i) => {
    const fields: Record<string, string | number> = { name: scenario.name };
    for (const key of parameterKeys) if (Object.hasOwn(scenario.patch, key)) fields[key] = scenario.patch[key]!;
    scenarios[i + 1] = fields;
  });
  return { reader: readerParams(state.shared), scenarios };
}

/** Sets raw values on scenario `index`; returns the new state and one sentence per replaced value. */
export function setValues(
  state: PlannerState,
  index: number,
  raw: Partial<Record<ParameterKey, unknown>>,
): { state: PlannerState; problems: string[] } {
  const read = readReader(raw, effective(state, index));
  if (state.scenarios.length === 1) {
    // One scenario: its numbers are the reader's own, carried to every chapter.
    return {
      state: { shared: read.scenario, scenarios: [{ name: state.scenarios[0]!.name, patch: {} }] },
      problems: read.problems,
    };
  }
  const scenarios = state.scenarios.map((s, i) =>
    i === index ? { ...s, patch: diff(read.scenario, state.shared) } : s,
  );
  return { state: { ...state, scenarios }, problems: read.problems };
}

export function rename(state: PlannerState, index: number, raw: string): PlannerState {
  return {
    ...state,
    scenarios: state.scenarios.map((s, i) => (i === index ? { ...s, name: cleanName(raw, i) } : s)),
  };
}

/** A copy of scenario `index` added at the end (at most three). */
export function duplicate(state: PlannerState, index: number): PlannerState {
  if (state.scenarios.length >= MAX_SCENARIOS) return state;
  const source = state.scenarios[index]!;
  const copy = { name: cleanName(`${source.name} (copy)`, state.scenarios.length), patch: { ...source.patch } };
  return { ...state, scenarios: [...state.scenarios, copy] };
}

/** A new scenario with the shared numbers. */
export function add(state: PlannerState): PlannerState {
  if (state.scenarios.length >= MAX_SCENARIOS) return state;
  return { ...state, scenarios: [...state.scenarios, { name: defaultName(state.scenarios.length), patch: {} }] };
}

/** Removes scenario `index`; the last one left takes over the shared numbers. */
export function remove(state: PlannerState, index: number): PlannerState {
  if (state.scenarios.length <= 1) return state;
  const scenarios = state.scenarios.filter((_, i) => i !== index);
  if (scenarios.length === 1) {
    const only = scenarios[0]!;
    return { shared: readReader(only.patch, state.shared).scenario, scenarios: [{ name: only.name, patch: {} }] };
  }
  return { ...state, scenarios };
}

/**
 * The planner handout's line: each scenario's name and what it changes from the defaults, or
 * null with fewer than two scenarios (the line of numbers says it then).
 */
export function scenariosLine(state: PlannerState): string | null {
  if (state.scenarios.length < 2) return null;
  return `Scenarios: ${state.scenarios
    .map((s, i) => {
      const scenario = effective(state, i);
      const changed = changedKeys(scenario);
      return `${s.name} (${changed.length ? changed.map((key) => describeValue(key, scenario[key])).join(', ') : 'the defaults'})`;
    })
    .join('; ')}.`;
}

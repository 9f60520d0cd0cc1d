// A figure's settings in the page URL: `?pool.cycleMonths=48&pool.seed=7`. Only values that
// differ from the figure's defaults are written, and anything read back goes through the same
// validation as every other scenario, so a hand-edited link can never break a page.

import { parseScenario, readNumber } from '../model/scenario.ts';
import type { Scenario } from '../model/scenario.ts';
import type { FigureDefinition, FigureState } from './types.ts';

export interface ReadState {
  state: FigureState;
  /** One sentence per setting that was replaced or ignored, already prefixed with the namespace. */
  problems: string[];
}

export function defaultState(definition: FigureDefinition): FigureState {
  return readState(definition, '').state;
}

export function readState(definition: FigureDefinition, search: string): ReadState {
  const prefix = `${definition.namespace}.`;
  const controls = new Set<string>(definition.controls);
  const scenarioInput: Record<string, string> = Object.create(null) as Record<string, string>;
  const extrasInput: Record<string, string> = Object.create(null) as Record<string, string>;
  const problems: string[] = [];
  for (const [key, value] of safeParams(search)) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (controls.has(name)) scenarioInput[name] = value;
    else if (Object.hasOwn(definition.extras, name)) extrasInput[name] = value;
    else problems.push(`${shorten(key)} is not a setting of this figure; ignored`);
  }
  const parsed = parseScenario({ ...definition.base, ...scenarioInput });
  problems.push(...parsed.problems.map((problem) => `${prefix}${problem}`));
  const extras: Record<string, number> = {};
  for (const [name, spec] of Object.entries(definition.extras)) {
    if (!(name in extrasInput)) {
      extras[name] = spec.default;
      continue;
    }
    const read = readNumber(`${prefix}${name}`, extrasInput[name], spec);
    if (read.problem) problems.push(read.problem);
    extras[name] = read.value;
  }
  return { state: { scenario: parsed.scenario, extras }, problems };
}

/** The page's query string with this figure's settings replaced by those of `state` that differ from the defaults. */
export function writeState(definition: FigureDefinition, state: FigureState, search: string): string {
  const prefix = `${definition.namespace}.`;
  const params = new URLSearchParams();
  for (const [key, value] of safeParams(search)) if (!key.startsWith(prefix)) params.append(key, value);
  const defaults = defaultState(definition);
  for (const key of definition.controls) {
    const value = state.scenario[key as keyof Scenario];
    if (value !== defaults.scenario[key as keyof Scenario]) params.set(`${prefix}${key}`, String(value));
  }
  for (const name of Object.keys(definition.extras)) {
    if (state.extras[name] !== defaults.extras[name]) params.set(`${prefix}${name}`, String(state.extras[name]));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Query keys that belong to no figure on the page. */
export function strayParams(search: string, namespaces: readonly string[]): string[] {
  const stray: string[] = [];
  for (const [key] of safeParams(search)) {
    if (!namespaces.some((ns) => key.startsWith(`${ns}.`)))
      stray.push(`${shorten(key)} is not a setting on this page; ignored`);
  }
  return stray;
}

function safeParams(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search)];
  } catch {
    return [];
  }
}

/** A key as a message may show it: at most 40 characters, and never the words NaN, Infinity or undefined. */
function shorten(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
  return JSON.stringify(short.replace(/nan|infinity|undefined/gi, '\u2026'));
}

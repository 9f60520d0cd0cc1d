// A figure's state, layered: the defaults, then the reader's numbers (shared by every figure),
// then the figure's premise (what it is about fixes some keys), then the figure's own settings
// (`?ladder.monthlyBudget=30000`). Every value read from an address goes through the same
// validation as every other scenario, so a hand-edited link can never break a page.

import { defaultScenario, parameters, parseScenario, readNumber, windowFits } from '../model/index.ts';
import type { ParameterKey, Scenario } from '../model/index.ts';
import { formatValue, inSentence } from '../lib/format.ts';
import { safeKey } from '../state/query.ts';
import type { ExtraSetting, FigureDefinition, FigureState } from './types.ts';

/** A problem in the words of this figure: a parameter's label as the figure's control reads it. */
export function inFigureWords(definition: FigureDefinition, problem: string): string {
  for (const [key, override] of Object.entries(definition.overrides ?? {})) {
    const label = parameters[key as ParameterKey].label;
    if (override?.label && problem.startsWith(`${label}:`)) return `${override.label}${problem.slice(label.length)}`;
  }
  return problem;
}

/** What the reader changed in this figure only: parameter values and extras, as validated. */
export interface OwnSettings {
  scenario: Partial<Record<ParameterKey, number | string>>;
  extras: Record<string, number>;
}

export interface FigureRead {
  state: FigureState;
  own: OwnSettings;
  /** One sentence per setting that was replaced or ignored, in the words of its label. */
  problems: string[];
}

/**
 * A figure's own setting from the address. A choice may also be written by its name, as a person
 * typing a link would ("objective=wins" for "Wins", matched on the label's first word, in any
 * case); anything else that is not one of its values is refused with the choices named.
 */
export function readSetting(name: string, raw: unknown, spec: ExtraSetting): { value: number; problem?: string } {
  const choices = spec.choices;
  if (!choices) return readNumber(name, raw, spec);
  const numeric = typeof raw === 'number' || (typeof raw === 'string' && /^\s*[+-]?[\d.]/.test(raw));
  if (!numeric && typeof raw === 'string') {
    const word = raw.trim().toLowerCase();
    const named = choices.find((c) => c.label.toLowerCase() === word || choiceName(c.label) === word);
    if (named) return { value: named.value };
  }
  const read = readNumber(name, raw, spec);
  if (numeric && choices.some((c) => c.value === read.value)) return read;
  const names = choices.map((c) => choiceName(c.label)).join(', ');
  const fallback = choices.find((c) => c.value === spec.default);
  return {
    value: spec.default,
    problem: `${name}: ${safeKey(String(raw))} is not one of ${names}; using ${fallback ? choiceName(fallback.label) : spec.default}`,
  };
}

/** A choice's name in an address: the first word of its label, lower case ("Contribution (…)" is "contribution"). */
function choiceName(label: string): string {
  return label.toLowerCase().split(/[\s(]/)[0]!;
}

export function noOwnSettings(): OwnSettings {
  return { scenario: {}, extras: {} };
}

/** The scenario a figure starts from before its own settings: the reader's numbers under its premise. */
export function baseScenario(definition: FigureDefinition, reader: Scenario): Scenario {
  const premise = definition.premise?.patch ?? {};
  if (Object.keys(premise).length === 0) return reader;
  return parseScenario({ ...reader, ...premise }).scenario;
}

/** The state to draw: the base, then the figure's own settings; extras at their defaults unless set. */
export function stateFrom(definition: FigureDefinition, reader: Scenario, own: OwnSettings): FigureState {
  const base = baseScenario(definition, reader);
  // Own settings were each read and checked when they were set (setOwn, readFigure), and the base
  // is a parsed scenario: only the rule across fields can fail, and only then is the whole parsed
  // again (which repairs it). So an input does not re-read thirty fields.
  const merged = { ...base, ...own.scenario } as Scenario;
  const scenario =
    Object.keys(own.scenario).length === 0 ? base : windowFits(merged) ? merged : parseScenario(merged).scenario;
  const extras: Record<string, number> = {};
  for (const [name, spec] of Object.entries(definition.extras)) extras[name] = own.extras[name] ?? spec.default;
  return { scenario, extras };
}

export function defaultState(definition: FigureDefinition): FigureState {
  return stateFrom(definition, defaultScenario, noOwnSettings());
}

/** Reads a figure's own settings from the raw namespaced values of an address. */
export function readFigure(
  definition: FigureDefinition,
  reader: Scenario,
  raw: Readonly<Record<string, string>> = {},
): FigureRead {
  const prefix = `${definition.namespace}.`;
  const controls = new Set<string>(definition.controls);
  const problems: string[] = [];
  const scenarioInput: Record<string, string> = Object.create(null) as Record<string, string>;
  const own = noOwnSettings();
  for (const [name, value] of Object.entries(raw)) {
    if (controls.has(name)) scenarioInput[name] = value;
    else if (Object.hasOwn(definition.extras, name)) {
      const read = readSetting(definition.extras[name]!.label, value, definition.extras[name]!);
      if (read.problem) problems.push(read.problem);
      if (read.value !== definition.extras[name]!.default) own.extras[name] = read.value;
    } else problems.push(`${safeKey(prefix + name)} is not a setting of this figure; ignored`);
  }
  if (Object.keys(scenarioInput).length) {
    const base = baseScenario(definition, reader);
    const parsed = parseScenario({ ...base, ...scenarioInput });
    problems.push(...parsed.problems.map((p) => inFigureWords(definition, p)));
    for (const key of Object.keys(scenarioInput) as ParameterKey[])
      if (parsed.scenario[key] !== base[key]) own.scenario[key] = parsed.scenario[key] as number | string;
  }
  return { state: stateFrom(definition, reader, own), own, problems };
}

/**
 * Applies one control's raw value. A value equal to what the reader's numbers already give is
 * not an experiment, so it leaves the figure's own settings: the figure follows the reader again.
 */
export function setOwn(
  definition: FigureDefinition,
  reader: Scenario,
  own: OwnSettings,
  key: string,
  raw: unknown,
): { own: OwnSettings; problems: string[] } {
  const prefix = `${definition.namespace}.`;
  const next: OwnSettings = { scenario: { ...own.scenario }, extras: { ...own.extras } };
  if (Object.hasOwn(definition.extras, key)) {
    const spec = definition.extras[key]!;
    const read = readSetting(spec.label, raw, spec);
    if (read.value === spec.default) delete next.extras[key];
    else next.extras[key] = read.value;
    return { own: next, problems: read.problem ? [read.problem] : [] };
  }
  if (!Object.hasOwn(parameters, key)) return { own, problems: [`${safeKey(prefix + key)} is not a setting; ignored`] };
  const base = baseScenario(definition, reader);
  const spec = parameters[key as ParameterKey];
  if (spec.kind === 'number') {
    // The common case, a number that keeps the window shorter than the cycle: read that one
    // value exactly as parseScenario would, without re-reading the rest.
    const read = readNumber(spec.label, raw, spec);
    const merged = { ...base, ...next.scenario, [key]: read.value } as Scenario;
    if (windowFits(merged)) {
      if (read.value === base[key as ParameterKey]) delete next.scenario[key as ParameterKey];
      else next.scenario[key as ParameterKey] = read.value;
      return { own: next, problems: read.problem ? [inFigureWords(definition, read.problem)] : [] };
    }
  }
  const parsed = parseScenario({ ...base, ...next.scenario, [key]: raw });
  const value = parsed.scenario[key as ParameterKey];
  if (value === base[key as ParameterKey]) delete next.scenario[key as ParameterKey];
  else next.scenario[key as ParameterKey] = value as number | string;
  // A repair of another field (the window must stay shorter than the cycle) is kept too.
  for (const other of Object.keys(next.scenario) as ParameterKey[])
    if (other !== key) next.scenario[other] = parsed.scenario[other] as number | string;
  return { own: next, problems: parsed.problems.map((p) => inFigureWords(definition, p)) };
}

/** The figure's own settings as address parameters (without the namespace). */
export function ownParams(own: OwnSettings): Record<string, string | number> {
  return { ...own.scenario, ...own.extras } as Record<string, string | number>;
}

/** The figure's experiments that could become the reader's numbers (premise keys stay the figure's). */
export function promotable(
  definition: FigureDefinition,
  own: OwnSettings,
): Partial<Record<ParameterKey, number | string>> {
  const premise = definition.premise?.patch ?? {};
  return Object.fromEntries(Object.entries(own.scenario).filter(([key]) => !Object.hasOwn(premise, key)));
}

/** "Fixes brand share at 0%: activation only." One line on what the figure overrides and why. */
export function premiseNote(definition: FigureDefinition): string | null {
  const premise = definition.premise;
  if (!premise || Object.keys(premise.patch).length === 0) return null;
  const fixed = Object.entries(premise.patch).map(([key, value]) => {
    const spec = parameters[key as ParameterKey];
    const shown = spec.kind === 'number' ? formatValue(Number(value), spec.format) : String(value);
    return `${inSentence(spec.label)} at ${shown}`;
  });
  return `Fixes ${fixed.join(' and ')}: ${premise.reason}.`;
}

/** A parameter's label as this figure's control reads it ("Activation spend" for the monthly budget). */
export function controlLabel(definition: FigureDefinition, key: string): string {
  return definition.overrides?.[key as ParameterKey]?.label ?? parameters[key as ParameterKey].label;
}

/** "Your experiments here: median CPC $40." Null when the figure follows the reader's numbers. */
export function ownNote(definition: FigureDefinition, own: OwnSettings): string | null {
  const parts = Object.entries(own.scenario).map(([key, value]) => {
    const spec = parameters[key as ParameterKey];
    const label = controlLabel(definition, key);
    const shown = spec.kind === 'number' ? formatValue(Number(value), spec.format) : String(value);
    return `${inSentence(label)} ${shown}`;
  });
  return parts.length ? `Changed in this figure only: ${parts.join(', ')}.` : null;
}

/** A step's settings with the reader's own changes in this figure on top. */
export function layerOwn(step: OwnSettings | null, own: OwnSettings): OwnSettings {
  if (!step) return own;
  return { scenario: { ...step.scenario, ...own.scenario }, extras: { ...step.extras, ...own.extras } };
}

/**
 * The reader's own changes that turn a step's settings into `effective`: what differs from the
 * step, and, where the reader set a step's value back to the reader's numbers, that value.
 */
export function ownOverStep(
  definition: FigureDefinition,
  reader: Scenario,
  step: OwnSettings | null,
  effective: OwnSettings,
): OwnSettings {
  if (!step) return effective;
  const base = baseScenario(definition, reader);
  const own = noOwnSettings();
  for (const [key, value] of Object.entries(effective.scenario) as [ParameterKey, number | string][])
    if (step.scenario[key] !== value) own.scenario[key] = value;
  for (const key of Object.keys(step.scenario) as ParameterKey[])
    if (!Object.hasOwn(effective.scenario, key)) own.scenario[key] = base[key] as number | string;
  for (const [key, value] of Object.entries(effective.extras)) if (step.extras[key] !== value) own.extras[key] = value;
  for (const key of Object.keys(step.extras))
    if (!Object.hasOwn(effective.extras, key)) own.extras[key] = definition.extras[key]!.default;
  return own;
}

/** "Step 2 of 4 sets the purchase cycle to 48 months." What a step changes, on top of the reader's numbers. */
export function stepNote(definition: FigureDefinition, n: number, count: number, step: OwnSettings): string {
  const parts = [
    ...Object.entries(step.scenario).map(([key, value]) => {
      const spec = parameters[key as ParameterKey];
      const label = controlLabel(definition, key);
      const shown =
        spec.kind === 'number' ? formatValue(Number(value), spec.format) : (spec.optionLabels[value as never] ?? value);
      return `the ${inSentence(label)} to ${shown}`;
    }),
    ...Object.entries(step.extras).map(([key, value]) => {
      const spec = definition.extras[key]!;
      const shown = spec.choices?.find((c) => c.value === value)?.label ?? formatValue(value, spec.format);
      return `the ${inSentence(spec.label)} to ${shown}`;
    }),
  ];
  const lead = `Step ${n} of ${count}`;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return list ? `${lead} sets ${list}, on top of your numbers.` : `${lead} shows your numbers.`;
}

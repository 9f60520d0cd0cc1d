// The reader's own numbers: one scenario per reader, read from the bare keys of the address,
// carried by every link, and described in one line at the top of each chapter.

import { defaultScenario, parameterKeys, parameters, parseScenario } from '../model/index.ts';
import type { ParameterKey, Scenario } from '../model/index.ts';
import { formatValue, inSentence } from '../lib/format.ts';

export interface ReaderNumbers {
  scenario: Scenario;
  /** Parameters that differ from the defaults, in the table's order. */
  changed: ParameterKey[];
  /** One sentence per value that was replaced, naming the key and the value used. */
  problems: string[];
}

export function changedKeys(scenario: Scenario, from: Scenario = defaultScenario): ParameterKey[] {
  return parameterKeys.filter((key) => scenario[key] !== from[key]);
}

/** Validates raw values (from an address or a form); bad ones are replaced and reported. */
export function readReader(raw: Readonly<Record<string, unknown>>, base: Scenario = defaultScenario): ReaderNumbers {
  const { scenario, problems } = parseScenario({ ...withoutSchedule(base), ...raw });
  const clean = { ...scenario, schedule: [] };
  return { scenario: clean, changed: changedKeys(clean), problems };
}

function withoutSchedule(scenario: Scenario): Omit<Scenario, 'schedule'> {
  const { schedule: _schedule, ...rest } = scenario;
  return rest;
}

/** The reader's numbers as address parameters: only those that differ from the defaults. */
export function readerParams(scenario: Scenario): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of changedKeys(scenario)) out[key] = scenario[key] as string | number;
  return out;
}

/** "cycle 48 months" style: a parameter's short name and its formatted value. */
export function describeValue(key: ParameterKey, value: unknown): string {
  const spec = parameters[key];
  const shown =
    spec.kind === 'number'
      ? formatValue(Number(value), spec.format)
      : (spec.optionLabels[value as never] ?? String(value));
  return `${inSentence(spec.label)} ${shown}`;
}

/** The bar's line: whose numbers the page shows. */
export function describeReader(scenario: Scenario): { lead: string; detail: string } {
  const changed = changedKeys(scenario);
  if (changed.length === 0) return { lead: 'Defaults', detail: 'an illustrative B2B category' };
  const shown = changed.slice(0, 4).map((key) => describeValue(key, scenario[key]));
  const more = changed.length > 4 ? `, and ${changed.length - 4} more` : '';
  return {
    lead: `Your numbers: ${changed.length} changed`,
    detail: `${shown.join(', ')}${more}`,
  };
}

/**
 * The handout's line of numbers: "Your numbers: purchase cycle 48 months; median CPC $40." (every
 * value that differs from the defaults), or that the page shows the defaults.
 */
export function numbersLine(scenario: Scenario): string {
  const changed = changedKeys(scenario);
  return changed.length
    ? `Your numbers: ${changed.map((key) => describeValue(key, scenario[key])).join('; ')}.`
    : 'The defaults: an illustrative B2B category.';
}

// The page address as state (URL scheme v2). Bare parameter names are the reader's own numbers,
// shared by every figure on every page; `<namespace>.<key>` is one figure's own experiment on
// top; `s1.` to `s3.` are the planner's named scenarios. Pure: no DOM, no validation of values
// (that is parseScenario's job); this module only sorts keys, migrates old links and writes.

import { parameterKeys } from '../model/parameters.ts';

export const URL_VERSION = 2;
export const VERSION_KEY = 'v';
/** The most scenarios a planner link holds side by side. */
export const MAX_SCENARIOS = 3;
/** Keys that belong to the page rather than to a scenario (presenter mode, embeds, the dataset's seed and noise). */
export const PAGE_KEYS: ReadonlySet<string> = new Set([
  'present',
  'presenter',
  'scene',
  'controls',
  'seed',
  'noise',
  'step',
]);

const PARAMETERS: ReadonlySet<string> = new Set(parameterKeys);
const SCENARIO_PREFIX = /^s([1-9]\d*)\.(.+)$/;

export interface PageQuery {
  /** The version the address was written in, before migration. */
  readVersion: number;
  /** Bare parameter names: the reader's numbers, raw text as typed. */
  reader: Record<string, string>;
  /** Figure namespace -> key -> raw text. */
  figures: Record<string, Record<string, string>>;
  /** Planner scenarios by number (1-based) -> key -> raw text; `name` is the scenario's name. */
  scenarios: Record<number, Record<string, string>>;
  /** Page keys, kept in order. */
  page: [string, string][];
  /** Keys that mean nothing here, already worded for a notice. */
  stray: string[];
  /** One sentence per migration step applied or version problem met. */
  notes: string[];
}

function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Pairs of a query string; a malformed one reads as empty rather than throwing. */
export function queryPairs(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search)];
  } catch {
    return [];
  }
}

/**
 * Migrations, OWID style: each step takes the pairs of one version to the next. Version 1 (the
 * unversioned links of the first release) had only figure settings, `pool.cycleMonths=48`; each
 * figure computed from its own base and those settings. In version 2 a figure computes from the
 * defaults, then the reader's numbers, then its premise (which equals its version-1 base), then
 * its own settings, so with no reader numbers a version-1 link opens every figure exactly as
 * before and its namespaced keys carry over unchanged. Version 1 ignored bare keys; no page ever
 * wrote one, so a bare key in an unversioned link was typed by hand and is read as the reader's
 * number, which is what its author meant.
 */
const MIGRATIONS: Record<number, (pairs: [string, string][]) => { pairs: [string, string][]; note?: string }> = {
  // Nothing is lost or reinterpreted, so the reader is told nothing.
  1: (pairs) => ({ pairs }),
};

function readVersion(pairs: [string, string][], notes: string[]): number {
  const raw = pairs.find(([key]) => key === VERSION_KEY)?.[1];
  if (raw === undefined) return 1;
  const version = /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (version >= 1 && version <= URL_VERSION) return version;
  notes.push(`This link names an address version this site does not know; it was read as version ${URL_VERSION}.`);
  return URL_VERSION;
}

export function readQuery(search: string): PageQuery {
  const notes: string[] = [];
  let pairs = queryPairs(search);
  const readVersionNumber = readVersion(pairs, notes);
  pairs = pairs.filter(([key]) => key !== VERSION_KEY);
  for (let version = readVersionNumber; version < URL_VERSION; version++) {
    const step = MIGRATIONS[version]!(pairs);
    pairs = step.pairs;
    if (step.note) notes.push(step.note);
  }
  const query: PageQuery = {
    readVersion: readVersionNumber,
    reader: dict(),
    figures: dict(),
    scenarios: dict() as Record<number, Record<string, string>>,
    page: [],
    stray: [],
    notes,
  };
  for (const [key, value] of pairs) {
    if (PAGE_KEYS.has(key)) {
      query.page.push([key, value]);
      continue;
    }
    if (PARAMETERS.has(key)) {
      query.reader[key] = value;
      continue;
    }
    const scenario = SCENARIO_PREFIX.exec(key);
    if (scenario) {
      const index = Number(scenario[1]);
      const field = scenario[2]!;
      if (index > MAX_SCENARIOS) query.stray.push(`${safeKey(key)}: at most ${MAX_SCENARIOS} scenarios; ignored`);
      else if (field === 'name' || PARAMETERS.has(field)) (query.scenarios[index] ??= dict())[field] = value;
      else query.stray.push(`${safeKey(key)} is not a setting of a scenario; ignored`);
      continue;
    }
    const dot = key.indexOf('.');
    if (dot > 0) {
      (query.figures[key.slice(0, dot)] ??= dict())[key.slice(dot + 1)] = value;
      continue;
    }
    query.stray.push(`${safeKey(key)} is not a setting; ignored`);
  }
  return query;
}

export interface QueryParts {
  reader?: Record<string, string | number>;
  figures?: Record<string, Record<string, string | number>>;
  scenarios?: Record<number, Record<string, string | number>>;
  page?: [string, string][];
}

/**
 * The address for a state, in a fixed order (version, reader's numbers in parameter order,
 * scenarios, figures, page keys) so that the same state always gives the same link.
 */
export function writeQuery(parts: QueryParts): string {
  const params = new URLSearchParams();
  const reader = parts.reader ?? {};
  for (const key of parameterKeys) if (Object.hasOwn(reader, key)) params.append(key, String(reader[key]));
  const scenarios = parts.scenarios ?? {};
  for (const index of Object.keys(scenarios)
    .map(Number)
    .sort((a, b) => a - b)) {
    const fields = scenarios[index]!;
    if (Object.hasOwn(fields, 'name')) params.append(`s${index}.name`, String(fields['name']));
    for (const key of parameterKeys)
      if (Object.hasOwn(fields, key)) params.append(`s${index}.${key}`, String(fields[key]));
  }
  const figures = parts.figures ?? {};
  for (const namespace of Object.keys(figures).sort())
    for (const [key, value] of Object.entries(figures[namespace]!)) params.append(`${namespace}.${key}`, String(value));
  for (const [key, value] of parts.page ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${VERSION_KEY}=${URL_VERSION}&${text}` : '';
}

/** Only the reader's numbers and the version, for links that carry them to another page. */
export function carriedQuery(search: string): string {
  return writeQuery({ reader: readQuery(search).reader });
}

/** A key as a notice may show it: short, quoted, and never the words NaN, Infinity or undefined. */
export function safeKey(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
  return JSON.stringify(short.replace(/nan|infinity|undefined/gi, '\u2026'));
}

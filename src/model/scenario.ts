// The scenario: one flat object of MODEL.md section 9's parameters plus a budget schedule.
// The zod schema is generated from the parameter table; parseScenario turns anything (a URL,
// a hand-edited link, a preset) into a complete valid scenario and a list of what it replaced.

// zod/mini: the same parser as zod with a functional API that tree-shakes; this schema runs in
// the browser, where full zod would weigh about 23 KB gzip of every page's script.
import * as z from 'zod/mini';
import { ENTRY_PATTERNS, MAX_MONTH, MAX_SEGMENTS, parameterKeys, parameters } from './parameters.ts';
import type { NumberParameter, ParameterKey } from './parameters.ts';
import { formatValue } from '../lib/format.ts';

// No compiled validators: zod's fast path builds them with new Function, which the site's
// Content Security Policy forbids (even zod's probe for it is reported as a violation).
z.config({ jitless: true });

/** A parameter's field: its range, whole numbers where the table says so, and its default. */
function numberField(spec: NumberParameter) {
  const base = spec.integer ? z.int() : z.number();
  return z._default(base.check(z.minimum(spec.min), z.maximum(spec.max)), spec.default);
}

const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const month = () => z.int().check(z.minimum(1), z.maximum(MAX_MONTH));

const p = parameters;

/** Overrides the budget plan in months fromMonth..toMonth; later segments win. */
export const segmentSchema = z
  .strictObject({
    /** First month the segment applies to (1-based, inclusive). */
    fromMonth: month(),
    /** Last month the segment applies to (inclusive). */
    toMonth: month(),
    /** Replaces the monthly budget in those months. */
    monthlyBudget: z.optional(between(p.monthlyBudget.min, p.monthlyBudget.max)),
    /** Replaces the brand share in those months. */
    brandShare: z.optional(between(0, 1)),
  })
  .check(z.refine((s) => s.fromMonth <= s.toMonth, { message: 'fromMonth must not be after toMonth' }));

export type Segment = z.output<typeof segmentSchema>;

/** The fields alone; presets validate against its partial. */
export const scenarioFields = z.strictObject({
  buyers: numberField(p.buyers),
  cycleMonths: numberField(p.cycleMonths),
  windowMonths: numberField(p.windowMonths),
  entryPattern: z._default(z.enum(ENTRY_PATTERNS), p.entryPattern.default),
  heterogeneity: numberField(p.heterogeneity),
  memoryHalfLifeMonths: numberField(p.memoryHalfLifeMonths),
  brandCpm: numberField(p.brandCpm),
  encodingPerExposure: numberField(p.encodingPerExposure),
  initialSalience: numberField(p.initialSalience),
  brandFirstRate: numberField(p.brandFirstRate),
  brandSearchShare: numberField(p.brandSearchShare),
  brandCpc: numberField(p.brandCpc),
  medianCpc: numberField(p.medianCpc),
  cpcSpread: numberField(p.cpcSpread),
  clickToLeadCold: numberField(p.clickToLeadCold),
  clickToLeadWarm: numberField(p.clickToLeadWarm),
  leadToOppCold: numberField(p.leadToOppCold),
  leadToOppWarm: numberField(p.leadToOppWarm),
  oppToWinCold: numberField(p.oppToWinCold),
  oppToWinWarm: numberField(p.oppToWinWarm),
  dealSize: numberField(p.dealSize),
  salesCostPerLead: numberField(p.salesCostPerLead),
  salesCycleMonths: numberField(p.salesCycleMonths),
  monthlyBudget: numberField(p.monthlyBudget),
  brandShare: numberField(p.brandShare),
  horizonMonths: numberField(p.horizonMonths),
  gatedShare: numberField(p.gatedShare),
  gatedCpl: numberField(p.gatedCpl),
  intentLift: numberField(p.intentLift),
  selfReportRecall: numberField(p.selfReportRecall),
  /** Budget schedule: segments that override the monthly budget or brand share for a span of months. */
  schedule: z._default(z.array(segmentSchema).check(z.maxLength(MAX_SEGMENTS)), []),
});

/**
 * The one rule across fields: a buyer's buying window is shorter than its purchase cycle. The
 * schemas check it, windowRepair repairs it, and the figures' fast paths ask it, all here.
 */
export function windowFits(s: { windowMonths: number; cycleMonths: number }): boolean {
  return s.windowMonths < s.cycleMonths;
}

export const WINDOW_RULE = 'windowMonths must be shorter than cycleMonths';

export const scenarioSchema = scenarioFields.check(z.refine(windowFits, { message: WINDOW_RULE }));

export type Scenario = z.output<typeof scenarioSchema>;
/** A partial scenario: what presets and URLs carry. */
export type ScenarioPatch = Partial<Scenario>;

export const defaultScenario: Readonly<Scenario> = deepFreeze(scenarioSchema.parse({}));

export interface ParsedScenario {
  scenario: Scenario;
  /** One human-readable sentence per field that was replaced or dropped. */
  problems: string[];
}

const KNOWN = new Map<string, ParameterKey | 'schedule'>([
  ...parameterKeys.map((k) => [k, k] as const),
  ['schedule', 'schedule'],
]);

/**
 * Reads anything into a complete, valid scenario. Missing fields take their defaults
 * silently; every value that had to be replaced or dropped gets one sentence in `problems`.
 * Never throws, never writes to a prototype.
 */
export function parseScenario(input: unknown): ParsedScenario {
  try {
    return parseUnchecked(input);
  } catch {
    return { scenario: freshDefaults(), problems: ['the scenario could not be read; using the defaults'] };
  }
}

function parseUnchecked(input: unknown): ParsedScenario {
  const problems: string[] = [];
  const scenario = freshDefaults();
  if (input === undefined || input === null) return { scenario, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(`the scenario must be a set of named parameters, not ${describe(input)}; using the defaults`);
    return { scenario, problems };
  }
  const record = input as Record<string, unknown>;
  const out = scenario as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const known = KNOWN.get(key);
    if (known === undefined) {
      problems.push(`unknown parameter ${quote(key)} dropped`);
      continue;
    }
    const raw = record[key];
    if (known === 'schedule') {
      scenario.schedule = readSchedule(raw, problems);
      continue;
    }
    const spec = parameters[known];
    if (spec.kind === 'choice') {
      if (typeof raw === 'string' && (spec.options as readonly string[]).includes(raw)) out[known] = raw;
      else
        problems.push(
          `${spec.label}: ${describe(raw)} is not one of ${spec.options.map((o) => spec.optionLabels[o]).join(', ')}; using ${spec.optionLabels[spec.default]}`,
        );
      continue;
    }
    const read = readNumber(spec.label, raw, spec);
    if (read.problem) problems.push(read.problem);
    out[known] = read.value;
  }
  const repair = windowRepair(scenario);
  if (repair) {
    problems.push(repair.sentence);
    scenario.windowMonths = repair.windowMonths;
  }
  // The parts were each checked above; this guards the whole against a future field that is not.
  const checked = scenarioSchema.safeParse(scenario);
  if (!checked.success)
    return { scenario: freshDefaults(), problems: [...problems, 'the scenario was not valid; using the defaults'] };
  return { scenario: checked.data, problems };
}

/**
 * The repair of the rule (windowFits): when the window is not shorter than the cycle, it becomes
 * the longest the cycle allows, with the sentence that says so.
 */
export function windowRepair(s: { windowMonths: number; cycleMonths: number }): {
  windowMonths: number;
  sentence: string;
} | null {
  if (windowFits(s)) return null;
  const windowMonths = Math.max(parameters.windowMonths.min, Math.min(parameters.windowMonths.max, s.cycleMonths - 1));
  const months = (n: number) => formatValue(n, 'months');
  return {
    windowMonths,
    sentence: `The buying window must be shorter than the purchase cycle (${months(s.cycleMonths)}), so it is ${months(windowMonths)}.`,
  };
}

export interface NumberRead {
  value: number;
  problem?: string;
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number from a number or a plain decimal text, checked against a parameter's spec; anything
 * else is replaced by `fallback` with one sentence saying why. Figures read their own settings
 * (a seed, a month) with it, so every message on the site has the same form.
 */
export function readNumber(name: string, raw: unknown, spec: NumberParameter, fallback = spec.default): NumberRead {
  // Bounds and the value used as a reader reads them: "the maximum 12 months", "using 40%".
  const shown = (v: number) => (Number.isFinite(v) && spec.format ? formatValue(v, spec.format) : String(v));
  // Written only when there is a problem: a redraw reads every parameter, and almost all are fine.
  const using = () => `; using ${shown(fallback)}`;
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string' && raw.length <= 64 && NUMERIC_TEXT.test(raw.trim())) value = Number(raw.trim());
  else return { value: fallback, problem: `${name}: ${describe(raw)} is not a number${using()}` };
  if (Number.isNaN(value)) return { value: fallback, problem: `${name}: ${describe(raw)} is not a number${using()}` };
  if (!Number.isFinite(value))
    return { value: fallback, problem: `${name}: ${describe(raw)} is not a finite number${using()}` };
  if (value < spec.min)
    return { value: fallback, problem: `${name}: ${describe(raw)} is below the minimum ${shown(spec.min)}${using()}` };
  if (value > spec.max)
    return { value: fallback, problem: `${name}: ${describe(raw)} is above the maximum ${shown(spec.max)}${using()}` };
  if (spec.integer && !Number.isInteger(value)) {
    const rounded = Math.min(spec.max, Math.max(spec.min, Math.round(value)));
    return { value: rounded, problem: `${name}: ${describe(raw)} is not a whole number; using ${shown(rounded)}` };
  }
  return { value };
}

const SEGMENT_FIELDS = {
  fromMonth: { ...parameters.horizonMonths, default: 1 },
  toMonth: { ...parameters.horizonMonths, default: 1 },
  monthlyBudget: parameters.monthlyBudget,
  brandShare: parameters.brandShare,
} satisfies Record<string, NumberParameter>;

function readSchedule(raw: unknown, problems: string[]): Segment[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push(`schedule: ${describe(raw)} is not a list of segments; dropped`);
    return [];
  }
  const kept: Segment[] = [];
  const length = raw.length;
  if (length > MAX_SEGMENTS)
    problems.push(`schedule: ${length} segments is more than ${MAX_SEGMENTS}; the rest dropped`);
  for (let i = 0; i < Math.min(length, MAX_SEGMENTS); i++) {
    const segment = readSegment(raw[i], `schedule[${i}]`, problems);
    if (segment) kept.push(segment);
  }
  return kept;
}

function readSegment(raw: unknown, where: string, problems: string[]): Segment | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${where}: ${describe(raw)} is not a segment; dropped`);
    return null;
  }
  const record = raw as Record<string, unknown>;
  const segment: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(SEGMENT_FIELDS, key)) {
      problems.push(`${where}: unknown field ${quote(key)} dropped`);
      continue;
    }
    const spec = SEGMENT_FIELDS[key as keyof typeof SEGMENT_FIELDS];
    const read = readNumber(`${where}.${key}`, record[key], spec, Number.NaN);
    if (read.problem !== undefined || Number.isNaN(read.value)) {
      problems.push(`${(read.problem ?? '').replace(/; using NaN$/, '')}; segment dropped`);
      return null;
    }
    segment[key] = read.value;
  }
  if (segment['fromMonth'] === undefined || segment['toMonth'] === undefined) {
    problems.push(`${where}: a segment needs fromMonth and toMonth; segment dropped`);
    return null;
  }
  const parsed = segmentSchema.safeParse({ ...segment });
  if (!parsed.success) {
    problems.push(
      `${where}: fromMonth ${segment['fromMonth']} is after toMonth ${segment['toMonth']}; segment dropped`,
    );
    return null;
  }
  return parsed.data;
}

function freshDefaults(): Scenario {
  return { ...defaultScenario, schedule: [] };
}

/**
 * A short, safe rendering of any value for a problem message: never the whole of a long text,
 * and never the words NaN, Infinity or undefined, which readers must not see on a page even
 * when they typed them into a link.
 */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length > 40) return `a ${value.length.toLocaleString('en-US')}-character text`;
    return /nan|infinity|undefined/i.test(value) ? 'that text' : quote(value);
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'that value';
    return Number.isFinite(value) ? String(value) : 'an infinite value';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'undefined') return 'nothing';
  return `a ${typeof value}`;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}\u2026` : text);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

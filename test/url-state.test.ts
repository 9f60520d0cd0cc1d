// A figure's own settings in the URL: read back through the same validation as every scenario,
// written only when they differ from what the reader's numbers give, and safe against any query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolDotsFigure } from '../src/figures/pool-dots.ts';
import {
  baseScenario,
  defaultState,
  noOwnSettings,
  ownParams,
  readFigure,
  setOwn,
  stateFrom,
  inFigureWords,
} from '../src/figures/url-state.ts';
import type { OwnSettings } from '../src/figures/url-state.ts';
import { figureByName, figures } from '../src/figures/registry.ts';
import type { FigureDefinition } from '../src/figures/types.ts';
import { defaultScenario, parameterKeys, parameters, parseScenario } from '../src/model/index.ts';
import type { ParameterKey, Scenario } from '../src/model/index.ts';
import { formatCurrency, formatMonths, formatPercent, formatValue, inSentence } from '../src/lib/format.ts';
import { readQuery, writeQuery } from '../src/state/query.ts';
import { PROPERTY_SEED } from './arbitraries.ts';

const figure = poolDotsFigure;

function read(search: string) {
  return readFigure(figure, defaultScenario, readQuery(search).figures['pool']);
}

describe('figure state in the URL', () => {
  it('reopens the same scenario from a copied link', () => {
    const { state, own, problems } = read('?pool.cycleMonths=48&pool.seed=7&other.x=1');
    expect(problems).toEqual([]);
    expect(state.scenario.cycleMonths).toBe(48);
    expect(state.extras['seed']).toBe(7);
    expect(writeQuery({ figures: { pool: ownParams(own) } })).toBe('?v=2&pool.cycleMonths=48&pool.seed=7');
  });

  it('writes nothing for the defaults', () => {
    const { own } = read('?pool.cycleMonths=60&pool.seed=1');
    expect(ownParams(own)).toEqual({});
    expect(read('').state).toEqual(defaultState(figure));
  });

  it('replaces hostile values with safe ones and says what it replaced', () => {
    const { state, problems } = read(
      '?pool.cycleMonths=NaN&pool.windowMonths=-3&pool.seed=1e309&pool.entryPattern=%3Cscript%3E&pool.medianCpc=5&pool.__proto__=1',
    );
    expect(state).toEqual(defaultState(figure));
    expect(problems).toEqual([
      'Random seed: "1e309" is not a finite number; using 1',
      '"pool.medianCpc" is not a setting of this figure; ignored',
      '"pool.__proto__" is not a setting of this figure; ignored',
      'Purchase cycle: that text is not a number; using 60 months',
      'Buying window: "-3" is below the minimum 1 month; using 3 months',
      'Entry pattern: "<script>" is not one of Regular, Random, Mixed; using Regular',
    ]);
  });

  it('never throws and always yields a drawable state for any query string', () => {
    const keys = fc.constantFrom(
      'pool.cycleMonths',
      'pool.windowMonths',
      'pool.seed',
      'pool.month',
      'pool.entryPattern',
      'pool.x',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.string({ maxLength: 30 }))), fc.string(), (pairs, junk) => {
        const search = `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}&${junk}`;
        const { state } = read(search);
        expect(state.scenario.windowMonths).toBeLessThan(state.scenario.cycleMonths);
        expect(state.extras['month']).toBeGreaterThanOrEqual(1);
        expect(state.extras['month']).toBeLessThanOrEqual(60);
        expect(Number.isInteger(state.extras['seed'])).toBe(true);
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});

describe('formatting', () => {
  it('never shows NaN, Infinity or undefined', () => {
    for (const value of [Number.NaN, Infinity, -Infinity, null, undefined]) {
      for (const format of ['count', 'percent', 'currency', 'months', 'decimal'] as const) {
        expect(formatValue(value as number, format)).toBe('\u2014');
      }
    }
  });

  it('formats shares, money and months for readers', () => {
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0.0567)).toBe('5.7%');
    expect(formatPercent(0.243)).toBe('24%');
    expect(formatCurrency(1234.5)).toBe('$1,235');
    expect(formatCurrency(2.5)).toBe('$2.50');
    expect(formatCurrency(13.564)).toBe('$13.56');
    expect(formatCurrency(20)).toBe('$20');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(60)).toBe('60 months');
  });

  it('puts labels inside sentences without lowering acronyms', () => {
    expect(inSentence('Median CPC')).toBe('median CPC');
    expect(inSentence('CPC spread')).toBe('CPC spread');
  });
});

describe('messages about keys', () => {
  it('never repeat the words NaN, Infinity or undefined from a hand-edited address', () => {
    const { problems } = read('?pool.undefined=1&pool.NaN=2');
    expect(problems).toEqual([
      '"pool.\u2026" is not a setting of this figure; ignored',
      '"pool.\u2026" is not a setting of this figure; ignored',
    ]);
    expect(readQuery('?Infinity=1').stray).toEqual(['"\u2026" is not a setting; ignored']);
  });
});

describe('the fast path of a figure input', () => {
  // What setOwn and stateFrom did before they read only the changed value: parse the whole
  // scenario. The fast path must give the same settings, state and messages for any input.
  function reference(
    definition: FigureDefinition,
    reader: Scenario,
    own: OwnSettings,
    key: ParameterKey,
    raw: unknown,
  ) {
    const next: OwnSettings = { scenario: { ...own.scenario }, extras: { ...own.extras } };
    const base = baseScenario(definition, reader);
    const parsed = parseScenario({ ...base, ...next.scenario, [key]: raw });
    const value = parsed.scenario[key];
    if (value === base[key]) delete next.scenario[key];
    else next.scenario[key] = value as number | string;
    for (const other of Object.keys(next.scenario) as ParameterKey[])
      if (other !== key) next.scenario[other] = parsed.scenario[other] as number | string;
    const state = parseScenario({ ...base, ...next.scenario }).scenario;
    return { own: next, problems: parsed.problems.map((p) => inFigureWords(definition, p)), state };
  }

  const numberKeys = parameterKeys.filter((k) => parameters[k].kind === 'number');
  const rawValue = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -10, max: 400 }),
    fc.constantFrom('abc', '', '1e3', '  12 ', 'NaN', 'Infinity', '0.5', '-1', null, undefined),
  );

  it('gives what a full parse gives, for any figure, key and value, one input after another', () => {
    const definitions = Object.values(figures);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: definitions.length - 1 }),
        fc.array(fc.tuple(fc.constantFrom(...numberKeys), rawValue), { minLength: 1, maxLength: 6 }),
        (index, inputs) => {
          const definition = definitions[index]!;
          let own = noOwnSettings();
          for (const [key, raw] of inputs) {
            const expected = reference(definition, defaultScenario, own, key, raw);
            const actual = setOwn(definition, defaultScenario, own, key, raw);
            expect(actual.own).toEqual(expected.own);
            expect(actual.problems).toEqual(expected.problems);
            expect(stateFrom(definition, defaultScenario, actual.own).scenario).toEqual(expected.state);
            own = actual.own;
          }
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 400 },
    );
  });
});

describe('a choice written by name in the address', () => {
  const yours = figureByName('your-split');
  const read = (raw: string) => readFigure(yours, defaultScenario, { objective: raw });

  it('reads a choice by the first word of its label, in any case', () => {
    expect(read('wins').state.extras['objective']).toBe(2);
    expect(read(' Contribution ').state.extras['objective']).toBe(3);
    expect(read('OPPORTUNITIES').problems).toEqual([]);
    expect(read('2').state.extras['objective']).toBe(2);
  });

  it('refuses anything else, naming the choices, and never repeats markup or NaN', () => {
    const bad = read('<script>alert(1)</script>');
    expect(bad.state.extras['objective']).toBe(0);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toContain('is not one of leads, opportunities, wins, contribution; using leads');
    expect(read('NaN').problems[0]).not.toMatch(/NaN/);
  });

  it('keeps reading numbers as before: a half rounds, out of range falls back', () => {
    const mmm = figureByName('mmm-view');
    expect(readFigure(mmm, defaultScenario, { observed: '0.5' }).state.extras['observed']).toBe(1);
    expect(readFigure(mmm, defaultScenario, { observed: '7' }).state.extras['observed']).toBe(0);
  });
});

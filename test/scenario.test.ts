import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defaultScenario, parseScenario, scenarioSchema } from '../src/model/index.ts';
import { scenarioFields } from '../src/model/scenario.ts';
import { parameterKeys, parameters } from '../src/model/parameters.ts';
import { sources } from '../src/model/parameter-notes.ts';
import { marketPresets, stagePresets } from '../src/model/presets.ts';
import { PROPERTY_SEED } from './arbitraries.ts';

function expectValid(input: unknown) {
  let result!: ReturnType<typeof parseScenario>;
  expect(() => (result = parseScenario(input))).not.toThrow();
  expect(scenarioSchema.safeParse(result.scenario).success).toBe(true);
  expect(result.scenario.windowMonths).toBeLessThan(result.scenario.cycleMonths);
  return result;
}

describe('the scenario schema', () => {
  it('gives every parameter a default, range, step, unit, label, description and source note', () => {
    expect(Object.keys(scenarioFields.shape).sort()).toEqual([...parameterKeys, 'schedule'].sort());
    for (const key of parameterKeys) {
      const spec = parameters[key];
      expect(spec.label.length, key).toBeGreaterThan(2);
      expect(spec.description.length, key).toBeGreaterThan(10);
      expect(sources[key].length, key).toBeGreaterThan(5);
      if (spec.kind === 'number') {
        expect(spec.min, key).toBeLessThan(spec.max);
        expect(spec.step, key).toBeGreaterThan(0);
        expect(spec.default, key).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default, key).toBeLessThanOrEqual(spec.max);
        expect(spec.unit.length, key).toBeGreaterThan(0);
      }
    }
  });

  it('has the defaults of MODEL.md section 9', () => {
    expect(defaultScenario).toMatchObject({
      buyers: 100_000,
      cycleMonths: 60,
      windowMonths: 3,
      entryPattern: 'regular',
      heterogeneity: 1,
      memoryHalfLifeMonths: 12,
      brandCpm: 40,
      encodingPerExposure: 0.005,
      initialSalience: 0.1,
      brandFirstRate: 0.2,
      brandSearchShare: 0.5,
      brandCpc: 2,
      medianCpc: 15,
      cpcSpread: 0.8,
      clickToLeadCold: 0.05,
      clickToLeadWarm: 0.1,
      leadToOppCold: 0.15,
      leadToOppWarm: 0.3,
      oppToWinCold: 0.2,
      oppToWinWarm: 0.3,
      dealSize: 20_000,
      salesCostPerLead: 50,
      salesCycleMonths: 3,
      monthlyBudget: 20_000,
      brandShare: 0.4,
      horizonMonths: 36,
      schedule: [],
    });
    expect(Object.isFrozen(defaultScenario)).toBe(true);
  });

  it('validates every preset as a partial scenario of the same schema', () => {
    for (const preset of [...marketPresets, ...stagePresets]) {
      expect(z.partial(scenarioFields).safeParse(preset.patch).success, preset.id).toBe(true);
      const { problems } = parseScenario({ ...preset.patch });
      expect(problems, preset.id).toEqual([]);
    }
    expect(marketPresets.find((p) => p.id === 'auto-insurance')!.patch).toEqual({
      cycleMonths: 18,
      windowMonths: 1,
      medianCpc: 50,
    });
    expect(stagePresets.map((p) => p.patch.brandShare)).toEqual([0.2, 0.5, 0.6]);
  });
});

describe('parseScenario', () => {
  it('fills missing fields with defaults silently', () => {
    expect(parseScenario({})).toEqual({ scenario: { ...defaultScenario, schedule: [] }, problems: [] });
    expect(parseScenario(undefined).problems).toEqual([]);
  });

  it('accepts numeric text, as a URL carries it', () => {
    const { scenario, problems } = parseScenario({ cycleMonths: '48', brandShare: '0.55' });
    expect(problems).toEqual([]);
    expect(scenario.cycleMonths).toBe(48);
    expect(scenario.brandShare).toBe(0.55);
  });

  it('replaces an out-of-range value with the default and says so in words', () => {
    expect(parseScenario({ cycleMonths: -5 }).problems).toEqual([
      'Purchase cycle: -5 is below the minimum 6 months; using 60 months',
    ]);
    expect(parseScenario({ buyers: 1e308 }).problems).toEqual([
      'Buyers in the category: 1e+308 is above the maximum 10,000,000; using 100,000',
    ]);
  });

  it('reports NaN, Infinity, text, arrays and objects, and uses the defaults', () => {
    const { scenario, problems } = parseScenario({
      cycleMonths: Number.NaN,
      windowMonths: Infinity,
      medianCpc: 'cheap',
      brandShare: [0.5],
      buyers: { n: 1 },
      horizonMonths: '1e309',
    });
    expect(problems).toEqual([
      'Purchase cycle: that value is not a number; using 60 months',
      'Buying window: an infinite value is not a finite number; using 3 months',
      'Median CPC: "cheap" is not a number; using $15',
      'Brand share: a list is not a number; using 40%',
      'Buyers in the category: an object is not a number; using 100,000',
      'Horizon: "1e309" is not a finite number; using 36 months',
    ]);
    expect(scenario).toEqual({ ...defaultScenario, schedule: [] });
  });

  it('rounds whole-number fields and reports it', () => {
    const { scenario, problems } = parseScenario({ cycleMonths: 47.6 });
    expect(scenario.cycleMonths).toBe(48);
    expect(problems).toEqual(['Purchase cycle: 47.6 is not a whole number; using 48 months']);
  });

  it('rejects an unknown entry pattern', () => {
    expect(parseScenario({ entryPattern: '<script>' }).problems).toEqual([
      'Entry pattern: "<script>" is not one of Regular, Random, Mixed; using Regular',
    ]);
  });

  it('reports and drops unknown keys, __proto__ and constructor without polluting any prototype', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "toString": 1, "bogus": 2}',
    );
    const { scenario, problems } = expectValid(hostile);
    expect(problems).toEqual([
      'unknown parameter "__proto__" dropped',
      'unknown parameter "constructor" dropped',
      'unknown parameter "toString" dropped',
      'unknown parameter "bogus" dropped',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
    expect(Object.hasOwn(scenario, 'polluted')).toBe(false);
  });

  it('repairs a window as long as the cycle', () => {
    const { scenario, problems } = parseScenario({ cycleMonths: 6, windowMonths: 12 });
    // The longest window the cycle allows, said in words.
    expect(scenario.windowMonths).toBe(5);
    expect(problems).toEqual([
      'The buying window must be shorter than the purchase cycle (6 months), so it is 5 months.',
    ]);
  });

  it('keeps valid schedule segments and drops the rest with a reason each', () => {
    const { scenario, problems } = parseScenario({
      schedule: [
        { fromMonth: 7, toMonth: 12, brandShare: 0 },
        { fromMonth: 0, toMonth: 3 },
        { fromMonth: 9, toMonth: 4 },
        { fromMonth: 1, toMonth: 2, brandShare: 2 },
        'not a segment',
        { fromMonth: 1 },
        { fromMonth: 1, toMonth: 2, colour: 'red' },
      ],
    });
    expect(scenario.schedule).toEqual([
      { fromMonth: 7, toMonth: 12, brandShare: 0 },
      { fromMonth: 1, toMonth: 2 },
    ]);
    expect(problems).toEqual([
      'schedule[1].fromMonth: 0 is below the minimum 1 month; segment dropped',
      'schedule[2]: fromMonth 9 is after toMonth 4; segment dropped',
      'schedule[3].brandShare: 2 is above the maximum 100%; segment dropped',
      'schedule[4]: "not a segment" is not a segment; dropped',
      'schedule[5]: a segment needs fromMonth and toMonth; segment dropped',
      'schedule[6]: unknown field "colour" dropped',
    ]);
  });

  it('survives a 1 MB string, non-objects, and a throwing getter', () => {
    const huge = 'x'.repeat(1 << 20);
    const big = expectValid({ medianCpc: huge, [huge]: 1 });
    expect(big.problems.join(' ').length).toBeLessThan(400);
    expect(big.problems[0]).toBe('Median CPC: a 1,048,576-character text is not a number; using $15');
    for (const input of [huge, 42, null, [1, 2], true, () => 1, Symbol('s')]) expectValid(input);
    const trap = Object.defineProperty({}, 'cycleMonths', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(expectValid(trap).problems).toEqual(['the scenario could not be read; using the defaults']);
  });

  it('never throws and always returns a valid scenario for arbitrary JSON-like input', () => {
    const keys = fc.constantFrom(...parameterKeys, 'schedule', '__proto__', 'constructor', 'prototype', 'x');
    const values = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.string(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0),
    );
    fc.assert(
      fc.property(fc.dictionary(keys, values), (input) => {
        expectValid(input);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { seed: PROPERTY_SEED, numRuns: 500 },
    );
  });
});

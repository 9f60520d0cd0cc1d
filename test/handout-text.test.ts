// The handout's words are computed from the numbers (issue #16, item 11: pure helpers out of the
// islands, with tests): the line of the reader's numbers and the planner's line of scenarios,
// across the whole parameter space, not only at the defaults.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parameterKeys } from '../src/model/index.ts';
import { changedKeys, describeValue, numbersLine, readReader } from '../src/state/reader.ts';
import { readPlanner, scenariosLine } from '../src/state/planner.ts';
import { readQuery } from '../src/state/query.ts';
import { PROPERTY_SEED, scenarioArbitrary } from './arbitraries.ts';

const BROKEN = /NaN|undefined|Infinity|null|\[object/;

describe('the handout\u2019s line of numbers', () => {
  it('says the page shows the defaults when nothing is changed', () => {
    expect(numbersLine(defaultScenario)).toBe('The defaults: an illustrative B2B category.');
  });

  it('names every changed value as the page formats it, and nothing else, for any scenario', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (raw) => {
        const { scenario } = readReader(raw as unknown as Record<string, unknown>);
        const line = numbersLine(scenario);
        const changed = changedKeys(scenario);
        expect(line).not.toMatch(BROKEN);
        if (changed.length === 0) return expect(line).toBe('The defaults: an illustrative B2B category.');
        expect(line.startsWith('Your numbers: ')).toBe(true);
        expect(line.endsWith('.')).toBe(true);
        for (const key of changed) expect(line).toContain(describeValue(key, scenario[key]));
        // One part per changed value.
        expect(line.slice('Your numbers: '.length, -1).split('; ')).toHaveLength(changed.length);
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });
});

describe('the planner handout\u2019s line of scenarios', () => {
  it('is left to the line of numbers with one scenario', () => {
    expect(scenariosLine(readPlanner(readQuery('?medianCpc=40')).state)).toBeNull();
  });

  it('names each scenario and what it changes, in order', () => {
    const { state } = readPlanner(readQuery('?v=2&s1.name=Now&s2.name=Brand%20heavy&s2.brandShare=0.6'));
    expect(scenariosLine(state)).toBe('Scenarios: Now (the defaults); Brand heavy (brand share 60%).');
  });

  it('never prints a broken value, for any pair of scenarios', () => {
    const key = fc.constantFrom(...parameterKeys);
    fc.assert(
      fc.property(scenarioArbitrary(), key, (raw, changedKey) => {
        const value = (raw as unknown as Record<string, unknown>)[changedKey];
        const { state } = readPlanner(readQuery(`?v=2&s1.name=A&s2.name=B&s2.${changedKey}=${String(value)}`));
        const line = scenariosLine(state)!;
        expect(line).not.toMatch(BROKEN);
        expect(line.startsWith('Scenarios: A (')).toBe(true);
        expect(line).toContain('; B (');
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });
});

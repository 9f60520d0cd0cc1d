// MODEL.md section 8: the agent engine, averaged over seeds, agrees with the expected-value
// engine. With N = 100,000 and 20 seeds the mean of each output must lie within 4 standard
// errors of the expectation at every month.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate, simulateSegments } from '../src/model/index.ts';
import type { MonthRow, Scenario } from '../src/model/index.ts';
import { mean, standardError } from './helpers.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const METRICS = ['salience', 'leads', 'wins'] as const;

type Runner = (options: { engine: 'expected' } | { engine: 'agents'; seed: number }) => MonthRow[];

function agreement(scenario: Scenario, run: Runner = (options) => simulate(scenario, options)) {
  const expected = run({ engine: 'expected' });
  const runs: MonthRow[][] = SEEDS.map((seed) => run({ engine: 'agents', seed }));
  const misses: string[] = [];
  let worst = 0;
  for (const metric of METRICS) {
    for (let t = 0; t < expected.length; t++) {
      const values = runs.map((rows) => rows[t]![metric]);
      const se = standardError(values);
      const z = Math.abs(mean(values) - expected[t]![metric]) / se;
      worst = Math.max(worst, z);
      if (!(z <= 4))
        misses.push(`${metric} month ${t + 1}: ${mean(values)} vs ${expected[t]![metric]} (${z.toFixed(2)} SE)`);
    }
  }
  return { misses, worst };
}

describe('engine contract', () => {
  it('agent means over 20 seeds at N = 100,000 lie within 4 SE of the expected-value engine for salience, leads and wins at every month', () => {
    const { misses, worst } = agreement(defaultScenario);
    expect(misses).toEqual([]);
    expect(worst).toBeGreaterThan(0);
  });

  it('holds under random entry, a brand cut, and activation saturation too', () => {
    const scenario: Scenario = {
      ...defaultScenario,
      entryPattern: 'random',
      monthlyBudget: 60_000,
      brandShare: 0.3,
      horizonMonths: 24,
      schedule: [{ fromMonth: 7, toMonth: 12, brandShare: 0 }],
    };
    expect(agreement(scenario).misses).toEqual([]);
  });

  it('holds under the mixed entry pattern of heavy and light buyers (MODEL.md v2)', () => {
    const scenario: Scenario = { ...defaultScenario, entryPattern: 'mixed', heterogeneity: 1, horizonMonths: 24 };
    expect(agreement(scenario).misses).toEqual([]);
  });

  it('holds with a third of the lead-generation budget on gated content (MODEL.md v2)', () => {
    const scenario: Scenario = { ...defaultScenario, gatedShare: 0.3, horizonMonths: 24 };
    expect(agreement(scenario).misses).toEqual([]);
  });

  it('holds with the whole lead-generation budget on cheap gated content, where form fills reach a buyer who has just forgotten', () => {
    // Before the fix the agents offered the asset only to buyers not salient at the start of the
    // month, so their salience ran low: 9.8 SE off at month 24 with these numbers.
    const scenario: Scenario = { ...defaultScenario, gatedShare: 1, gatedCpl: 5, horizonMonths: 24 };
    expect(agreement(scenario).misses).toEqual([]);
  });

  it('holds for a segmented scenario: a named-account tier, a mid tier and a long tail, summed (MODEL.md v2)', () => {
    const scenario: Scenario = { ...defaultScenario, monthlyBudget: 40_000, horizonMonths: 24 };
    const tiers = [
      { name: 'Named accounts', budgetShare: 0.3, buyers: 500, dealSize: 150_000, brandCpm: 200, medianCpc: 40 },
      { name: 'Mid market', budgetShare: 0.3, buyers: 10_000, dealSize: 40_000 },
      { name: 'Long tail', budgetShare: 0.4, buyers: 89_500 },
    ];
    const { misses } = agreement(scenario, (options) => simulateSegments(scenario, tiers, options).total);
    expect(misses).toEqual([]);
  });
});

// The parameter table as the form and the planner read it: every parameter sits in exactly one
// of the five groups, says in one sentence how a team estimates it, and defaults within its range.
import { describe, expect, it } from 'vitest';
import { PARAMETER_GROUPS, parameterKeys, parameters } from '../src/model/parameters.ts';
import { estimates } from '../src/model/parameter-notes.ts';

const GROUPS = {
  market: ['buyers', 'cycleMonths', 'windowMonths', 'entryPattern', 'heterogeneity'],
  prices: ['brandCpm', 'medianCpc', 'cpcSpread', 'brandCpc', 'gatedCpl'],
  memory: ['memoryHalfLifeMonths', 'encodingPerExposure', 'initialSalience', 'brandFirstRate', 'brandSearchShare'],
  funnel: [
    'clickToLeadCold',
    'clickToLeadWarm',
    'leadToOppCold',
    'leadToOppWarm',
    'oppToWinCold',
    'oppToWinWarm',
    'dealSize',
    'salesCostPerLead',
    'salesCycleMonths',
    'intentLift',
    'selfReportRecall',
  ],
  plan: ['monthlyBudget', 'brandShare', 'horizonMonths', 'gatedShare'],
};

describe('parameter table', () => {
  it('lists the five groups in display order, each labelled and described', () => {
    expect(PARAMETER_GROUPS.map((g) => g.id)).toEqual(['market', 'prices', 'memory', 'funnel', 'plan']);
    expect(PARAMETER_GROUPS.map((g) => g.label)).toEqual(['Market', 'Prices', 'Memory', 'Funnel', 'Plan']);
    for (const g of PARAMETER_GROUPS) expect(g.description, g.id).toMatch(/^[A-Z].*\.$/);
  });

  it('puts every parameter in exactly one group, as the form shows them', () => {
    const ids = PARAMETER_GROUPS.map((g) => g.id);
    for (const key of parameterKeys) expect(ids, key).toContain(parameters[key].group);
    const grouped = PARAMETER_GROUPS.flatMap((g) => parameterKeys.filter((k) => parameters[k].group === g.id));
    expect([...grouped].sort()).toEqual([...parameterKeys].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    for (const [group, keys] of Object.entries(GROUPS))
      expect(parameterKeys.filter((k) => parameters[k].group === group).sort(), group).toEqual([...keys].sort());
  });

  it('tells a team in one sentence how to estimate each parameter from its own data', () => {
    expect(Object.keys(estimates).sort()).toEqual([...parameterKeys].sort());
    for (const key of parameterKeys) {
      const estimate = estimates[key];
      expect(estimate.trim(), key).toBe(estimate);
      expect(estimate, key).toMatch(/^[A-Z].*\.$/s);
      // One sentence: no full stop followed by a new sentence inside it.
      expect(estimate.slice(0, -1), key).not.toMatch(/[.!?]\s+[A-Z]/);
      expect(estimate.length, key).toBeGreaterThan(40);
    }
  });

  it('says the calibrated rates cannot be measured directly, and how to bracket them', () => {
    expect(estimates.encodingPerExposure).toMatch(/cannot be measured directly.*brand-lift/);
    expect(estimates.brandFirstRate).toMatch(/cannot be measured directly.*branded search/);
  });

  it('keeps every default within its range and on the whole numbers where it must be', () => {
    for (const key of parameterKeys) {
      const spec = parameters[key];
      if (spec.kind === 'choice') {
        expect(spec.options, key).toContain(spec.default);
        continue;
      }
      expect(spec.min, key).toBeLessThanOrEqual(spec.default);
      expect(spec.default, key).toBeLessThanOrEqual(spec.max);
      if (spec.integer) expect(Number.isInteger(spec.default), key).toBe(true);
    }
  });
});

// The planner's tiers of accounts in the address: read, validated, written back, and run as
// segments whose shares always add up to 1.
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateSegments } from '../src/model/index.ts';
import { readQuery, writeQuery } from '../src/state/query.ts';
import { readTiers, starterTiers, tierParams, tierSpecs } from '../src/state/tiers.ts';

describe('planner tiers', () => {
  it('read from t1. to t3. settings and write back the same address', () => {
    const search =
      '?v=2&t1.name=Named+accounts&t1.budgetShare=0.3&t1.buyers=500&t1.dealSize=150000&t2.name=Rest&t2.budgetShare=0.7';
    const { tiers, problems } = readTiers(readQuery(search).figures);
    expect(problems).toEqual([]);
    expect(tiers).toEqual([
      { name: 'Named accounts', budgetShare: 0.3, buyers: 500, dealSize: 150_000 },
      { name: 'Rest', budgetShare: 0.7 },
    ]);
    expect(writeQuery({ figures: tierParams(tiers) })).toBe(search);
  });

  it('name each bad value and keep going', () => {
    const { tiers, problems } = readTiers(
      readQuery('?t1.budgetShare=abc&t1.buyers=5&t1.name=%3Cscript%3Ealert(1)%3C/script%3E&t1.colour=red&t4.name=x')
        .figures,
    );
    expect(tiers).toHaveLength(1);
    expect(tiers[0]!.name).toBe('<script>alert(1)</script>');
    expect(tiers[0]!.budgetShare).toBe(0);
    expect(tiers[0]!.buyers).toBeUndefined();
    expect(problems.join(' | ')).toMatch(/t1.budgetShare: "abc" is not a number/);
    expect(problems.join(' | ')).toMatch(/t1.buyers: 5 is outside 50/);
    expect(problems.join(' | ')).toMatch(/"colour" is not a setting of a tier/);
    expect(problems.join(' | ')).toMatch(/t4.: at most 3 tiers/);
  });

  it('scale shares that do not add up to 100%, and run', () => {
    const { specs, note } = tierSpecs([
      { name: 'A', budgetShare: 0.2, buyers: 500 },
      { name: 'B', budgetShare: 0.2 },
    ]);
    expect(note).toMatch(/add up to 40%; they are scaled to 100%/);
    expect(specs.map((s) => s.budgetShare)).toEqual([0.5, 0.5]);
    expect(() => simulateSegments(defaultScenario, specs)).not.toThrow();
    expect(tierSpecs([{ name: 'A', budgetShare: 0 }]).note).toMatch(/split evenly/);
  });

  it('start from a named list and everyone else that together are the category', () => {
    const tiers = starterTiers(defaultScenario);
    expect(tiers.reduce((a, t) => a + t.budgetShare, 0)).toBeCloseTo(1, 12);
    expect(tiers.reduce((a, t) => a + (t.buyers ?? 0), 0)).toBe(defaultScenario.buyers);
    const { total } = simulateSegments(defaultScenario, tierSpecs(tiers).specs);
    expect(total.every((r) => Number.isFinite(r.leads))).toBe(true);
  });
});

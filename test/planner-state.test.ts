// The planner's scenarios in the address: shared bare keys, `s1.` to `s3.` on top, names made
// safe, and every edit (add, rename, duplicate, remove, set) reopening from the link it writes.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../src/model/index.ts';
import {
  add,
  cleanName,
  duplicate,
  effective,
  plannerParams,
  readPlanner,
  remove,
  rename,
  setValues,
} from '../src/state/planner.ts';
import type { PlannerState } from '../src/state/planner.ts';
import { readQuery, writeQuery } from '../src/state/query.ts';

function roundTrip(state: PlannerState): PlannerState {
  return readPlanner(readQuery(writeQuery(plannerParams(state)))).state;
}

describe('planner scenarios', () => {
  it('read the issue\u2019s example: shared bare keys, each scenario\u2019s own on top', () => {
    const { state, problems } = readPlanner(
      readQuery('?medianCpc=40&s1.name=Today&s1.brandShare=0.1&s2.name=Plan&s2.brandShare=0.5'),
    );
    expect(problems).toEqual([]);
    expect(state.scenarios.map((s) => s.name)).toEqual(['Today', 'Plan']);
    expect(effective(state, 0)).toMatchObject({ medianCpc: 40, brandShare: 0.1 });
    expect(effective(state, 1)).toMatchObject({ medianCpc: 40, brandShare: 0.5 });
  });

  it('with no scenarios in the address, show the reader\u2019s numbers as one, written as bare keys', () => {
    const { state } = readPlanner(readQuery('?v=2&cycleMonths=48'));
    expect(state.scenarios).toEqual([{ name: 'Your numbers', patch: {} }]);
    expect(writeQuery(plannerParams(state))).toBe('?v=2&cycleMonths=48');
    const edited = setValues(state, 0, { medianCpc: '30' }).state;
    expect(writeQuery(plannerParams(edited))).toBe('?v=2&cycleMonths=48&medianCpc=30');
  });

  it('add, duplicate, rename and remove, each reopening exactly from its link', () => {
    let state = readPlanner(readQuery('?cycleMonths=48')).state;
    state = duplicate(state, 0);
    state = setValues(state, 1, { brandShare: '0.6' }).state;
    state = rename(state, 1, '  Sixty  forty ');
    state = add(state);
    state = add(state); // a fourth is refused
    expect(state.scenarios.map((s) => s.name)).toEqual(['Your numbers', 'Sixty forty', 'Scenario 3']);
    expect(roundTrip(state)).toEqual(state);
    expect(effective(state, 1)).toMatchObject({ cycleMonths: 48, brandShare: 0.6 });
    state = remove(state, 0);
    state = remove(state, 1);
    // The last one left takes over the shared numbers.
    expect(state.scenarios).toEqual([{ name: 'Sixty forty', patch: {} }]);
    expect(state.shared).toMatchObject({ cycleMonths: 48, brandShare: 0.6 });
    expect(roundTrip(state)).toEqual(state);
  });

  it('replace hostile values and names, naming the scenario and the setting\u2019s label', () => {
    const { state, problems } = readPlanner(
      readQuery(
        `?s1.medianCpc=NaN&s1.name=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(3))}&s2.brandShare=7`,
      ),
    );
    expect(problems).toEqual([
      'Scenario 1, Median CPC: that text is not a number; using $15',
      'Scenario 1, name: shortened to "<img src=x onerror=alert(1)><img src=x o"',
      'Scenario 2, Brand share: "7" is above the maximum 100%; using 40%',
    ]);
    expect(effective(state, 0)).toEqual({ ...defaultScenario, schedule: [] });
    expect(state.scenarios[0]!.name.length).toBeLessThanOrEqual(40);
  });

  it('never lets a name carry a line break or control character', () => {
    expect(cleanName('a\nb\u0000c', 0)).toBe('a b c');
    expect(cleanName('   ', 2)).toBe('Scenario 3');
  });
});

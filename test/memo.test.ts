// A kept answer is the answer: lastResult recomputes whenever its key changes, and the figure
// that keeps its sweeps draws exactly what a fresh computation gives, whatever order the reader
// moves its sliders in.
import { describe, expect, it } from 'vitest';
import { lastResult } from '../src/lib/memo.ts';
import { challengerLeaderFigure } from '../src/figures/challenger-leader.ts';
import { defaultState } from '../src/figures/url-state.ts';
import { bestByMemory } from '../src/model/index.ts';
import { objectiveOf } from '../src/figures/objectives.ts';

describe('lastResult', () => {
  it('computes once for a key and again when the key changes', () => {
    let calls = 0;
    const square = lastResult(
      (x: number, _label: string) => (calls++, x * x),
      (x) => String(x),
    );
    expect(square(3, 'a')).toBe(9);
    expect(square(3, 'b')).toBe(9);
    expect(calls).toBe(1);
    expect(square(4, 'a')).toBe(16);
    expect(square(3, 'a')).toBe(9);
    expect(calls).toBe(3);
  });
});

describe('challenger-leader keeps its sweeps only while they hold', () => {
  it('gives what a fresh computation gives over a sequence of horizons, cycles and objectives', () => {
    const base = defaultState(challengerLeaderFigure);
    const steps = [
      { horizonMonths: 12 },
      { horizonMonths: 36 },
      { horizonMonths: 60 },
      { cycleMonths: 24, horizonMonths: 36 },
      { horizonMonths: 90 },
      { horizonMonths: 12 },
    ];
    for (const [i, patch] of steps.entries()) {
      const state = {
        ...base,
        scenario: { ...base.scenario, ...patch },
        extras: { ...base.extras, objective: i % 2 },
      };
      const objective = objectiveOf(state);
      const fresh = bestByMemory(state.scenario, objective.id, Math.max(60, state.scenario.horizonMonths));
      expect(challengerLeaderFigure.compute(state).levels, JSON.stringify(patch)).toEqual(fresh);
    }
  });
});

// Every figure definition, at its defaults and at the edges of its settings: it computes,
// draws and describes itself without NaN, and its prose numbers exist.
import { describe, expect, it } from 'vitest';
import { cplTimeFigure } from '../src/figures/cpl-time.ts';
import { figures } from '../src/figures/registry.ts';
import { buildFigureBody } from '../src/views/render.ts';
import { defaultState, readFigure } from '../src/figures/url-state.ts';
import { defaultScenario } from '../src/model/index.ts';
import { readQuery } from '../src/state/query.ts';
import type { BandJob } from '../src/model/bands.ts';
import { parameters } from '../src/model/parameters.ts';
import type { ParameterKey } from '../src/model/parameters.ts';
import { serverDocument } from './snapshot.ts';

const BROKEN = /NaN|undefined|Infinity/;

describe('figure definitions', () => {
  for (const [name, definition] of Object.entries(figures)) {
    it(`${name}: draws and describes every extreme of its controls without NaN, undefined or Infinity`, () => {
      const settings: string[] = [];
      for (const key of definition.controls) {
        const spec = parameters[key as ParameterKey];
        if (spec.kind === 'number')
          settings.push(`${definition.namespace}.${key}=${spec.min}`, `${definition.namespace}.${key}=${spec.max}`);
      }
      for (const [key, spec] of Object.entries(definition.extras)) {
        settings.push(`${definition.namespace}.${key}=${spec.min}`, `${definition.namespace}.${key}=${spec.max}`);
      }
      for (const setting of ['', ...settings]) {
        const query = readQuery(`?${setting}`);
        const { state } = readFigure(definition, defaultScenario, query.figures[definition.namespace]);
        const rows = definition.compute(state);
        const body = buildFigureBody(definition, state, rows, serverDocument(), { width: 360, interactive: true });
        expect(body.textContent, `${name} ${setting}`).not.toMatch(BROKEN);
        expect(body.querySelector('svg'), `${name} ${setting}`).not.toBeNull();
        for (const value of Object.values(definition.stats(rows, state)))
          expect(value, `${name} ${setting}`).not.toMatch(BROKEN);
      }
    });
  }

  it('has unique names and namespaces', () => {
    const all = Object.values(figures);
    expect(new Set(all.map((f) => f.name)).size).toBe(all.length);
    expect(new Set(all.map((f) => f.namespace)).size).toBe(all.length);
  });
});

describe('the uncertainty band job', () => {
  it('simulates the reader\u2019s own market at the default size', () => {
    const job = cplTimeFigure.background!.job(defaultState(cplTimeFigure)) as BandJob;
    expect(job.buyers).toBe(100_000);
    expect(job.scenario.monthlyBudget).toBe(20_000);
    expect(job.shares).toEqual([0.1, 0.6, 0.4]);
  });

  it('scales the budget with the buyers when a large market is simulated at the cap', () => {
    const { state } = readFigure(cplTimeFigure, defaultScenario, { band: '1' });
    const job = cplTimeFigure.background!.job({
      ...state,
      scenario: { ...state.scenario, buyers: 1_000_000 },
    }) as BandJob;
    expect(job.buyers).toBe(100_000);
    expect(job.scenario.buyers).toBe(100_000);
    expect(job.scenario.monthlyBudget).toBeCloseTo(2_000, 9);
  });
});

// simulate() of MODEL.md section 8: one entry point for both engines.

import { simulateAgents } from './agents.ts';
import { simulateExpected } from './expected.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export interface SimulateOptions {
  engine: 'expected' | 'agents';
  /** Seed of the agent engine's generator; required for agents, ignored by expected. */
  seed?: number;
}

export function simulate(scenario: Scenario, { engine, seed }: SimulateOptions = { engine: 'expected' }): MonthRow[] {
  if (engine === 'expected') return simulateExpected(scenario);
  if (engine === 'agents') {
    if (seed === undefined || !Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed}`);
    return simulateAgents(scenario, seed);
  }
  throw new RangeError(`invalid engine: ${String(engine)}`);
}

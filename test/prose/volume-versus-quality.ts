// Numbers in "Volume versus quality" that are neither live <Num>s nor cited: each with what it
// is and a check that reads it from the figure definitions or recomputes it.

import { expect } from 'vitest';
import { defaultScenario } from '../../src/model/index.ts';
import { HEAVY, LIGHT, splitRuns } from '../../src/figures/splits.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { statsOf } from '../prose-helpers.ts';

export const entries: ProseNumber[] = [
  {
    text: 'The split with 60% on brand books',
    why: 'input: the sales-velocity figure compares the fixed 60% and 10% brand splits, and heavyBooked is the 60% one',
    check: () => {
      expect(HEAVY).toBe(0.6);
      const runs = splitRuns(defaultScenario);
      expect(runs[1]!.share).toBe(0.6);
      const booked = runs[1]!.rows.reduce((a, r) => a + r.bookedRevenue, 0);
      expect(statsOf('sales-velocity').heavyBooked).toBe(`$${Math.round(booked).toLocaleString('en-US')}`);
    },
  },
  {
    text: 'booked at 10% brand',
    why: 'input: the other fixed split of the sales-velocity figure, and lightBooked is its revenue',
    check: () => {
      expect(LIGHT).toBe(0.1);
      const runs = splitRuns(defaultScenario);
      expect(runs[0]!.share).toBe(0.1);
      const booked = runs[0]!.rows.reduce((a, r) => a + r.bookedRevenue, 0);
      expect(statsOf('sales-velocity').lightBooked).toBe(`$${Math.round(booked).toLocaleString('en-US')}`);
    },
  },
];

// Numbers in "Volume versus quality" that are neither live <Num>s nor cited: each with what it
// is and a check that reads it from the figure definitions or recomputes it.

import { expect } from 'vitest';
import { defaultScenario } from '../../src/model/index.ts';
import { HEAVY, LIGHT, splitRuns } from '../../src/figures/splits.ts';
import { formatPercent } from '../../src/lib/format.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { statsOf } from '../prose-helpers.ts';

const booked = (i: number) => splitRuns(defaultScenario)[i]!.rows.reduce((a, r) => a + r.bookedRevenue, 0);

export const entries: ProseNumber[] = [
  {
    text: 'The split with 60% on brand books',
    why: 'input: the sales-velocity figure compares the fixed 60% and 10% brand splits, and heavyBookedGain is the 60% one against the 10% one',
    check: () => {
      expect(HEAVY).toBe(0.6);
      expect(splitRuns(defaultScenario)[1]!.share).toBe(0.6);
      expect(statsOf('sales-velocity').heavyBookedGain).toBe(formatPercent(booked(1) / booked(0) - 1));
    },
  },
  {
    text: 'more than the 10% split',
    why: 'input: the other fixed split of the sales-velocity figure, the base of heavyBookedGain',
    check: () => {
      expect(LIGHT).toBe(0.1);
      expect(splitRuns(defaultScenario)[0]!.share).toBe(0.1);
      expect(booked(1)).toBeGreaterThan(booked(0));
    },
  },
];

// Numbers in "Brand compounds" that are neither live <Num>s nor cited: each with what it is and
// a check that recomputes it from the model or reads it from the figure definitions. Results the
// chapter states in words (the band, the month-1 reasons, the dashboard's shares) are checked in
// test/chapter-claims.test.ts.

import { expect } from 'vitest';
import { crossoverMonth, defaultScenario, forgetRate, runAtShare, sweep } from '../../src/model/index.ts';
import type { Scenario, SweepObjective } from '../../src/model/index.ts';
import { HEAVY, LIGHT } from '../../src/figures/splits.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { round, statsOf } from '../prose-helpers.ts';

const base: Scenario = { ...defaultScenario, schedule: [] };

/** The month from which 60% brand has the lower cumulative CPL than 10% brand; null if never. */
function crossover(patch: Partial<Scenario>): number | null {
  const scenario = { ...base, ...patch };
  return crossoverMonth(runAtShare(scenario, HEAVY), runAtShare(scenario, LIGHT));
}

/** The best brand share at a 36-month horizon. */
function bestAt36(patch: Partial<Scenario>, objective: SweepObjective = 'leads'): number {
  return sweep({ ...base, ...patch }, { objective, horizons: [36] })[0]!.brandShare;
}

export const entries: ProseNumber[] = [
  {
    text: 'That is about 5.6% of them forgetting in a given month',
    why: 'definition: 1 - 2^(-1/12), a twelve-month half-life (the default); a quarter left after two years, an eighth after three',
    check: () => {
      expect(defaultScenario.memoryHalfLifeMonths).toBe(12);
      expect(round(forgetRate(12) * 100, 1)).toBe(5.6);
      expect([0.5 ** 2, 0.5 ** 3]).toEqual([1 / 4, 1 / 8]);
    },
  },
  {
    text: 'in month 31 with everything else at the defaults',
    why: 'result: the crossover month at half the default budget (month 15 at the defaults)',
    check: () => {
      expect(crossover({})).toBe(15);
      expect(crossover({ monthlyBudget: base.monthlyBudget / 2 })).toBe(31);
    },
  },
  {
    text: 'the crossover comes within months, in month 5',
    why: 'result: the crossover month at twice the default budget',
    check: () => expect(crossover({ monthlyBudget: base.monthlyBudget * 2 })).toBe(5),
  },
  {
    text: 'never catches up, not even over ten years',
    why: 'result: with a half-life of two or three months there is no crossover within 120 months',
    check: () => {
      expect(crossover({ memoryHalfLifeMonths: 2, horizonMonths: 120 })).toBeNull();
      expect(crossover({ memoryHalfLifeMonths: 3, horizonMonths: 120 })).toBeNull();
    },
  },
  {
    text: 'the crossover does not happen within the default three years at all',
    why: 'result: halving encoding or the brand-first rate removes the crossover within 36 months',
    check: () => {
      expect(base.horizonMonths).toBe(36);
      expect(crossover({ encodingPerExposure: base.encodingPerExposure / 2 })).toBeNull();
      expect(crossover({ brandFirstRate: base.brandFirstRate / 2 })).toBeNull();
    },
  },
  {
    text: 'in month 48 with half the encoding per exposure, and in month 46 with half the brand-first rate',
    why: 'result: the same halvings over a 60-month horizon',
    check: () => {
      expect(crossover({ encodingPerExposure: base.encodingPerExposure / 2, horizonMonths: 60 })).toBe(48);
      expect(crossover({ brandFirstRate: base.brandFirstRate / 2, horizonMonths: 60 })).toBe(46);
    },
  },
  {
    text: 'At a 36-month horizon',
    why: 'the horizon of the Predict question; the figure reports bestAt36',
    check: () => expect(statsOf('horizon-sweep')).toHaveProperty('bestAt36'),
  },
  {
    text: 'about 60% over three years',
    why: 'result: the lead-maximizing share at 36 months, at the defaults (target T6)',
    check: () => expect(bestAt36({})).toBe(0.6),
  },
  {
    text: 'moves the three-year answer to 79% brand',
    why: 'result: best share at 36 months counted in opportunities (MODEL.md section 14)',
    check: () => expect(bestAt36({}, 'opportunities')).toBe(0.79),
  },
  {
    text: 'Counting wins moves it to 84%',
    why: 'result: best share at 36 months counted in wins, as the figure prints it with "What you count" on wins',
    check: () => {
      expect(bestAt36({}, 'wins')).toBe(0.84);
      expect(statsOf('horizon-sweep', {}, { objective: 2 }).bestAt36).toBe('84%');
    },
  },
  {
    text: 'a quarter of the default budget puts the best share at 8% brand',
    why: 'result: best share at 36 months, counting leads, with a quarter of the default budget ($5,000, the step\u2019s setting)',
    check: () => {
      expect(base.monthlyBudget / 4).toBe(5_000);
      expect(bestAt36({ monthlyBudget: 5_000 })).toBe(0.08);
    },
  },
  {
    text: 'Four times the default budget puts it at 73%',
    why: 'result: best share at 36 months, counting leads, with four times the default budget ($80,000, the step\u2019s setting)',
    check: () => {
      expect(base.monthlyBudget * 4).toBe(80_000);
      expect(bestAt36({ monthlyBudget: 80_000 })).toBe(0.73);
    },
  },
  {
    text: 'does best with 63% brand',
    why: 'result: best share at 36 months with starting salience 0.01, one buyer in a hundred (MODEL.md section 14)',
    check: () => expect(bestAt36({ initialSalience: 0.01 })).toBe(0.63),
  },
  {
    text: 'A leader that 40% of buyers already remember does best with 49%',
    why: 'result: best share at 36 months with starting salience 0.4 (MODEL.md section 14)',
    check: () => expect(bestAt36({ initialSalience: 0.4 })).toBe(0.49),
  },
];

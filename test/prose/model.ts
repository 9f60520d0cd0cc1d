// Numbers in the model page's prose that are neither computed at build (<ModelNum>, <M>) nor
// cited: each with what it is and a check against the model.

import { expect } from 'vitest';
import type { ProseNumber } from '../prose-scan.ts';
import { defaultScenario, steadyState } from '../../src/model/index.ts';
import { recoveryResults } from '../../src/site/model-page.ts';
import { WEEKS_PER_MONTH } from '../../src/model/index.ts';

export const entries: ProseNumber[] = [
  {
    text: 'mean 1 and shape',
    why: 'definition: each buyer\u2019s rate multiplier g is gamma-distributed with mean 1, so the category\u2019s average rate is 1/C',
    check: () => {
      const mixed = steadyState({ ...defaultScenario, entryPattern: 'mixed' });
      const regular = steadyState(defaultScenario);
      // Mean 1: heterogeneity leaves the share in market within a tenth of a point of W/C.
      expect(Math.abs(mixed.inMarket - regular.inMarket) / defaultScenario.buyers).toBeLessThan(0.001);
    },
  },
  {
    text: 'exactly 5% of buyers are in market at once, the 95-5 rule',
    why: 'result: W/C = 3/60 at the defaults; the rule\u2019s name is 95 out of market, 5 in',
    check: () => {
      expect(defaultScenario.windowMonths / defaultScenario.cycleMonths).toBeCloseTo(0.05, 12);
      expect(steadyState(defaultScenario).inMarket / defaultScenario.buyers).toBeCloseTo(0.05, 12);
    },
  },
  {
    text: '5% in market',
    why: 'result: the defaults put W/C = 3/60 of buyers in market at once, calibration target T1',
    check: () => {
      const market = steadyState(defaultScenario);
      expect(market.inMarket / defaultScenario.buyers).toBeCloseTo(0.05, 6);
    },
  },
  {
    text: 'per 1,000 spent',
    why: 'definition: the dataset reports each channel\u2019s incremental leads per thousand dollars spent',
    check: () => {
      const { clean } = recoveryResults();
      const rows = clean.rows;
      const brandSpend = rows.reduce((s, r) => s + r.brand_spend, 0);
      const fromBrand = rows.reduce((s, r) => s + r.leads_from_brand, 0);
      expect(clean.truth.incrementalLeadsPer1000.brand).toBeCloseTo((1000 * fromBrand) / brandSpend, 6);
    },
  },
  {
    text: 'within 10%',
    why: 'the tolerance the recovery test sets on the noise-free half-life; this checks it still holds',
    check: () => {
      const { fit } = recoveryResults();
      expect(Math.abs(fit.halfLifeWeeks / WEEKS_PER_MONTH / 2 - 1)).toBeLessThan(0.1);
    },
  },
];

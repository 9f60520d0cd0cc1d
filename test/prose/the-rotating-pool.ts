// Numbers in "The rotating pool" that are neither live <Num>s nor cited: each with what it is
// and a check that recomputes it from the model or reads it from the figure definitions.

import { expect } from 'vitest';
import { defaultScenario, marketPresets, steadyState } from '../../src/model/index.ts';
import type { ScenarioPatch } from '../../src/model/index.ts';
import { figureByName } from '../../src/figures/registry.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { round, rowsOf, statsOf } from '../prose-helpers.ts';
import type { PoolRow, WaitTimes } from '../../src/model/index.ts';

const preset = (id: string): ScenarioPatch => marketPresets.find((p) => p.id === id)!.patch;
/** In-market share and entries per month as shares of all buyers, in steady state. */
const shares = (patch: ScenarioPatch) => {
  const s = steadyState({ ...defaultScenario, ...patch });
  return { inMarket: s.inMarket / defaultScenario.buyers, entering: s.deciders / defaultScenario.buyers };
};
const defaultsGiveFivePercent = () => {
  expect(defaultScenario.windowMonths / defaultScenario.cycleMonths).toBe(0.05);
  expect(shares({}).inMarket).toBeCloseTo(0.05, 12);
};

export const entries: ProseNumber[] = [
  {
    text: '95-5 rule',
    why: 'the name of Dawes\u2019s rule; the model\u2019s defaults reproduce it (5% in market, 95% not)',
    check: defaultsGiveFivePercent,
  },
  {
    text: '3/60 of the time, or 5%',
    why: 'definition: window over cycle at the default cycle and window',
    check: () => {
      expect([defaultScenario.windowMonths, defaultScenario.cycleMonths]).toEqual([3, 60]);
      expect(3 / 60).toBe(0.05);
    },
  },
  {
    text: '5% of buyers are in market at once',
    why: 'result: the steady-state in-market share at the defaults',
    check: defaultsGiveFivePercent,
  },
  {
    text: 'fewer than 2% would be in market at any moment while 5% still passed through in a quarter',
    why: 'result: a one-month window with a 60-month cycle',
    check: () => {
      const s = shares({ windowMonths: 1 });
      expect(s.inMarket).toBeLessThan(0.02);
      expect(round(3 * s.entering, 4)).toBe(0.05);
    },
  },
  {
    text: '1,000 dots',
    why: 'input: the pool-dots figure shows 1,000 buyers',
    check: () => expect(figureByName('pool-dots').premise!.patch.buyers).toBe(1000),
  },
  {
    text: 'the same 1,000 buyers',
    why: 'input: the pool-dots figure shows 1,000 buyers',
    check: () => expect(figureByName('pool-dots').premise!.patch.buyers).toBe(1000),
  },
  {
    text: '48 months for a CRM',
    why: 'input: the SMB CRM preset\u2019s cycle',
    check: () => expect(preset('smb-crm').cycleMonths).toBe(48),
  },
  {
    text: 'a little over 4% are in market at a time',
    why: 'result: in-market share under the SMB CRM preset',
    check: () => {
      const s = shares(preset('smb-crm')).inMarket;
      expect(s).toBeGreaterThan(0.04);
      expect(s).toBeLessThan(0.045);
    },
  },
  {
    text: 'about 5.6% in market at any moment, but one buyer in six entering during a quarter',
    why: 'result: in-market share and quarterly entries under the auto-insurance preset',
    check: () => {
      const s = shares(preset('auto-insurance'));
      expect(round(s.inMarket * 100, 1)).toBe(5.6);
      expect(round(3 * s.entering, 3)).toBe(round(1 / 6, 3));
    },
  },
  {
    text: 'the thinnest market, at 2.5%',
    why: 'result: in-market share under the solar preset, the smallest of the four',
    check: () => {
      const solar = shares(preset('solar')).inMarket;
      expect(solar).toBeCloseTo(0.025, 12);
      for (const p of marketPresets) expect(shares(p.patch).inMarket).toBeGreaterThanOrEqual(solar);
    },
  },
  {
    text: 'with its 18-month cycle',
    why: 'input: the auto-insurance preset\u2019s cycle; the sentence also says entries more than triple',
    check: () => {
      expect(preset('auto-insurance').cycleMonths).toBe(18);
      expect(shares(preset('auto-insurance')).entering / shares({}).entering).toBeGreaterThan(3);
    },
  },
  {
    text: 'median click price of $50',
    why: 'input: the auto-insurance preset sets the median click price; the chapter says it is an input',
    check: () => {
      expect(preset('auto-insurance').medianCpc).toBe(50);
      // And the preset has the largest share in market of the four, as the passage says.
      const auto = shares(preset('auto-insurance')).inMarket;
      for (const p of marketPresets) expect(shares(p.patch).inMarket).toBeLessThanOrEqual(auto);
    },
  },
  {
    text: 'A different 5% every quarter',
    why: 'heading: the in-market share at the defaults, and no buyer in market now was in market three months ago',
    check: () => {
      defaultsGiveFivePercent();
      expect(statsOf('pool-shares').stayedShare).toBe('0%');
    },
  },
  {
    text: 'the 5% is a different 5% every quarter',
    why: 'result: at the defaults nobody in market now was in market a quarter earlier',
    check: () => expect(statsOf('pool-shares').stayedShare).toBe('0%'),
  },
  {
    text: 'since month 1',
    why: 'definition: the pool-shares figure counts from its first month',
    check: () => expect(rowsOf<PoolRow[]>('pool-shares')[0]!.month).toBe(1),
  },
  {
    text: 'reaches 100% by month 60',
    why: 'result: under regular timing with a 60-month cycle every buyer has been in market by month 60',
    check: () => {
      const rows = rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'regular' });
      expect(rows[59]!.month).toBe(60);
      expect(rows[59]!.everInMarketShare).toBe(1);
      expect(rows[0]!.everInMarketShare).toBeLessThan(0.1);
    },
  },
  {
    text: 'have been in market by month 60',
    why: 'result: under random timing about two thirds, and about a third of today\u2019s waiting buyers still out five years on',
    check: () => {
      const rows = rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'random' });
      expect(round(rows[59]!.everInMarketShare, 1)).toBe(0.7);
      // Exponential spells of mean C - W: the chance of no entry within 60 months.
      expect(round(Math.exp(-60 / 57), 1)).toBe(0.3);
    },
  },
  {
    text: "The rule's 5% still holds; what it hides is that the 5% is drawn unevenly",
    why: 'result: under the mixed pattern (k = 1) the in-market share stays 5%',
    check: () => expect(round(shares({ entryPattern: 'mixed' }).inMarket, 3)).toBe(0.05),
  },
  {
    text: 'Lengthen the cycle to 120 months, a solar-panel category',
    why: 'input: the solar preset\u2019s cycle',
    check: () => expect(preset('solar').cycleMonths).toBe(120),
  },
  {
    text: 'about 39 months rather than 29',
    why: 'result: median wait of today\u2019s out-of-market buyers, random against regular timing',
    check: () => {
      expect(round(rowsOf<WaitTimes>('pool-wait', { entryPattern: 'random' }).medianWait!)).toBe(39);
      expect(round(rowsOf<WaitTimes>('pool-wait', { entryPattern: 'regular' }).medianWait!)).toBe(29);
    },
  },
  {
    text: 'in-market shares from 2.5% to 5.6% and quarterly entry rates from 2.5% to about 17%',
    why: 'result: the range over the four market presets',
    check: () => {
      const all = marketPresets.map((p) => shares(p.patch));
      expect(round(Math.min(...all.map((s) => s.inMarket)) * 100, 1)).toBe(2.5);
      expect(round(Math.max(...all.map((s) => s.inMarket)) * 100, 1)).toBe(5.6);
      expect(round(Math.min(...all.map((s) => 3 * s.entering)) * 100, 1)).toBe(2.5);
      expect(round(Math.max(...all.map((s) => 3 * s.entering)) * 100)).toBe(17);
    },
  },
];

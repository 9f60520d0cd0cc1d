// Numbers in "The rotating pool" that are neither live <Num>s nor cited: each with what it is
// and a check that recomputes it from the model or reads it from the figure definitions.

import { expect } from 'vitest';
import { defaultScenario, marketPresets, steadyState } from '../../src/model/index.ts';
import type { ScenarioPatch } from '../../src/model/index.ts';
import { figureByName } from '../../src/figures/registry.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { round, rowsOf, statsOf } from '../prose-helpers.ts';
import { BuyerState } from '../../src/model/index.ts';
import type { PoolRow, WaitTimes } from '../../src/model/index.ts';
import type { PoolDotsRows } from '../../src/figures/pool-dots.ts';

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
    text: 'in market a twentieth of the time',
    why: 'definition: window over cycle at the default cycle and window (three months in sixty)',
    check: () => {
      expect([defaultScenario.windowMonths, defaultScenario.cycleMonths]).toEqual([3, 60]);
      expect(3 / 60).toBe(1 / 20);
    },
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
    text: 'About 5.6% are in market at any moment, but one buyer in six enters during a quarter',
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
    text: 'the number entering each month more than triples',
    why: 'result: under the auto-insurance preset (an 18-month cycle) entries a month more than triple',
    check: () => {
      expect(preset('auto-insurance').cycleMonths).toBe(18);
      expect(shares(preset('auto-insurance')).entering / shares({}).entering).toBeGreaterThan(3);
    },
  },
  {
    text: 'Of these four categories it has the largest share in market',
    why: 'result: the auto-insurance preset has the largest in-market share of the four; its median CPC ($50) is an input the chapter calls the site\u2019s choice',
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
    text: 'since the first month',
    why: 'definition: the pool-shares figure counts from its first month',
    check: () => expect(rowsOf<PoolRow[]>('pool-shares')[0]!.month).toBe(1),
  },
  {
    text: 'reaches the top by the end of the five years',
    why: 'result: under regular timing with a 60-month cycle every buyer has been in market by month 60',
    check: () => {
      const rows = rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'regular' });
      expect(rows[59]!.month).toBe(60);
      expect(rows[59]!.everInMarketShare).toBe(1);
      expect(rows[0]!.everInMarketShare).toBeLessThan(0.1);
    },
  },
  {
    text: 'have been in market by the end of the five years',
    why: 'result: under random timing about two thirds, and about a third of today\u2019s waiting buyers still out five years on',
    check: () => {
      const rows = rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'random' });
      expect(round(rows[59]!.everInMarketShare, 1)).toBe(0.7);
      // Exponential spells of mean C - W: the chance of no entry within 60 months.
      expect(round(Math.exp(-60 / 57), 1)).toBe(0.3);
    },
  },
  {
    text: "The rule's 5% still holds; what it hides is that it is drawn unevenly",
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
    text: 'vary twofold in the share in market, and almost sevenfold in how many buyers enter in a quarter',
    why: 'result: over the four market presets, in-market shares run from 2.5% to 5.6% and quarterly entries from 2.5% to about 17%',
    check: () => {
      const all = marketPresets.map((p) => shares(p.patch));
      const inMarket = all.map((s) => s.inMarket);
      const quarterly = all.map((s) => 3 * s.entering);
      expect(round(Math.min(...inMarket) * 100, 1)).toBe(2.5);
      expect(round(Math.max(...inMarket) * 100, 1)).toBe(5.6);
      expect(round(Math.max(...inMarket) / Math.min(...inMarket))).toBe(2);
      const spread = Math.max(...quarterly) / Math.min(...quarterly);
      expect(spread).toBeGreaterThan(6.5);
      expect(spread).toBeLessThan(7);
    },
  },
  {
    text: 'none of the dots that were lit at the start is lit now',
    why: 'result: at the defaults no buyer in market in month 1 (entering or searching) is in market in month 4, the step\u2019s month',
    check: () => {
      const { states } = rowsOf<PoolDotsRows>('pool-dots');
      const lit = (month: number, i: number) => {
        const code = states[(month - 1) * 1000 + i]!;
        return code === BuyerState.entering || code === BuyerState.inMarket;
      };
      let first = 0;
      for (let i = 0; i < 1000; i++) {
        if (lit(1, i)) first++;
        expect(lit(1, i) && lit(4, i)).toBe(false);
      }
      expect(first).toBeGreaterThan(0);
    },
  },
  {
    text: 'about half would carry over',
    why: 'result: under regular timing with a six-month window, half of this month\u2019s in-market buyers were in market three months earlier',
    check: () => expect(statsOf('pool-shares', { entryPattern: 'regular', windowMonths: 6 }).stayedShare).toBe('50%'),
  },
  {
    text: "the upper line stops near half, well below random timing's two thirds",
    why: 'result: ever in market by month 60 under mixed timing (k = 1) against random timing, at the defaults',
    check: () => {
      expect(round(rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'mixed' })[59]!.everInMarketShare, 1)).toBe(0.5);
      expect(round(rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'random' })[59]!.everInMarketShare, 1)).toBe(0.7);
    },
  },
  {
    text: 'Lower the buyer heterogeneity to make buyers more unequal, and the line stops lower still',
    why: 'result: under mixed timing, a smaller gamma shape leaves fewer buyers ever in market by month 60',
    check: () => {
      const ever = (k: number) =>
        rowsOf<PoolRow[]>('pool-shares', { entryPattern: 'mixed', heterogeneity: k })[59]!.everInMarketShare;
      expect(ever(0.5)).toBeLessThan(ever(1));
      expect(ever(0.2)).toBeLessThan(ever(0.5));
    },
  },
  {
    text: 'about five years with the default buyer heterogeneity',
    why: 'result: median wait of today\u2019s out-of-market buyers under mixed timing at the defaults',
    check: () => expect(round(rowsOf<WaitTimes>('pool-wait', { entryPattern: 'mixed' }).medianWait! / 12)).toBe(5),
  },
  {
    text: 'only about one in five enters within the year',
    why: 'result: the share of today\u2019s out-of-market buyers entering within twelve months, at the defaults',
    check: () => expect(round(rowsOf<WaitTimes>('pool-wait').withinYear!, 1)).toBe(0.2),
  },
  {
    text: 'nearly a quarter of the category passes through the market in a year, and all of it over the cycle',
    why: 'result: ever in market by month 12 and by month 60 at the defaults',
    check: () => {
      const rows = rowsOf<PoolRow[]>('pool-shares');
      expect(rows[11]!.everInMarketShare).toBeGreaterThan(0.2);
      expect(rows[11]!.everInMarketShare).toBeLessThan(0.25);
      expect(rows[59]!.everInMarketShare).toBe(1);
    },
  },
  {
    text: 'about one buyer in sixty enters in a given month',
    why: 'result: entries a month over buyers at the defaults (one over the 60-month cycle)',
    check: () => expect(shares({}).entering).toBeCloseTo(1 / 60, 12),
  },
  {
    text: 'it takes ten years for every waiting buyer to have a turn',
    why: 'result: under the solar preset\u2019s regular timing every buyer has been in market by the end of its 120-month cycle',
    check: () => {
      expect(preset('solar').cycleMonths).toBe(120);
      const rows = rowsOf<PoolRow[]>('pool-shares', { ...preset('solar'), entryPattern: 'regular' });
      // The figure runs five years: half the cycle has had its turn by then.
      expect(round(rows[59]!.everInMarketShare, 1)).toBe(0.5);
    },
  },
];

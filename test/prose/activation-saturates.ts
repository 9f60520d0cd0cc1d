// Numbers in "Activation saturates" that are neither live <Num>s nor cited: each with what it
// is and a check that recomputes it from the model or reads it from the figure definitions.

import { expect } from 'vitest';
import {
  clickPriceQuantile,
  defaultScenario,
  hill,
  marketPresets,
  meanCpc,
  parameters,
  steadyState,
} from '../../src/model/index.ts';
import type { MonthRow, Response, ScenarioPatch } from '../../src/model/index.ts';
import { normalCdf } from '../../src/model/normal.ts';
import { figureByName } from '../../src/figures/registry.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { round, rowsOf, statsOf } from '../prose-helpers.ts';

const preset = (id: string): ScenarioPatch => marketPresets.find((p) => p.id === id)!.patch;
const auto = preset('auto-insurance');
const spendMax = () => figureByName('spend-leads').overrides!.monthlyBudget!.max!;

export const entries: ProseNumber[] = [
  // Model inputs that sit in sentences citing a source: the citation covers the source's fact
  // (the cycle), not the site's category size, so the size is checked here.
  {
    text: 'the default category of 100,000 buyers and the 60-month cycle',
    why: 'inputs: the default number of buyers, and the default cycle that Dawes (2021) supports',
    check: () => {
      expect(defaultScenario.buyers).toBe(100_000);
      expect(defaultScenario.cycleMonths).toBe(60);
    },
  },
  {
    text: 'so the preset sets an 18-month cycle and a one-month search window; with the same 100,000 buyers',
    why: 'inputs: the auto-insurance preset changes the cycle and window only, so the category keeps the default buyers',
    check: () => {
      expect(auto).toEqual(expect.objectContaining({ cycleMonths: 18, windowMonths: 1 }));
      expect(auto).not.toHaveProperty('buyers');
      expect(defaultScenario.buyers).toBe(100_000);
    },
  },
  {
    text: 'about 1,667 buyers decide each month',
    why: 'result: buyers over cycle at the defaults (100,000 / 60)',
    check: () => expect(round(steadyState(defaultScenario).deciders)).toBe(1667),
  },
  {
    text: '$15 by default',
    why: 'input: the default median click price',
    check: () => expect(defaultScenario.medianCpc).toBe(15),
  },
  {
    text: '0.8 by default',
    why: 'input: the default spread of click prices',
    check: () => expect(defaultScenario.cpcSpread).toBe(0.8),
  },
  {
    text: 'the mean price is about $20.70',
    why: 'result: mean of the lognormal click price at the defaults',
    check: () => expect(round(meanCpc(15, 0.8), 1)).toBe(20.7),
  },
  {
    text: 'about one click in twenty clears above $56',
    why: 'result: the 95th percentile of click prices at the defaults',
    check: () => expect(round(clickPriceQuantile(0.95, 15, 0.8))).toBe(56),
  },
  {
    text: 'with $20,000 a month and nothing spent on brand',
    why: 'input: the default budget; the sentence says the marginal click costs more than twice the average',
    check: () => {
      expect(defaultScenario.monthlyBudget).toBe(20_000);
      expect(statsOf('price-ladder').marginalOverAvg).toBe('2.4\u00d7');
    },
  },
  {
    text: 'lower the spread toward 0.2',
    why: 'a setting the reader can reach; at 0.2 the last click costs about the average',
    check: () => {
      expect(parameters.cpcSpread.min).toBeLessThanOrEqual(0.2);
      expect(statsOf('price-ladder', { cpcSpread: 0.2 }).marginalOverAvg).toBe('1.3\u00d7');
    },
  },
  {
    text: '5% for a cold searcher who does not remember the brand, 10% for a warm one',
    why: 'input: the default click-to-lead rates',
    check: () => expect([defaultScenario.clickToLeadCold, defaultScenario.clickToLeadWarm]).toEqual([0.05, 0.1]),
  },
  {
    text: 'Drag the spend from $10,000 to $40,000',
    why: 'a range the spend slider covers',
    check: () => expect(spendMax()).toBeGreaterThanOrEqual(40_000),
  },
  {
    text: 'that gain is less than 20%',
    why: 'result: doubling the default activation budget adds less than a fifth more leads (target T2)',
    check: () => {
      const r = rowsOf<Response>('spend-leads');
      expect(r.doubled.leads / r.current.leads - 1).toBeLessThan(0.2);
    },
  },
  {
    text: 'raises the median click price to $50',
    why: 'input: the auto-insurance preset\u2019s median click price',
    check: () => expect(auto.medianCpc).toBe(50),
  },
  {
    text: 'about 5,556',
    why: 'result: deciders a month under the auto-insurance preset, more than three times the default',
    check: () => {
      const d = steadyState({ ...defaultScenario, ...auto }).deciders;
      expect(round(d)).toBe(5556);
      expect(d / steadyState(defaultScenario).deciders).toBeGreaterThan(3);
    },
  },
  {
    text: "The $50 median is this site's assumption",
    why: 'input: the preset\u2019s median click price, chosen by this site',
    check: () => expect(auto.medianCpc).toBe(50),
  },
  {
    text: "With the spread at 0.8, about 3% of the preset's clicks clear above Paddington's $225",
    why: 'result: the share of lognormal prices (median 50, spread 0.8) above $225',
    check: () => expect(round(1 - normalCdf(Math.log(225 / 50) / 0.8), 2)).toBe(0.03),
  },
  {
    text: 'well over $300,000 a month, so $20,000 buys a slice',
    why: 'result: the auto-insurance pool\u2019s edge; the default budget',
    check: () => {
      const r = rowsOf<Response>('spend-leads', auto);
      expect(r.saturationSpend).toBeGreaterThan(330_000);
      expect(defaultScenario.monthlyBudget).toBe(20_000);
    },
  },
  {
    text: 'which stops at $150,000',
    why: 'the spend slider\u2019s maximum, below the auto-insurance edge',
    check: () => {
      expect(spendMax()).toBe(150_000);
      expect(rowsOf<Response>('spend-leads', auto).saturationSpend).toBeGreaterThan(spendMax());
    },
  },
  {
    text: 'the figure buys about 71% of the searchers, the last click costs twice the average, and the next lead about $1,400, more than three times the average lead',
    why: 'result: auto-insurance preset at the slider\u2019s top spend',
    check: () => {
      const ladder = statsOf('price-ladder', { ...auto, monthlyBudget: 150_000 });
      expect(ladder.shareBought).toBe('71%');
      expect(ladder.marginalOverAvg).toBe('2\u00d7');
      const r = rowsOf<Response>('spend-leads', { ...auto, monthlyBudget: 150_000 }).current;
      expect(round(r.marginalCpl!, -2)).toBe(1400);
      expect(r.marginalCpl! / r.avgCpl!).toBeGreaterThan(2.9);
    },
  },
  {
    text: 'about eleven times the default market',
    why: 'result: the auto-insurance edge over the default edge',
    check: () => {
      const ratio =
        rowsOf<Response>('spend-leads', auto).saturationSpend / rowsOf<Response>('spend-leads').saturationSpend;
      expect(round(ratio)).toBe(11);
    },
  },
  {
    text: 'only about 833 decide in a month',
    why: 'result: deciders a month under the solar preset',
    check: () => expect(round(steadyState({ ...defaultScenario, ...preset('solar') }).deciders)).toBe(833),
  },
  {
    text: 'less than the default $20,000',
    why: 'result: the solar pool\u2019s edge is below the default budget',
    check: () => {
      expect(defaultScenario.monthlyBudget).toBe(20_000);
      expect(rowsOf<Response>('spend-leads', preset('solar')).saturationSpend).toBeLessThan(20_000);
    },
  },
  {
    text: 'A slope of 1 or less bends over from the start; a slope above 1 gives an S shape',
    why: 'definition: the Hill curve is concave from zero for slope <= 1, S-shaped above',
    check: () => {
      const xs = [0, 0.1, 0.2, 0.3];
      const steps = (ys: number[]) => ys.slice(1).map((y, i) => y - ys[i]!);
      const [a, b] = steps(hill(xs, 1, 1));
      expect(b!).toBeLessThan(a!);
      const [c, d] = steps(hill(xs, 1, 2));
      expect(d!).toBeGreaterThan(c!);
    },
  },
  {
    text: '1.6 times the edge',
    why: 'input: the mmm-view figure\u2019s wider observed range',
    check: () =>
      expect(figureByName('mmm-view').extras['observed']!.choices!.map((c) => c.label)).toContain(
        'Up to 1.6 times the edge',
      ),
  },
  {
    text: 'In month 1',
    why: 'the first month of the simulation',
    check: () => expect(rowsOf<MonthRow[]>('activation-months')[0]!.month).toBe(1),
  },
];

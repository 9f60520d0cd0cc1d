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
import type { Ladder } from '../../src/figures/price-ladder.ts';
import type { MmmView } from '../../src/figures/mmm-view.ts';
import type { ProseNumber } from '../prose-scan.ts';
import { round, rowsOf, statsOf } from '../prose-helpers.ts';

const preset = (id: string): ScenarioPatch => marketPresets.find((p) => p.id === id)!.patch;
const auto = preset('auto-insurance');
const spendMax = () => figureByName('spend-leads').overrides!.monthlyBudget!.max!;

export const entries: ProseNumber[] = [
  // A model input in a sentence citing a source: the citation covers the source's fact (the
  // cycle), not the site's category size, so the size is checked here.
  {
    text: '100,000 buyers on the five-year cycle',
    why: 'inputs: the default number of buyers, and the default cycle that Dawes (2021) supports',
    check: () => {
      expect(defaultScenario.buyers).toBe(100_000);
      expect(defaultScenario.cycleMonths).toBe(60);
    },
  },
  {
    text: 'about one buyer in sixty decides each month',
    why: 'result: buyers over cycle at the defaults (100,000 / 60, about 1,667 a month)',
    check: () => {
      expect(steadyState(defaultScenario).deciders / defaultScenario.buyers).toBeCloseTo(1 / 60, 12);
      expect(round(steadyState(defaultScenario).deciders)).toBe(1667);
    },
  },
  {
    text: '$15 by default',
    why: 'input: the default median CPC',
    check: () => expect(defaultScenario.medianCpc).toBe(15),
  },
  {
    text: '0.8 by default',
    why: 'input: the default CPC spread',
    check: () => expect(defaultScenario.cpcSpread).toBe(0.8),
  },
  {
    text: 'the mean price is well above the median',
    why: 'result: the mean of the lognormal click price at the defaults is about $20.70, over a third above the $15 median',
    check: () => {
      expect(round(meanCpc(15, 0.8), 1)).toBe(20.7);
      expect(meanCpc(15, 0.8) / 15).toBeGreaterThan(1.3);
    },
  },
  {
    text: 'About one click in twenty clears above $56',
    why: 'result: the 95th percentile of click prices at the defaults',
    check: () => expect(round(clickPriceQuantile(0.95, 15, 0.8))).toBe(56),
  },
  {
    text: 'Here the activation spend is $30,000 a month. The average moves up slowly, the marginal runs ahead',
    why: 'input: the step\u2019s spend; result: from the default $20,000 to $30,000 the average click rises a little and the last click much more',
    check: () => {
      const at = (monthlyBudget: number) => rowsOf<Ladder>('price-ladder', { monthlyBudget });
      const [low, high] = [at(20_000), at(30_000)];
      expect(high.avgCpc! / low.avgCpc!).toBeLessThan(1.5);
      expect(high.marginalCpc! / low.marginalCpc!).toBeGreaterThan(2);
    },
  },
  {
    text: 'Here the CPC spread is 0.2',
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
    text: "At the default settings this spend is past the pool's edge",
    why: 'result: the step sets $40,000 a month, beyond the default edge, where the next lead is a dash',
    check: () => {
      expect(rowsOf<Response>('spend-leads').saturationSpend).toBeLessThan(40_000);
      expect(statsOf('spend-leads', { monthlyBudget: 40_000 }).marginalCpl).toBe('\u2014');
    },
  },
  {
    text: 'More than three times as many buyers decide each month',
    why: 'result: deciders a month with the auto-insurance preset\u2019s 18-month cycle against the default 60',
    check: () => {
      expect(auto.cycleMonths).toBe(18);
      const d = steadyState({ ...defaultScenario, ...auto }).deciders;
      expect(d / steadyState(defaultScenario).deciders).toBeGreaterThan(3);
    },
  },
  {
    text: 'raises the median CPC to $50',
    why: 'input: the auto-insurance preset\u2019s median CPC',
    check: () => expect(auto.medianCpc).toBe(50),
  },
  {
    text: "With the default CPC spread, about 3% of the preset's clicks clear above Paddington's figure",
    why: 'result: the share of lognormal prices (median 50, spread 0.8) above Paddington\u2019s $225',
    check: () => {
      expect(defaultScenario.cpcSpread).toBe(0.8);
      expect(round(1 - normalCdf(Math.log(225 / 50) / 0.8), 2)).toBe(0.03);
    },
  },
  {
    text: 'well over $300,000 a month, so the default budget buys a slice',
    why: 'result: the auto-insurance pool\u2019s edge; the step sets the default budget',
    check: () => {
      const r = rowsOf<Response>('spend-leads', auto);
      expect(r.saturationSpend).toBeGreaterThan(330_000);
      expect(defaultScenario.monthlyBudget).toBe(20_000);
    },
  },
  {
    text: 'The last click is a smaller multiple of the average than in the default market, and doubling the budget adds more than it does there',
    why: 'result: with the auto-insurance preset at $20,000 the last click is 1.5 times the average (2.4 at the defaults) and doubling adds 21% (13%)',
    check: () => {
      const ratio = (patch: ScenarioPatch) => rowsOf<Ladder>('price-ladder', patch);
      const [a, d] = [ratio(auto), ratio({})];
      expect(a.marginalCpc! / a.avgCpc!).toBeLessThan(d.marginalCpc! / d.avgCpc!);
      const gain = (r: Response) => r.doubled.leads / r.current.leads - 1;
      expect(gain(rowsOf<Response>('spend-leads', auto))).toBeGreaterThan(gain(rowsOf<Response>('spend-leads')));
    },
  },
  {
    text: 'its edge lies beyond the end of the spend slider',
    why: 'the spend slider\u2019s maximum ($150,000) is below the auto-insurance edge',
    check: () => {
      expect(spendMax()).toBe(150_000);
      expect(rowsOf<Response>('spend-leads', auto).saturationSpend).toBeGreaterThan(spendMax());
    },
  },
  {
    text: 'the spend buys about 71% of the searchers',
    why: 'result: auto-insurance preset at the slider\u2019s top spend',
    check: () => expect(statsOf('price-ladder', { ...auto, monthlyBudget: 150_000 }).shareBought).toBe('71%'),
  },
  {
    text: 'The last click costs twice the average, and the next lead more than three times the average lead',
    why: 'result: auto-insurance preset at the slider\u2019s top spend (the next lead about $1,400)',
    check: () => {
      expect(statsOf('price-ladder', { ...auto, monthlyBudget: 150_000 }).marginalOverAvg).toBe('2\u00d7');
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
    text: 'buying every searcher costs less than the default budget',
    why: 'result: the solar pool\u2019s edge is below the default $20,000',
    check: () => {
      expect(defaultScenario.monthlyBudget).toBe(20_000);
      expect(rowsOf<Response>('spend-leads', preset('solar')).saturationSpend).toBeLessThan(20_000);
    },
  },
  {
    text: 'A slope of one or less bends over from the start; a slope above one gives an S shape',
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
    text: 'At the default settings, within the observed range the fit is nearly perfect',
    why: 'result: fitted up to the pool\u2019s edge, the Hill curve explains over 99.9% of the variance, yet levels off far above the true ceiling',
    check: () => {
      const view = rowsOf<MmmView>('mmm-view');
      expect(view.fit!.r2).toBeGreaterThan(0.999);
      expect(view.fit!.beta / view.ceiling).toBeGreaterThan(1.5);
    },
  },
  {
    text: 'it levels off much nearer the true ceiling, at the price of fitting the corner less well',
    why: 'result: shown spend up to 1.6 times the edge, the fit\u2019s maximum falls from about 1.6 to about 1.2 times the true ceiling, and its R\u00b2 drops',
    check: () => {
      const [edge, wide] = [rowsOf<MmmView>('mmm-view'), rowsOf<MmmView>('mmm-view', {}, { observed: 1 })];
      expect(wide.fit!.beta / wide.ceiling).toBeLessThan(1.2);
      expect(wide.fit!.beta).toBeLessThan(edge.fit!.beta);
      expect(wide.fit!.r2).toBeLessThan(edge.fit!.r2);
    },
  },
  {
    text: 'one buyer in ten remembers at the start',
    why: 'input: the default brand\u2019s salience at the start',
    check: () => expect(defaultScenario.initialSalience).toBe(0.1),
  },
  {
    text: "Cold clicks convert at half the rate of warm ones at the model's defaults",
    why: 'input: the default click-to-lead rates, cold 5% and warm 10%',
    check: () => expect(defaultScenario.clickToLeadCold / defaultScenario.clickToLeadWarm).toBe(0.5),
  },
  {
    text: 'At the default settings the cost per lead still rises, but by less',
    why: 'result: with warm clicks converting like cold ones (5%), three years of activation only still raise the cost per lead, by less than at the defaults',
    check: () => {
      const rise = (patch: ScenarioPatch) => {
        const rows = rowsOf<MonthRow[]>('activation-months', patch);
        return rows.at(-1)!.cpl! / rows[0]!.cpl! - 1;
      };
      expect(rise({ clickToLeadWarm: 0.05 })).toBeGreaterThan(0);
      expect(rise({ clickToLeadWarm: 0.05 })).toBeLessThan(rise({}));
    },
  },
];

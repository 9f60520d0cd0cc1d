// Numbers in "Brand compounds" that are neither live <Num>s nor cited: each with what it is and
// a check that recomputes it from the model or reads it from the figure definitions.

import { expect } from 'vitest';
import { crossoverMonth, defaultScenario, forgetRate, runAtShare, sweep } from '../../src/model/index.ts';
import type { Scenario, SweepObjective } from '../../src/model/index.ts';
import { cplBands } from '../../src/model/bands.ts';
import type { BandResult } from '../../src/model/bands.ts';
import { simulateAgents } from '../../src/model/agents.ts';
import { figureByName } from '../../src/figures/registry.ts';
import { HEAVY, LIGHT } from '../../src/figures/splits.ts';
import { firstReaching } from '../../src/figures/horizon-sweep.ts';
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

// The cpl-time figure's band at the defaults (20 seeds, 100,000 buyers), computed once.
let band: BandResult | null = null;
function bands(): BandResult {
  band ??= cplBands({ scenario: base, shares: [LIGHT, HEAVY], seeds: 20, buyers: base.buyers });
  return band;
}
/** Per month: 'above' when the 60% band lies wholly above the 10% band, 'below', or 'overlap'. */
function bandOrder(): ('above' | 'below' | 'overlap')[] {
  const [light, heavy] = bands().bands as [BandResult['bands'][0], BandResult['bands'][0]];
  return heavy.map((h, i) => {
    const l = light[i]!;
    if (h.p10! > l.p90!) return 'above';
    if (h.p90! < l.p10!) return 'below';
    return 'overlap';
  });
}

const reference = (share: number) => () => expect([LIGHT, HEAVY]).toContain(share);

export const entries: ProseNumber[] = [
  {
    text: 'about 5.6% of the buyers who remember the brand forget it in a given month',
    why: 'definition: 1 - 2^(-1/12), a twelve-month half-life (the default)',
    check: () => {
      expect(defaultScenario.memoryHalfLifeMonths).toBe(12);
      expect(round(forgetRate(12) * 100, 1)).toBe(5.6);
      expect([0.5 ** 2, 0.5 ** 3]).toEqual([1 / 4, 1 / 8]);
    },
  },
  {
    text: '"90/10" usually means 90% activation and 10% brand',
    why: 'definition: the activation-heavy reference split of the figures',
    check: () => expect(LIGHT).toBe(0.1),
  },
  // The two reference splits the figures draw, named by their brand share.
  { text: '10% brand', why: 'input: the activation-heavy reference split', check: reference(0.1) },
  { text: '60% brand', why: 'input: the brand-heavy reference split', check: reference(0.6) },
  { text: '10% split', why: 'input: the activation-heavy reference split', check: reference(0.1) },
  { text: '60% split', why: 'input: the brand-heavy reference split', check: reference(0.6) },
  { text: '10% plan', why: 'input: the activation-heavy reference split', check: reference(0.1) },
  { text: '60% plan', why: 'input: the brand-heavy reference split', check: reference(0.6) },
  { text: '10% line', why: 'input: the activation-heavy reference split', check: reference(0.1) },
  {
    text: 'month 1',
    why: 'the first month of the simulation',
    check: () => expect(runAtShare(base, HEAVY).rows[0]!.month).toBe(1),
  },
  {
    text: 'Month 1 is easy to explain',
    why: 'the first month of the simulation; 60% brand is dearer then, with a little more memory',
    check: () => {
      const heavy = runAtShare(base, HEAVY).rows[0]!;
      const light = runAtShare(base, LIGHT).rows[0]!;
      expect(heavy.cpl!).toBeGreaterThan(light.cpl!);
      expect(heavy.salience).toBeGreaterThan(base.initialSalience);
      expect(light.salience).toBeLessThan(base.initialSalience);
      // "Less than half the activation budget".
      expect(1 - HEAVY).toBeLessThan((1 - LIGHT) / 2);
    },
  },
  {
    text: 'to month 31 with everything else at the defaults; double it and the crossover comes within months, in month 5',
    why: 'result: the crossover month at half and at twice the default budget',
    check: () => {
      expect(crossover({})).toBe(15);
      expect(crossover({ monthlyBudget: base.monthlyBudget / 2 })).toBe(31);
      expect(crossover({ monthlyBudget: base.monthlyBudget * 2 })).toBe(5);
    },
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
    text: 'in month 48 with half the encoding and in month 46 with half the brand-first rate',
    why: 'result: the same halvings over a 60-month horizon',
    check: () => {
      expect(crossover({ encodingPerExposure: base.encodingPerExposure / 2, horizonMonths: 60 })).toBe(48);
      expect(crossover({ brandFirstRate: base.brandFirstRate / 2, horizonMonths: 60 })).toBe(46);
    },
  },
  {
    text: 'The band spans the 10th to the 90th percentile',
    why: 'definition: what the cpl-time figure\u2019s band draws',
    check: () => {
      expect(figureByName('cpl-time').extras['band']!.description).toContain('10th-90th percentile');
      expect(bands().bands[0]![0]).toHaveProperty('p10');
    },
  },
  {
    text: 'In month 1 they are apart, with the 60% split the dearer. From month 2 to month 15 they overlap',
    why: 'result: the 20-seed band at the defaults',
    check: () => {
      const order = bandOrder();
      expect(order[0]).toBe('above');
      expect(order.slice(1, 15).every((o) => o === 'overlap')).toBe(true);
    },
  },
  {
    text: "first lies wholly below the other's in month 16, and it stays below in every month only from month 28",
    why: 'result: the 20-seed band at the defaults',
    check: () => {
      const order = bandOrder();
      expect(order.indexOf('below') + 1).toBe(16);
      expect(order.lastIndexOf('overlap') + 1).toBe(27);
      expect(order.slice(27).every((o) => o === 'below')).toBe(true);
      expect(order.length).toBe(36);
    },
  },
  {
    text: "anywhere between 64 and 144 in single runs at the defaults, so chance alone moves a month's cost per lead by about a tenth either way",
    why: 'result: fewest and most leads in a month over the 20 band seeds of both splits; half the 10-90 band width over its median',
    check: () => {
      const leads = [LIGHT, HEAVY].flatMap((share) =>
        Array.from({ length: 20 }, (_, i) => simulateAgents({ ...base, brandShare: share }, i + 1)).flatMap((rows) =>
          rows.map((r) => r.leads),
        ),
      );
      expect([Math.min(...leads), Math.max(...leads)]).toEqual([64, 144]);
      const widths = bands().bands.flatMap((b) => b.map((p) => (p.p90! - p.p10!) / 2 / p.p50!));
      const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
      expect(round(mean, 1)).toBe(0.1);
    },
  },
  {
    text: 'supply more than half of all leads in month 36 under 60% brand, and about a fifth under 10% brand',
    why: 'result: brand-first share of leads in the last month at the defaults',
    check: () => {
      const share = (s: number) => {
        const last = runAtShare(base, s).rows.at(-1)!;
        expect(last.month).toBe(36);
        return last.brandFirstLeads / last.leads;
      };
      expect(share(HEAVY)).toBeGreaterThan(0.5);
      expect(round(share(LIGHT), 1)).toBe(0.2);
    },
  },
  {
    text: 'restore brand to 60%',
    why: 'input: the downturn figure\u2019s plan before the cut',
    check: () => expect(figureByName('downturn').premise!.patch.brandShare).toBe(0.6),
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
    text: 'for 24 months',
    why: 'the horizon of the stat bestAt24 quoted beside it',
    check: () => expect(statsOf('horizon-sweep').bestAt24).toBe('52%'),
  },
  {
    text: 'for 36 and',
    why: 'the horizon of the stat bestAt36 quoted beside it',
    check: () => expect(statsOf('horizon-sweep').bestAt36).toBe('60%'),
  },
  {
    text: 'for 60.',
    why: 'the horizon of the stat bestAt60 quoted beside it',
    check: () => expect(statsOf('horizon-sweep').bestAt60).toBe('66%'),
  },
  {
    text: '60% comes out of the model at about three years',
    why: 'result: the lead-maximizing share at 36 months, at the defaults',
    check: () => expect(bestAt36({})).toBe(0.6),
  },
  {
    text: '46% is the best share for a horizon of about twenty months and 54% for a horizon of a little over two years',
    why: 'result: the first horizons at which the lead-maximizing share reaches 46% and 54%',
    check: () => {
      const leads = sweep(base, { objective: 'leads' });
      expect(firstReaching(leads, 0.46)).toBeGreaterThanOrEqual(18);
      expect(firstReaching(leads, 0.46)).toBeLessThanOrEqual(22);
      expect(firstReaching(leads, 0.54)).toBeGreaterThan(24);
      expect(firstReaching(leads, 0.54)).toBeLessThanOrEqual(28);
    },
  },
  {
    text: 'the best share at 36 months is',
    why: 'the horizon of the stat leadsAt36 quoted beside it',
    check: () => expect(statsOf('horizon-sweep').leadsAt36).toBe('60%'),
  },
  {
    text: 'moves the 36-month answer to 79% brand and counting wins to 84%',
    why: 'result: best shares at 36 months counted in opportunities and in wins (MODEL.md section 14)',
    check: () => {
      expect(bestAt36({}, 'opportunities')).toBe(0.79);
      expect(bestAt36({}, 'wins')).toBe(0.84);
      expect(statsOf('horizon-sweep', {}, { objective: 2 }).bestAt36).toBe('84%');
    },
  },
  {
    text: 'Counting leads over 36 months with everything else at the defaults, a budget of $5,000 a month puts the best share at 8% brand and one of $80,000 at 73%',
    why: 'result: best share at 36 months with a quarter and four times the default budget',
    check: () => {
      expect(bestAt36({ monthlyBudget: 5_000 })).toBe(0.08);
      expect(bestAt36({ monthlyBudget: 80_000 })).toBe(0.73);
    },
  },
  {
    text: 'spread over 100,000 buyers',
    why: 'input: the default number of buyers',
    check: () => expect(defaultScenario.buyers).toBe(100_000),
  },
  {
    text: 'does best with 63% brand; a leader that 40% of buyers already remember, with 49%',
    why: 'result: best share at 36 months with starting memory 0.01 and 0.4 (MODEL.md section 14)',
    check: () => {
      expect(bestAt36({ initialSalience: 0.01 })).toBe(0.63);
      expect(bestAt36({ initialSalience: 0.4 })).toBe(0.49);
    },
  },
];

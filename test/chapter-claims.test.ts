// Sentences in the chapters that state no number but still state a result, checked against the
// model at the defaults (the figures' numbers themselves are live; these are the words around them).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  attribution,
  defaultScenario,
  gatedSweep,
  gateOrGive,
  ledgerShares,
  parameters,
  runTotals,
  velocityBySplit,
} from '../src/model/index.ts';
import { stageLadder } from '../src/model/split-finder.ts';
import type { TierTotals } from '../src/model/index.ts';
import type { DashboardCutRows } from '../src/figures/dashboard-cut.ts';
import type { MemoryRows } from '../src/figures/challenger-leader.ts';
import type { YourSplitRows } from '../src/figures/your-split.ts';
import { figureByName } from '../src/figures/registry.ts';
import { defaultState } from '../src/figures/url-state.ts';
import { shareAt } from '../src/figures/objectives.ts';
import { stepsInSource } from '../src/figures/steps.ts';
import { rowsOf } from './prose-helpers.ts';
import { crossoverMonth, runAtShare, simulateExpected, sweep } from '../src/model/index.ts';
import { cplBands } from '../src/model/bands.ts';
import type { BandResult } from '../src/model/bands.ts';
import { HEAVY, LIGHT } from '../src/figures/splits.ts';
import { firstReaching } from '../src/figures/horizon-sweep.ts';
import type { BrandCut } from '../src/model/index.ts';
import type { Memory } from '../src/figures/memory.ts';

describe('Finding your split: the stage ladder as the prose describes it', () => {
  const by = (objective: 'leads' | 'opportunities' | 'wins' | 'contribution') =>
    new Map(stageLadder(defaultScenario, { objective }).map((s) => [s.id, s]));
  const leads = by('leads');
  const opportunities = by('opportunities');
  const wins = by('wins');
  const contribution = by('contribution');

  it('"every stage after product-market fit gets more brand than either table gives it", counting customers', () => {
    for (const stage of wins.values()) {
      if (stage.id === 'pre-pmf') continue;
      expect(stage.best, stage.id).toBeGreaterThan(Math.max(stage.paddington, stage.pollack));
    }
  });

  it('"almost flat above its first rung", counting customers, while counting leads climbs', () => {
    const above = [...wins.values()].filter((s) => s.id !== 'pre-pmf').map((s) => s.best);
    expect(Math.max(...above) - Math.min(...above)).toBeLessThanOrEqual(0.15);
    const climb = [...leads.values()].map((s) => s.best);
    expect(climb.at(-1)! - climb[0]!).toBeGreaterThan(0.5);
  });

  it('"count customers instead of leads … early growth moves most: its share jumps"', () => {
    expect(wins.get('early-growth')!.best - leads.get('early-growth')!.best).toBeGreaterThan(0.3);
    const move = (id: string) => Math.abs(wins.get(id)!.best - leads.get(id)!.best);
    for (const id of leads.keys()) if (id !== 'early-growth') expect(move(id), id).toBeLessThan(move('early-growth'));
  });

  it('"this step doubles every horizon … early growth and scaling move most, and the two ends barely move"', () => {
    const doubled = new Map(
      stageLadder(defaultScenario, { objective: 'leads', horizonScale: 2 }).map((s) => [s.id, s.best]),
    );
    const move = (id: string) => Math.abs(doubled.get(id)! - leads.get(id)!.best);
    for (const id of ['pre-pmf', 'mid-market', 'enterprise']) {
      expect(move(id), id).toBeLessThan(move('early-growth'));
      expect(move(id), id).toBeLessThan(move('scaling'));
    }
    expect(move('pre-pmf')).toBeLessThanOrEqual(0.02);
    expect(move('enterprise')).toBeLessThanOrEqual(0.02);
  });

  it('"the model\u2019s ladder is steeper than either table", counting leads', () => {
    const stages = [...leads.values()];
    const modelRise = stages.at(-1)!.best - stages[0]!.best;
    expect(modelRise).toBeGreaterThan(stages.at(-1)!.paddington - stages[0]!.paddington);
    expect(modelRise).toBeGreaterThan(stages.at(-1)!.pollack - stages[0]!.pollack);
  });

  it('"before product-market fit it puts nothing into brand" for leads, opportunities or contribution, "a sliver" for customers', () => {
    expect(leads.get('pre-pmf')!.best).toBe(0);
    expect(opportunities.get('pre-pmf')!.best).toBe(0);
    expect(contribution.get('pre-pmf')!.best).toBe(0);
    expect(wins.get('pre-pmf')!.best).toBeGreaterThan(0);
    expect(wins.get('pre-pmf')!.best).toBeLessThanOrEqual(0.15);
  });

  it('"counting leads, it gives early growth nothing either"', () => {
    expect(leads.get('early-growth')!.best).toBe(0);
  });

  it('"an enterprise … should spend more on brand than the sources suggest"', () => {
    const enterprise = leads.get('enterprise')!;
    expect(enterprise.best).toBeGreaterThan(Math.max(enterprise.paddington, enterprise.pollack));
  });
});

describe('Finding your split: challengers, tiers and your split as the prose describes them', () => {
  it('"the challenger and the well-known brand sit between them", and "over short horizons the lines spread apart"', () => {
    const d = rowsOf<MemoryRows>('challenger-leader');
    const at = (h: number) => d.levels.map((l) => shareAt(l.points, h)!);
    const [unknown, challenger, known, leader] = at(defaultScenario.horizonMonths);
    expect(unknown).toBeGreaterThanOrEqual(challenger!);
    expect(challenger).toBeGreaterThanOrEqual(known!);
    expect(known).toBeGreaterThanOrEqual(leader!);
    const spread = (h: number) => at(h)[0]! - at(h)[3]!;
    expect(spread(12)).toBeGreaterThan(spread(defaultScenario.horizonMonths));
  });

  it('"the named tier\u2019s cost per customer looks alarming beside the others"', () => {
    const [named, mid, tail] = rowsOf<TierTotals[]>('account-tiers');
    expect(named!.cac!).toBeGreaterThan(2 * Math.max(mid!.cac!, tail!.cac!));
  });

  it('"this step puts most of the budget on the named tier … its revenue grows far less than its budget, while its cost per customer climbs"', () => {
    const [before] = rowsOf<TierTotals[]>('account-tiers');
    const [after] = rowsOf<TierTotals[]>('account-tiers', {}, { namedShare: 0.6 });
    expect(after!.budgetShare).toBeGreaterThan(0.5);
    const budgetGrowth = after!.budgetShare / before!.budgetShare;
    expect(after!.revenue / before!.revenue - 1).toBeLessThan(0.5 * (budgetGrowth - 1));
    expect(after!.cac!).toBeGreaterThan(before!.cac!);
  });

  it('"the total barely changes across a wide range of splits"', () => {
    const d = rowsOf<YourSplitRows>('your-split');
    expect(d.near[1] - d.near[0]).toBeGreaterThanOrEqual(0.15);
  });

  it('"count contribution over a horizon too short for any deal to close, and the figure says so" (the step that does it)', () => {
    const mdx = readFileSync(new URL('../content/chapters/finding-your-split.mdx', import.meta.url), 'utf8');
    const step = stepsInSource(mdx)
      .find((b) => b.figure === 'your-split')!
      .steps.find((s) => s.set['objective'] === '3')!;
    const definition = figureByName('your-split');
    const start = defaultState(definition);
    const horizonMonths = Number(step.set['horizonMonths']);
    expect(horizonMonths).toBeLessThanOrEqual(defaultScenario.salesCycleMonths);
    const state = { scenario: { ...start.scenario, horizonMonths }, extras: { ...start.extras, objective: 3 } };
    expect(definition.summary(definition.compute(state), state)).toMatch(/no deal closes/);
  });
});

describe('Volume versus quality: the words around the live numbers', () => {
  const points = gatedSweep(defaultScenario, 21);
  const base = points[0]!;
  const half = points[10]!;
  expect(half.gatedShare).toBe(0.5);

  it('"at the default settings, the forms bring in about as many real opportunities as the lost clicks did"', () => {
    expect(Math.abs(half.opportunities / base.opportunities - 1)).toBeLessThan(0.05);
  });

  it('"the cost per opportunity hardly moves at moderate gating"', () => {
    for (const p of points.filter((p) => p.gatedShare <= 0.5))
      expect(Math.abs(p.costPerOpportunity! / base.costPerOpportunity! - 1), String(p.gatedShare)).toBeLessThan(0.05);
  });

  const run = (gatedCpl = defaultScenario.gatedCpl) =>
    gateOrGive({ ...defaultScenario, gatedShare: 0, gatedCpl }, 5_000);

  it('"the given-away run does not use it [the cost per form fill], so its line stays put"', () => {
    const dearer = run(defaultScenario.gatedCpl * 2.5);
    expect(dearer.given).toEqual(run().given);
    expect(runTotals(dearer.gated).leads).toBeLessThan(runTotals(run().gated).leads);
  });

  it('"it only shows that the reach is worth more than the list"; "in the first months the gated run can bring more opportunities"', () => {
    const { gated, given } = run();
    expect(runTotals(given).opportunities).toBeGreaterThan(runTotals(gated).opportunities);
    expect(runTotals(given).wins).toBeGreaterThan(runTotals(gated).wins);
    expect(gated.slice(0, 6).some((r, i) => r.opportunities > given[i]!.opportunities)).toBe(true);
  });

  it('"with no brand spending at all … at the default settings it slows"', () => {
    const zero = velocityBySplit(defaultScenario, 21)[0]!;
    expect(zero.brandShare).toBe(0);
    expect(zero.last).toBeLessThan(zero.first);
  });

  it('"this step lowers both warm rates to the cold rates\u2019 defaults"', () => {
    const mdx = readFileSync(new URL('../content/chapters/volume-versus-quality.mdx', import.meta.url), 'utf8');
    const step = stepsInSource(mdx)
      .find((b) => b.figure === 'sales-velocity')!
      .steps.find((s) => 'leadToOppWarm' in s.set)!;
    expect(Number(step.set['leadToOppWarm'])).toBe(parameters.leadToOppCold.default);
    expect(Number(step.set['oppToWinWarm'])).toBe(parameters.oppToWinCold.default);
  });
});

describe('What dashboards miss: whose survey flatters', () => {
  const over36 = (initialSalience: number) => {
    const rows = attribution({ ...defaultScenario, initialSalience });
    const shares = ledgerShares(rows, 'opportunities');
    return { said: shares.selfReported!, truth: shares.trueCredit! };
  };

  it('"a brand that starts with little memory … will over the years find its survey stingy"', () => {
    const young = over36(0.01);
    expect(young.said).toBeLessThan(young.truth);
  });

  it('"an established brand, whose buyers remember it from years of earlier work, will find its survey flattering"', () => {
    const established = over36(0.4);
    expect(established.said).toBeGreaterThan(established.truth);
  });
});

describe('What dashboards miss: the brand cut by true credit', () => {
  const d = rowsOf<DashboardCutRows>('dashboard-cut');
  const gap = (month: number) => d.heldTrueBrand[month - 1]! - d.cutTrueBrand[month - 1]!;

  it('"the monthly gap between them closes only slowly after the money comes back"', () => {
    const end = d.held.length;
    expect(gap(d.to)).toBeGreaterThan(0);
    expect(gap(end)).toBeLessThan(gap(d.to));
    expect(gap(end)).toBeGreaterThan(0.2 * gap(d.to));
    for (let m = d.to + 1; m <= end; m++) expect(gap(m)).toBeLessThanOrEqual(gap(m - 1) + 1e-9);
  });

  it('"at the default settings the last month still has fewer leads than the plan that held"', () => {
    expect(d.cut.at(-1)!.leads).toBeLessThan(d.held.at(-1)!.leads);
  });

  it('the true credit it shows is the attribution of the held and the cut plans, and last click gives brand none', () => {
    const all = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(all(d.heldTrueBrand)).toBeGreaterThan(all(d.cutTrueBrand));
    expect(all(d.heldBrandCredit) + all(d.cutBrandCredit)).toBe(0);
  });
});

describe('What dashboards miss: the steps of the three ledgers', () => {
  const overall = (patch: Partial<typeof defaultScenario> = {}, measure: 'leads' | 'opportunities' = 'opportunities') =>
    ledgerShares(attribution({ ...defaultScenario, ...patch, schedule: [] }), measure);

  it('"the last-click ledger gives brand none of them", at the defaults and at the brand-heavy split', () => {
    expect(overall().lastClick).toBe(0);
    expect(overall({ brandShare: 0.6 }).lastClick).toBe(0);
  });

  it('"at the default settings those two totals nearly agree": the self-reported and true shares of opportunities', () => {
    const o = overall();
    expect(Math.abs(o.selfReported! - o.trueCredit!)).toBeLessThan(0.01);
  });

  it('"switch from opportunities to leads … and brand\u2019s self-reported and true shares both fall"', () => {
    const opps = overall();
    const leads = overall({}, 'leads');
    expect(leads.selfReported!).toBeLessThan(opps.selfReported!);
    expect(leads.trueCredit!).toBeLessThan(opps.trueCredit!);
  });

  it('"raise the brand share and brand\u2019s true credit grows"', () => {
    expect(overall({ brandShare: 0.6 }).trueCredit!).toBeGreaterThan(overall().trueCredit!);
  });

  it('"lower the self-report recall and only the self-reported line moves"', () => {
    const low = overall({ selfReportRecall: 0.3 });
    expect(low.selfReported!).toBeLessThan(overall().selfReported!);
    expect(low.trueCredit).toBeCloseTo(overall().trueCredit!, 12);
    expect(low.lastClick).toBe(0);
  });

  it('moving the money instead: "leads rise at first", "the dashboard\u2019s cost per lead jumps", "the fall in leads comes later"', () => {
    const d = rowsOf<DashboardCutRows>('dashboard-cut', {}, { money: 1 });
    const first = d.from - 1;
    expect(d.cut[first]!.leads).toBeGreaterThan(d.held[first]!.leads);
    expect(d.cut[first]!.dashboardCpl!).toBeGreaterThan(d.held[first]!.dashboardCpl!);
    expect(d.cutTotal.at(-1)!.leads).toBeLessThan(d.heldTotal.at(-1)!.leads);
  });
});

describe('Brand compounds: what the words around the figures say', () => {
  const base = { ...defaultScenario, schedule: [] };

  it('"even the brand-heavy line then ends below where it started", with a three-month half-life', () => {
    const m = rowsOf<Memory>('memory', { memoryHalfLifeMonths: 3 });
    const heavy = m.runs.find((r) => r.share === HEAVY)!;
    expect(heavy.rows.at(-1)!.salience).toBeLessThan(defaultScenario.initialSalience);
  });

  it('"at the default settings it falls": the activation-heavy line ends below its start', () => {
    const light = runAtShare(base, LIGHT).rows;
    expect(light.at(-1)!.salience).toBeLessThan(base.initialSalience);
  });

  it('month 1: the brand-heavy split is dearer, has "less than half the activation budget", its salience rises while the other\u2019s slips', () => {
    const heavy = runAtShare(base, HEAVY).rows[0]!;
    const light = runAtShare(base, LIGHT).rows[0]!;
    expect(heavy.month).toBe(1);
    expect(heavy.cpl!).toBeGreaterThan(light.cpl!);
    expect(1 - HEAVY).toBeLessThan((1 - LIGHT) / 2);
    expect(heavy.salience).toBeGreaterThan(base.initialSalience);
    expect(light.salience).toBeLessThan(base.initialSalience);
    // "a few more brand-first leads, far too few to make up for the missing clicks"
    expect(heavy.brandFirstLeads).toBeGreaterThan(light.brandFirstLeads);
    expect(heavy.leads).toBeLessThan(light.leads);
  });

  it('the crossover at the defaults "falls inside the six to eighteen months" Pollack gives', () => {
    const cross = crossoverMonth(runAtShare(base, HEAVY), runAtShare(base, LIGHT))!;
    expect(cross).toBeGreaterThanOrEqual(6);
    expect(cross).toBeLessThanOrEqual(18);
  });

  describe('the uncertainty band at the defaults (20 seeds, 100,000 buyers)', () => {
    let band: BandResult | null = null;
    const bands = () => (band ??= cplBands({ scenario: base, shares: [LIGHT, HEAVY], seeds: 20, buyers: base.buyers }));
    /** Per month: 'above' when the brand-heavy band lies wholly above the other, 'below', or 'overlap'. */
    const order = () => {
      const [light, heavy] = bands().bands as [BandResult['bands'][0], BandResult['bands'][0]];
      return heavy.map((h, i) => {
        const l = light[i]!;
        if (h.p10! > l.p90!) return 'above';
        if (h.p90! < l.p10!) return 'below';
        return 'overlap';
      });
    };

    it('"the band holds the middle eight runs in ten": it is the 10th to the 90th percentile', () => {
      expect(figureByName('cpl-time').extras['band']!.description).toContain('10th-90th percentile');
      expect(bands().bands[0]![0]).toHaveProperty('p10');
    });

    it('"in the first month they are apart", then "for more than a year after that they overlap"', () => {
      const o = order();
      expect(o[0]).toBe('above');
      const firstBelow = o.indexOf('below');
      expect(firstBelow).toBeGreaterThan(12);
      expect(o.slice(1, firstBelow).every((x) => x === 'overlap')).toBe(true);
    });

    it('then "starts to lie wholly below", and "stays below in every month only in the final year"', () => {
      const o = order();
      expect(o.length).toBe(36);
      const lastOverlap = o.lastIndexOf('overlap');
      expect(o.indexOf('below')).toBeLessThan(lastOverlap);
      // From month lastOverlap + 2 on, every month is below; that month is in months 25-36.
      expect(lastOverlap + 2).toBeGreaterThan(24);
      expect(o.slice(lastOverlap + 1).every((x) => x === 'below')).toBe(true);
    });

    it('"chance alone moves a single run\u2019s monthly cost per lead by about a tenth either way"', () => {
      const widths = bands().bands.flatMap((b) => b.map((p) => (p.p90! - p.p10!) / 2 / p.p50!));
      const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
      expect(Math.round(mean * 10) / 10).toBe(0.1);
    });
  });

  it('brand-first buyers supply "more than half of all leads in the last month under the brand-heavy split, and about a fifth under the activation-heavy one"', () => {
    const share = (s: number) => {
      const last = runAtShare(base, s).rows.at(-1)!;
      return last.brandFirstLeads / last.leads;
    };
    expect(share(HEAVY)).toBeGreaterThan(0.5);
    expect(Math.round(share(LIGHT) * 10) / 10).toBe(0.2);
  });

  it('"the error grows with the brand share and with time": at the brand-heavy split the dashboard\u2019s cost per lead falls and hides more', () => {
    const at = (brandShare: number) => simulateExpected({ ...base, brandShare });
    const hidden = (rows: ReturnType<typeof at>) => 1 - rows.at(-1)!.dashboardCpl! / rows.at(-1)!.cpl!;
    const heavy = at(HEAVY);
    expect(heavy.at(-1)!.dashboardCpl!).toBeLessThan(heavy[0]!.dashboardCpl!);
    expect(hidden(heavy)).toBeGreaterThan(hidden(at(base.brandShare)));
  });

  describe('the downturn', () => {
    const cut = (extras: Record<string, number> = {}) => rowsOf<BrandCut>('downturn', {}, extras);
    const lost = (d: BrandCut) => d.heldTotal.at(-1)!.leads - d.cutTotal.at(-1)!.leads;

    it('the figure runs the cut "starting from the brand-heavy split unless you change it"', () => {
      expect(figureByName('downturn').premise!.patch.brandShare).toBe(HEAVY);
    });

    it('"at the default settings it stays above in every month of that year"', () => {
      const d = cut();
      for (let t = d.to + 1; t <= d.to + 12; t++) expect(d.cut[t - 1]!.cpl!).toBeGreaterThan(d.held[t - 1]!.cpl!);
    });

    it('"lengthen the cut to a year and the bill grows"; "a shallower cut costs less"', () => {
      expect(lost(cut({ cutMonths: 12 }))).toBeGreaterThan(lost(cut()));
      expect(lost(cut({ cutShare: 0.3 }))).toBeLessThan(lost(cut()));
      expect(lost(cut({ cutShare: 0.3 }))).toBeGreaterThan(0);
    });
  });

  describe('the horizon sweep', () => {
    const leads = () => sweep(base, { objective: 'leads' });

    it('"at the default settings the three-year answer is Binet and Field\u2019s split"', () => {
      expect(sweep(base, { objective: 'leads', horizons: [36] })[0]!.brandShare).toBe(HEAVY);
    });

    it('"the best share reaches the reversed reading at a horizon of about twenty months. It reaches Paddington\u2019s reading at a little over two years"', () => {
      const points = leads();
      expect(firstReaching(points, 0.46)).toBeGreaterThanOrEqual(18);
      expect(firstReaching(points, 0.46)).toBeLessThanOrEqual(22);
      expect(firstReaching(points, 0.54)).toBeGreaterThan(24);
      expect(firstReaching(points, 0.54)).toBeLessThanOrEqual(28);
    });
  });
});

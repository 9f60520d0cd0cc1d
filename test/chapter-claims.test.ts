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

  it('the true credit it shows is the attribution of the held and the cut plans, and last click gives brand none', () => {
    const all = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(all(d.heldTrueBrand)).toBeGreaterThan(all(d.cutTrueBrand));
    expect(all(d.heldBrandCredit) + all(d.cutBrandCredit)).toBe(0);
  });
});

// Sentences in the chapters that state no number but still state a result, checked against the
// model at the defaults (the figures' numbers themselves are live; these are the words around them).

import { describe, expect, it } from 'vitest';
import { attribution, defaultScenario, ledgerShares } from '../src/model/index.ts';
import { stageLadder } from '../src/model/split-finder.ts';
import type { DashboardCutRows } from '../src/figures/dashboard-cut.ts';
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

  it('"switch the figure to wins and the early-growth share jumps"', () => {
    expect(wins.get('early-growth')!.best - leads.get('early-growth')!.best).toBeGreaterThan(0.3);
  });

  it('"counting leads, the model is steeper than the tables"', () => {
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

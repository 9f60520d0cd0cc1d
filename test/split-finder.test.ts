// The helpers of "Finding your split" (MODEL.md sections 14 and 15), checked against the model's
// own primitives run independently: the stage ladder against sweep() at each stage's horizon,
// budget and memory; the tiers against their constants and the engine's segment totals; and the
// tiers plan of the your-split figure against simulateSegments' summed rows. The goldens catch
// change; these catch wrongness.
import { describe, expect, it } from 'vitest';
import {
  STAGES,
  TIERS,
  accountTiers,
  defaultScenario,
  noDealCloses,
  objectiveByShare,
  simulateExpected,
  simulateSegments,
  stageLadder,
  sweep,
  tierTotals,
  tiersObjectiveByShare,
} from '../src/model/index.ts';
import type { MonthRow, Scenario, SweepObjective } from '../src/model/index.ts';
import { stageLadderFigure } from '../src/figures/stage-ladder.ts';
import { challengerLeaderFigure } from '../src/figures/challenger-leader.ts';
import { accountTiersFigure, ACCOUNT_TIERS_CAPTION } from '../src/figures/account-tiers.ts';
import { yourSplitFigure } from '../src/figures/your-split.ts';
import { spendOnlyNote } from '../src/figures/objectives.ts';
import { readFigure } from '../src/figures/url-state.ts';
import type { FigureDefinition } from '../src/figures/types.ts';
import { marketPresets } from '../src/model/presets.ts';

const OBJECTIVES: SweepObjective[] = ['leads', 'opportunities', 'wins', 'contribution'];

/** The objective of one month, written out here rather than taken from the model. */
function objectiveOf(row: MonthRow, objective: SweepObjective): number {
  if (objective === 'contribution') return row.bookedRevenue - row.brandSpend - row.activationSpend - row.salesCost;
  return row[objective];
}

/** A market other than the defaults: a larger category, a shorter cycle, dearer clicks. */
const OTHER: Scenario = {
  ...defaultScenario,
  buyers: 250_000,
  cycleMonths: 36,
  windowMonths: 2,
  medianCpc: 30,
  horizonMonths: 24,
  dealSize: 40_000,
};

function state(definition: FigureDefinition, own: Record<string, string> = {}, reader: Scenario = defaultScenario) {
  const read = readFigure(definition, reader, own);
  expect(read.problems).toEqual([]);
  return read.state;
}

function summaryOf(definition: FigureDefinition, own: Record<string, string> = {}, reader: Scenario = defaultScenario) {
  const s = state(definition, own, reader);
  return definition.summary(definition.compute(s), s);
}

describe('the stage ladder', () => {
  it.each([
    ['leads', 1, 1, defaultScenario],
    ['wins', 1, 1, defaultScenario],
    ['contribution', 0.5, 2, defaultScenario],
    ['opportunities', 1.5, 0.5, OTHER],
  ] as const)(
    'finds, counting %s at horizons x%s and budgets x%s, the share sweep() finds at each stage on its own',
    (objective, horizonScale, budgetScale, scenario) => {
      const ladder = stageLadder(scenario, { objective, horizonScale, budgetScale });
      expect(ladder.map((s) => s.id)).toEqual(STAGES.map((s) => s.id));
      for (const stage of STAGES) {
        const horizon = Math.max(1, Math.min(120, Math.round(stage.horizonMonths * horizonScale)));
        const alone = {
          ...scenario,
          monthlyBudget: (stage.monthlyBudget * budgetScale * scenario.buyers) / 100_000,
          initialSalience: stage.initialSalience,
          horizonMonths: horizon,
          schedule: [],
        };
        const [point] = sweep(alone, { objective, horizons: [horizon] });
        const found = ladder.find((s) => s.id === stage.id)!;
        expect(found.best, stage.id).toBe(point!.brandShare);
      }
    },
  );

  it('scales every stage’s horizon and budget, and gives the budget per buyer per month', () => {
    const plain = stageLadder(defaultScenario);
    expect(plain.map((s) => s.horizon)).toEqual([6, 12, 24, 36, 60]);
    expect(plain.map((s) => s.budget)).toEqual([5_000, 10_000, 20_000, 50_000, 100_000]);
    expect(plain.map((s) => s.budgetPerBuyer)).toEqual([0.05, 0.1, 0.2, 0.5, 1]);

    const scaled = stageLadder({ ...defaultScenario, buyers: 200_000 }, { horizonScale: 0.5, budgetScale: 2 });
    expect(scaled.map((s) => s.horizon)).toEqual([3, 6, 12, 18, 30]);
    expect(scaled.map((s) => s.budget)).toEqual([20_000, 40_000, 80_000, 200_000, 400_000]);
    // Per buyer the budget does not depend on the category's size, only on the scale.
    scaled.forEach((s, i) => expect(s.budgetPerBuyer).toBeCloseTo(plain[i]!.budgetPerBuyer * 2, 12));

    // Horizons stay within 1 and 120 months.
    expect(stageLadder(defaultScenario, { horizonScale: 0.1 })[0]!.horizon).toBe(1);
    expect(stageLadder(defaultScenario, { horizonScale: 2.5 }).at(-1)!.horizon).toBe(120);
  });

  it('says that contribution only minimizes spend when a stage’s horizon ends before any deal closes', () => {
    // At half the horizons, pre-product-market fit plans over 3 months: the sales cycle's lag.
    const short = summaryOf(stageLadderFigure, { objective: '3', horizonScale: '0.5' });
    expect(short).toContain(spendOnlyNote(defaultScenario.salesCycleMonths));
    expect(short).toContain('pre-product-market fit stage\u2019s horizon of 3 months');
    // Not at the stages' own horizons, and not when counting wins over the same short ones.
    expect(summaryOf(stageLadderFigure, { objective: '3' })).not.toContain('no deal closes');
    expect(summaryOf(stageLadderFigure, { objective: '2', horizonScale: '0.5' })).not.toContain('no deal closes');
  });
});

describe('no deal closes within a horizon', () => {
  it('exactly when the horizon is no longer than the sales cycle, rounded (MODEL.md section 12)', () => {
    for (const [salesCycleMonths, lag] of [
      [3, 3],
      [2.5, 2],
      [3.5, 4],
      [0.25, 0],
      [7.75, 8],
    ] as const) {
      const rows = simulateExpected({ ...defaultScenario, salesCycleMonths, horizonMonths: 12, schedule: [] });
      const booked = (h: number) => rows.slice(0, h).reduce((a, r) => a + r.bookedRevenue, 0);
      for (let h = 1; h <= 12; h++) {
        expect(noDealCloses(h, salesCycleMonths), `cycle ${salesCycleMonths}, horizon ${h}`).toBe(h <= lag);
        expect(booked(h) === 0, `cycle ${salesCycleMonths}, horizon ${h}`).toBe(h <= lag);
      }
    }
  });
});

describe('tiers of accounts', () => {
  it.each([
    [TIERS.namedShare, TIERS.midShareOfRest, 100_000],
    [0, 0.5, 100_000],
    [1, 0.2, 100_000],
    [0.45, 1, 1_000],
    [0.1, 0, 2_345_678],
  ])('split the budget (named %s, mid %s of the rest) into shares adding to 1, over all %s buyers', (n, m, buyers) => {
    const scenario = { ...defaultScenario, buyers };
    const specs = accountTiers(scenario, n, m);
    expect(specs.map((s) => s.name)).toEqual([TIERS.named.name, TIERS.mid.name, TIERS.tail.name]);
    expect(specs.reduce((a, s) => a + s.budgetShare, 0)).toBeCloseTo(1, 12);
    expect(specs[0]!.budgetShare).toBeCloseTo(n, 12);
    expect(specs[1]!.budgetShare).toBeCloseTo((1 - n) * m, 12);
    expect(specs.reduce((a, s) => a + s.buyers!, 0)).toBe(buyers);
    for (const spec of specs) expect(spec.budgetShare).toBeGreaterThanOrEqual(0);
  });

  it('follow the tier constants the caption is written from', () => {
    const [named, mid, tail] = accountTiers(defaultScenario);
    expect(named!.budgetShare).toBe(TIERS.namedShare);
    expect(mid!.budgetShare).toBeCloseTo((1 - TIERS.namedShare) * TIERS.midShareOfRest, 12);
    expect(named!.buyers).toBe(TIERS.named.buyers);
    expect(mid!.buyers).toBe(TIERS.mid.buyers);
    expect(named!.dealSize).toBe(defaultScenario.dealSize * TIERS.named.dealSizeTimes);
    expect(named!.brandCpm).toBe(defaultScenario.brandCpm * TIERS.named.brandCpmTimes);
    expect(mid!.dealSize).toBe(defaultScenario.dealSize * TIERS.mid.dealSizeTimes);
    expect(tail!.dealSize).toBe(defaultScenario.dealSize * TIERS.tail.dealSizeTimes);
    for (const words of ['500 accounts', '100,000 buyers', '7.5 times the size', '6 times the price', '9,500'])
      expect(ACCOUNT_TIERS_CAPTION).toContain(words);
    expect(accountTiersFigure.extras['namedShare']!.default).toBe(TIERS.namedShare);
    expect(accountTiersFigure.extras['midShare']!.default).toBe(TIERS.midShareOfRest);
  });

  it.each([
    ['the defaults', defaultScenario, TIERS.namedShare, TIERS.midShareOfRest],
    ['another market', OTHER, 0.6, 0.2],
  ] as const)('add up, in %s, to the "All tiers" row, whose CAC is recomputed from the sums', (_, scenario, n, m) => {
    const rows = tierTotals(scenario, accountTiers(scenario, n, m));
    expect(rows).toHaveLength(4);
    const tiers = rows.slice(0, 3);
    const all = rows[3]!;
    expect(all.name).toBe('All tiers');
    const sum = (key: 'budgetShare' | 'buyers' | 'leads' | 'opportunities' | 'wins' | 'revenue') =>
      tiers.reduce((a, t) => a + t[key], 0);
    expect(all.budgetShare).toBeCloseTo(sum('budgetShare'), 12);
    expect(all.buyers).toBe(sum('buyers'));
    for (const key of ['leads', 'opportunities', 'wins', 'revenue'] as const)
      expect(all[key] / sum(key), key).toBeCloseTo(1, 12);
    // Each tier's spend is its CAC times its wins; the total CAC is all the spend over all the wins.
    const spend = tiers.reduce((a, t) => a + t.cac! * t.wins, 0);
    expect(all.cac! / (spend / sum('wins'))).toBeCloseTo(1, 12);
    // Not an average of the tiers' CACs, which would weight a tier of few wins like one of many.
    const mean = tiers.reduce((a, t) => a + t.cac!, 0) / tiers.length;
    expect(Math.abs(all.cac! / mean - 1)).toBeGreaterThan(0.01);
    // And the spend is the whole budget plus the sales cost of every lead, over the horizon.
    const result = simulateSegments({ ...scenario, schedule: [] }, accountTiers(scenario, n, m));
    const months = result.total.length;
    expect(months).toBe(scenario.horizonMonths);
    const salesCost = result.total.reduce((a, r) => a + r.salesCost, 0);
    expect(spend / (scenario.monthlyBudget * months + salesCost)).toBeCloseTo(1, 9);
  });
});

describe('the tiers plan of your split', () => {
  /** The objective over the horizon, summed straight off simulateSegments' total rows. */
  function direct(scenario: Scenario, share: number, objective: SweepObjective): number {
    const base = { ...scenario, brandShare: share, schedule: [] };
    const { total } = simulateSegments(base, accountTiers(base));
    return total.slice(0, scenario.horizonMonths).reduce((a, r) => a + objectiveOf(r, objective), 0);
  }

  it('is, at every share from 0 to 100%, the objective summed over simulateSegments’ total rows (contribution)', () => {
    const curve = tiersObjectiveByShare(OTHER, 'contribution');
    expect(curve.map((p) => p.share)).toEqual(Array.from({ length: 101 }, (_, i) => i / 100));
    for (const p of curve) {
      const expected = direct(OTHER, p.share, 'contribution');
      expect(Math.abs(p.value - expected), `share ${p.share}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
    }
  });

  it.each(OBJECTIVES)('is the same sum counting %s, at the defaults, every tenth share', (objective) => {
    const curve = tiersObjectiveByShare(defaultScenario, objective);
    for (const p of curve.filter((_, i) => i % 10 === 0)) {
      const expected = direct(defaultScenario, p.share, objective);
      expect(Math.abs(p.value - expected), `share ${p.share}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
    }
  });

  it('steps 2% at a time past 48 months and 4% past 96, and is still the same sum at every share', () => {
    const long = { ...OTHER, horizonMonths: 90 };
    const curve = tiersObjectiveByShare(long, 'wins', 51);
    expect(curve.map((p) => p.share)).toEqual(Array.from({ length: 51 }, (_, i) => i / 50));
    for (const p of curve.filter((_, i) => i % 5 === 0)) {
      const expected = direct(long, p.share, 'wins');
      expect(Math.abs(p.value - expected), `share ${p.share}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
    }
    const shares = (horizonMonths: number, plan = '1') =>
      yourSplitFigure.compute(state(yourSplitFigure, { plan, horizonMonths: String(horizonMonths) })).curve.length;
    expect([shares(36), shares(48), shares(49), shares(90), shares(96), shares(97), shares(120)]).toEqual([
      101, 101, 51, 51, 51, 26, 26,
    ]);
    // One market keeps its 1% grid at every horizon.
    expect(shares(120, '0')).toBe(101);
  });

  it('differs from one market, and is the plan the recommendation says it is judged on', () => {
    const one = objectiveByShare(defaultScenario, 'wins');
    const tiers = tiersObjectiveByShare(defaultScenario, 'wins');
    expect(tiers.some((p, i) => Math.abs(p.value - one[i]!.value) > 1)).toBe(true);
    const s = state(yourSplitFigure, { objective: '2', plan: '1' });
    const rows = yourSplitFigure.compute(s);
    expect(rows.curve).toEqual(tiers);
    expect(yourSplitFigure.summary(rows, s)).toMatch(/^Judged on wins over 36 months, summed over the three tiers/);
    expect(yourSplitFigure.summary(yourSplitFigure.compute(state(yourSplitFigure)), state(yourSplitFigure))).toMatch(
      /^Judged on leads over 36 months, (move|keep)/,
    );
  });

  it('says, counting contribution over a horizon in which no deal closes, that the best plan is only the cheapest', () => {
    const note = spendOnlyNote(defaultScenario.salesCycleMonths);
    const short = summaryOf(yourSplitFigure, { objective: '3', horizonMonths: '3' });
    expect(short).toContain(note);
    // Every total is below zero there; the best one loses least, which is more contribution, not less.
    expect(short).toMatch(/which gives [\d.]+% more contribution/);
    expect(summaryOf(yourSplitFigure, { objective: '3', horizonMonths: '3', plan: '1' })).toContain(note);
    expect(summaryOf(yourSplitFigure, { objective: '3', horizonMonths: '4' })).not.toContain('no deal closes');
    expect(summaryOf(yourSplitFigure, { objective: '2', horizonMonths: '3' })).not.toContain('no deal closes');
  });
});

describe('the verticals', () => {
  const chapterFigures = [stageLadderFigure, challengerLeaderFigure, accountTiersFigure, yourSplitFigure];

  it.each(chapterFigures.map((f) => [f.name, f] as const))(
    '%s offers every market preset, each changing what it shows',
    (_, definition) => {
      expect(definition.presets.map((p) => p.id)).toEqual(marketPresets.map((p) => p.id));
      // From a market unlike every preset (a 30-month cycle, a two-month window, $5 clicks), each
      // preset's own values, as the figure's settings, change the summary.
      const reader = { ...defaultScenario, cycleMonths: 30, windowMonths: 2, medianCpc: 5 };
      const base = summaryOf(definition, {}, reader);
      for (const preset of definition.presets) {
        const whole = marketPresets.find((p) => p.id === preset.id)!;
        expect(preset.patch, `${definition.name} ${preset.id} keeps every field of the preset`).toEqual(whole.patch);
        const own = Object.fromEntries(Object.entries(preset.patch).map(([k, v]) => [k, String(v)]));
        expect(summaryOf(definition, own, reader), `${definition.name} ${preset.id}`).not.toBe(base);
      }
    },
  );
});

// The arithmetic the figures draw, tested in the model where it now lives: the activation
// response curve and its Hill fit, the price ladder, memory left alone, the wait for today's
// out-of-market buyers, the pool's counts, the comparison of splits, the sweep and the downturn.
import { describe, expect, it } from 'vitest';
import {
  BuyerState,
  auction,
  bestShareAt,
  brandCut,
  brandCutEffects,
  clickPriceQuantile,
  crossoverMonth,
  cumulative,
  defaultScenario,
  fadingSalience,
  fitHill,
  fitResponse,
  monthAt,
  poolStates,
  priceLadderRungs,
  relative,
  response,
  runAtShare,
  runPool,
  simulate,
  simulateExpected,
  splitSweep,
  stateCounts,
  waitTimes,
  zeroBrandUntil,
} from '../src/model/index.ts';
import type { Scenario } from '../src/model/index.ts';

const base: Scenario = { ...defaultScenario, brandShare: 0, schedule: [] };

describe('the activation response curve', () => {
  const r = response(base);

  it('never loses leads as spend rises, and flattens at the ceiling past the pool\u2019s edge', () => {
    for (let i = 1; i < r.points.length; i++)
      expect(r.points[i]!.leads).toBeGreaterThanOrEqual(r.points[i - 1]!.leads - 1e-9);
    const past = r.points.filter((p) => p.spend > r.saturationSpend * 1.01);
    expect(past.length).toBeGreaterThan(0);
    for (const p of past) expect(p.leads).toBeCloseTo(r.ceilingLeads, 6);
  });

  it('puts the saturation spend where the auction buys every searcher', () => {
    const row = monthAt(base, r.saturationSpend);
    expect(row.paidClicks).toBeCloseTo(row.categorySearchers, 3);
    const below = monthAt(base, r.saturationSpend * 0.98);
    expect(below.saturated).toBe(false);
  });

  it('puts the ceiling at the leads bought at the saturation spend, and no spend buys more', () => {
    expect(monthAt(base, r.saturationSpend * 1.0001).saturated).toBe(true);
    expect(monthAt(base, r.saturationSpend).leads).toBeCloseTo(r.ceilingLeads, 9);
    expect(monthAt(base, r.saturationSpend * 10).leads).toBeCloseTo(r.ceilingLeads, 6);
    expect(monthAt(base, r.saturationSpend * 0.9).leads).toBeLessThan(r.ceilingLeads);
  });

  it('prices the next lead above the average one below the edge (MODEL.md T2)', () => {
    expect(r.current.marginalCpl!).toBeGreaterThan(r.current.avgCpl!);
    expect(r.doubled.leads / r.current.leads - 1).toBeLessThan(0.2);
  });

  it('reads month 1 of the expected-value engine', () => {
    const row = simulate({ ...base, horizonMonths: 1 }, { engine: 'expected' })[0]!;
    expect(r.current.leads).toBeCloseTo(row.leads, 9);
  });
});

describe('the Hill fit of the response curve', () => {
  const r = response(base, 80);

  it('fits only the spend observed, and carries the curve beta x^s / (x^s + ec^s) over every spend', () => {
    const f = fitResponse(r, r.saturationSpend);
    const seen = r.points.filter((p) => p.spend <= r.saturationSpend);
    expect(f.maxObserved).toBe(seen.at(-1)!.spend);
    expect(f.fit).toEqual(
      fitHill(
        seen.map((p) => p.spend),
        seen.map((p) => p.paidLeads),
      ),
    );
    const { ec, slope, beta } = f.fit!;
    r.points.forEach((p, i) => {
      const x = p.spend ** slope;
      expect(f.fitted[i]!).toBeCloseTo((beta * x) / (x + ec ** slope), 6);
    });
  });

  it('compares the fit with the paid leads of a month with every searcher bought', () => {
    const f = fitResponse(r, Infinity);
    expect(f.maxObserved).toBe(r.points.at(-1)!.spend);
    expect(f.ceilingPaidLeads).toBeCloseTo(monthAt(base, r.saturationSpend * 10).paidLeads, 6);
  });
});

describe('the price ladder', () => {
  it('has the auction\u2019s marginal price at the share the auction buys', () => {
    const result = auction(10_000, { opportunities: 1_000, medianCpc: 15, cpcSpread: 0.8 });
    const share = result.clicks / 1_000;
    expect(clickPriceQuantile(share, 15, 0.8)).toBeCloseTo(result.marginalCpc!, 6);
    expect(clickPriceQuantile(0.5, 15, 0.8)).toBeCloseTo(15, 12);
  });

  it('buys the cheapest rungs first, shading every rung the share reaches into', () => {
    const rungs = priceLadderRungs(400, { medianCpc: 15, cpcSpread: 0.8, shareBought: 0.2499 });
    expect(rungs).toHaveLength(400);
    for (let i = 1; i < rungs.length; i++) expect(rungs[i]!.price).toBeGreaterThan(rungs[i - 1]!.price);
    expect(rungs.filter((r) => r.bought)).toHaveLength(100);
    expect(rungs.findIndex((r) => !r.bought)).toBe(100);
    const partly = priceLadderRungs(400, { medianCpc: 15, cpcSpread: 0.8, shareBought: 0.2501 });
    expect(partly.filter((r) => r.bought)).toHaveLength(101);
  });
});

describe('memory left alone', () => {
  it('is the salience the engine computes with no brand spend at all', () => {
    const rows = simulateExpected({ ...defaultScenario, brandShare: 0, schedule: [] });
    const fading = fadingSalience(defaultScenario.initialSalience, defaultScenario.memoryHalfLifeMonths, rows.length);
    rows.forEach((row, i) => expect(fading[i]!).toBeCloseTo(row.salience, 12));
  });

  it('halves at the half-life', () => {
    const fading = fadingSalience(0.2, 6, 24);
    expect(fading).toHaveLength(24);
    expect(fading[5]!).toBeCloseTo(0.1, 12);
    expect(fading[11]!).toBeCloseTo(0.05, 12);
  });
});

describe('the wait of today\u2019s out-of-market buyers', () => {
  const w = waitTimes(defaultScenario, { seed: 1, buyers: 20_000, monthsAhead: 120, binMonths: 3 });

  it('accounts for every one of them in a bin or as later', () => {
    const total = w.bins.reduce((a, b) => a + b.share, 0) + w.later;
    expect(total).toBeCloseTo(1, 9);
    expect(w.bins).toHaveLength(40);
    expect(w.waits.length).toBeGreaterThan(0.9 * 20_000);
  });

  it('spreads entries evenly over a regular 60-month cycle: a twentieth each quarter', () => {
    expect(w.later).toBe(0);
    expect(w.withinQuarter!).toBeCloseTo(3 / 57, 2);
    expect(w.medianWait!).toBeGreaterThan(25);
    expect(w.medianWait!).toBeLessThan(32);
  });

  it('reads its within-a-year share and its median off the same waits the bins count', () => {
    const firstYear = w.bins.slice(0, 4).reduce((a, b) => a + b.share, 0);
    expect(w.withinYear!).toBeCloseTo(firstYear, 9);
    let running = 0;
    const medianBin = w.bins.find((b) => (running += b.share) >= 0.5)!;
    expect(w.medianWait!).toBeGreaterThanOrEqual(medianBin.from);
    expect(w.medianWait!).toBeLessThanOrEqual(medianBin.to);
  });

  it('gives the same answer for the same seed', () => {
    const again = waitTimes(defaultScenario, { seed: 1, buyers: 20_000, monthsAhead: 120, binMonths: 3 });
    expect(again.bins).toEqual(w.bins);
  });

  // The definition: run the pool month by month and note when each buyer out of market in month
  // 1 first enters. waitTimes reads the same answer off month 1's waits without the months ahead.
  function simulatedWaits(scenario: Scenario, seed: number, buyers: number, monthsAhead: number): number[] {
    const entry = new Float64Array(buyers).fill(Number.NaN);
    runPool({ ...scenario, buyers }, { seed, months: monthsAhead + 1 }, (month, state) => {
      for (let i = 0; i < buyers; i++) {
        if (month === 1)
          entry[i] = state[i] === BuyerState.out || state[i] === BuyerState.justBought ? Infinity : Number.NaN;
        else if (entry[i] === Infinity && state[i] === BuyerState.entering) entry[i] = month - 1;
      }
    });
    return [...entry.filter((x) => !Number.isNaN(x)).sort()];
  }

  it.each([
    ['regular', 60, 3, 1, 120],
    ['regular', 18, 1, 7, 12],
    ['random', 60, 3, 2, 120],
    ['random', 24, 6, 3, 30],
    ['mixed', 60, 3, 4, 120],
    ['mixed', 36, 2, 5, 24],
  ] as const)(
    'equals the month-by-month simulation (%s, cycle %i, window %i, seed %i, %i months ahead)',
    (entryPattern, cycleMonths, windowMonths, seed, monthsAhead) => {
      const scenario = { ...defaultScenario, entryPattern, cycleMonths, windowMonths, heterogeneity: 0.5 };
      const fast = waitTimes(scenario, { seed, buyers: 3_000, monthsAhead, binMonths: 3 });
      expect([...fast.waits]).toEqual(simulatedWaits(scenario, seed, 3_000, monthsAhead));
    },
  );
});

describe('splits compared', () => {
  it('finds the month the 60% split\u2019s cumulative CPL falls below the 10% split\u2019s for good (MODEL.md T4: 15)', () => {
    const heavy = runAtShare(defaultScenario, 0.6);
    const light = runAtShare(defaultScenario, 0.1);
    expect(crossoverMonth(heavy, light)).toBe(15);
    expect(crossoverMonth(light, heavy)).toBeNull();
  });
});

describe('one budget at a constant brand share', () => {
  it('is the expected-value run at that share with the schedule cleared, added up month by month', () => {
    const scenario = { ...defaultScenario, schedule: [{ fromMonth: 3, toMonth: 5, brandShare: 0 }] };
    const run = runAtShare(scenario, 0.35);
    const rows = simulate({ ...scenario, brandShare: 0.35, schedule: [] }, { engine: 'expected' });
    expect(run.rows).toEqual(rows);
    let spend = 0;
    let leads = 0;
    rows.forEach((row, i) => {
      spend += row.brandSpend + row.activationSpend;
      leads += row.leads;
      expect(run.cumulative[i]!.cpl!).toBeCloseTo(spend / leads, 9);
    });
  });

  it('compares two numbers as a / b - 1, and gives null when either is missing or b is zero', () => {
    expect(relative(3, 2)).toBe(0.5);
    expect(relative(null, 2)).toBeNull();
    expect(relative(2, null)).toBeNull();
    expect(relative(2, 0)).toBeNull();
  });
});

describe('the best split at each horizon', () => {
  const scenario = { ...defaultScenario, schedule: [] };
  const sweep = splitSweep(scenario, { shares: 11, maxHorizon: 36 });
  // Independently: each share run on its own for 36 months, the winner picked at every horizon.
  const totals = Array.from({ length: 11 }, (_, s) =>
    cumulative(simulateExpected({ ...scenario, brandShare: s / 10, horizonMonths: 36 })).map((c) => c.leads),
  );
  const best = Array.from({ length: 36 }, (_, h) => {
    let top = 0;
    for (let s = 1; s < 11; s++) if (totals[s]![h]! > totals[top]![h]! * (1 + 1e-12)) top = s;
    return top / 10;
  });

  it('reads the share with the most cumulative leads at a horizon, and nothing past the sweep', () => {
    for (let h = 1; h <= 36; h++) expect(bestShareAt(sweep, h)).toBeCloseTo(best[h - 1]!, 12);
    expect(bestShareAt(sweep, 37)).toBeNull();
  });

  it('finds the longest horizon at which spending nothing on brand wins', () => {
    const expected = best.reduce((last, share, i) => (share === 0 ? i + 1 : last), 0);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(36);
    expect(zeroBrandUntil(sweep)).toBe(expected);
    expect(zeroBrandUntil({ ...sweep, best: sweep.best.map((b) => ({ ...b, share: 0.5 })) })).toBe(0);
  });
});

describe('the pool, counted by state', () => {
  const buyers = 2_000;
  const { rows, states } = poolStates({ ...defaultScenario, buyers }, { seed: 3, months: 24 });

  it('accounts for every buyer each month and agrees with the pool\u2019s own shares', () => {
    for (const row of rows) {
      const c = stateCounts(states, buyers, row.month);
      expect(c.out + c.inMarket + c.bought).toBe(buyers);
      expect(c.entering).toBeLessThanOrEqual(c.inMarket);
      expect(c.inMarket / buyers).toBeCloseTo(row.inMarketShare, 12);
      expect(c.entering / buyers).toBeCloseTo(row.enteredShare, 12);
    }
  });
});

describe('a downturn cut to brand', () => {
  const scenario = { ...defaultScenario, brandShare: 0.6, schedule: [] };
  const d = brandCut(scenario, { fromMonth: 7, months: 6, brandShare: 0 });

  it('runs the held split and the cut one at the same budget, cut only in its months', () => {
    expect(d.held).toEqual(simulateExpected(scenario));
    expect([d.from, d.to]).toEqual([7, 12]);
    d.held.forEach((row, i) => {
      const month = i + 1;
      const cutRow = d.cut[i]!;
      expect(cutRow.brandSpend + cutRow.activationSpend).toBeCloseTo(row.brandSpend + row.activationSpend, 6);
      if (month >= 7 && month <= 12) expect(cutRow.brandSpend).toBe(0);
      else expect(cutRow.brandSpend).toBeCloseTo(row.brandSpend, 9);
    });
  });

  it('makes leads cheaper during the cut, dearer after it, and loses leads for good (MODEL.md T7)', () => {
    const e = brandCutEffects(d);
    expect(e.during!).toBeLessThan(0);
    expect(e.after!).toBeGreaterThan(0);
    const held = d.held.reduce((a, r) => a + r.leads, 0);
    const cut = d.cut.reduce((a, r) => a + r.leads, 0);
    expect(e.lost!).toBeGreaterThan(0);
    expect(e.lost!).toBeCloseTo(1 - cut / held, 9);
  });

  it('costs nothing when the cut keeps the held share', () => {
    const e = brandCutEffects(brandCut(scenario, { fromMonth: 7, months: 6, brandShare: 0.6 }));
    expect(e.during).toBeCloseTo(0, 12);
    expect(e.after).toBeCloseTo(0, 12);
    expect(e.lost).toBeCloseTo(0, 12);
  });

  it('clips a cut that runs past the horizon to it', () => {
    const late = brandCut({ ...scenario, horizonMonths: 10 }, { fromMonth: 8, months: 6, brandShare: 0 });
    expect([late.from, late.to]).toEqual([8, 10]);
    const beyond = brandCut({ ...scenario, horizonMonths: 10 }, { fromMonth: 20, months: 6, brandShare: 0 });
    expect([beyond.from, beyond.to]).toEqual([10, 10]);
  });
});

// The agent pool: one record per buyer in typed arrays, advanced month by month with a seeded
// source. Used by the agent engine, by simulatePool, and by the figure of 1,000 dots.

import { geometricDraw, randomGamma, randomSource } from './random.ts';
import type { RandomSource } from './random.ts';
import { meanSpell } from './market.ts';
import type { MarketParams } from './market.ts';
import type { Scenario } from './scenario.ts';

/** A buyer's state in one month. */
export const BuyerState = { out: 0, entering: 1, inMarket: 2, justBought: 3 } as const;
export type BuyerStateCode = (typeof BuyerState)[keyof typeof BuyerState];

export interface Pool {
  buyers: number;
  /** Each buyer's state in the month last advanced to. */
  state: Uint8Array;
  /** Advances one month; returns the month's counts. */
  advance(): { inMarket: number; entered: number };
}

/**
 * Starts `buyers` buyers in the stationary state of their entry pattern, then lets them run.
 * `left` counts the months of the current window still to come, `wait` the months until the
 * next entry; a spell out of market is drawn when a buyer leaves.
 */
export function createPool(market: MarketParams, buyers: number, source: RandomSource): Pool {
  const c = market.cycleMonths;
  const w = market.windowMonths;
  const pattern = market.entryPattern;
  const left = new Uint8Array(buyers);
  const wait = new Int32Array(buyers);
  const state = new Uint8Array(buyers);
  // Per-buyer entry probability for the memoryless patterns: 1 / mean spell.
  let hazard: Float64Array | null = null;
  if (pattern !== 'regular') {
    hazard = new Float64Array(buyers);
    const gamma = pattern === 'mixed' ? randomGamma(source, market.heterogeneity, 1 / market.heterogeneity) : null;
    for (let i = 0; i < buyers; i++) hazard[i] = 1 / meanSpell(market, gamma ? gamma() : 1);
  }
  const regularSpell = c - w;
  for (let i = 0; i < buyers; i++) {
    if (hazard === null) {
      const phase = Math.floor(source() * c);
      if (phase < w) left[i] = w - phase;
      else wait[i] = c - phase;
    } else {
      const spell = 1 / hazard[i]!;
      if (source() * (w + spell) < w) left[i] = 1 + Math.floor(source() * w);
      else wait[i] = geometricDraw(source, hazard[i]!);
    }
    state[i] = left[i]! > 0 ? BuyerState.inMarket : BuyerState.out;
  }
  return {
    buyers,
    state,
    advance() {
      let inMarket = 0;
      let entered = 0;
      for (let i = 0; i < buyers; i++) {
        if (left[i]! > 0) {
          left[i]!--;
          if (left[i]! > 0) {
            state[i] = BuyerState.inMarket;
            inMarket++;
          } else {
            state[i] = BuyerState.justBought;
            wait[i] = hazard === null ? regularSpell : geometricDraw(source, hazard[i]!);
          }
        } else if (--wait[i]! <= 0) {
          left[i] = w;
          state[i] = BuyerState.entering;
          inMarket++;
          entered++;
        } else {
          state[i] = BuyerState.out;
        }
      }
      return { inMarket, entered };
    },
  };
}

export interface PoolRow {
  month: number;
  inMarketShare: number;
  /** Deciders / N: buyers who entered the market this month. */
  enteredShare: number;
  /** Share of buyers in market at least once in months 1..t. */
  everInMarketShare: number;
  /** Share of this month's in-market buyers who were in market three months earlier; null if none are in market. */
  stayedShare: number | null;
}

export interface PoolOptions {
  seed: number;
  months: number;
}

/** Months run before month 1 so that "three months earlier" exists from month 1 on. */
const HISTORY = 3;

/**
 * Runs the pool and calls `visit` with each month's states; returns the rows of section 1.
 * The pool starts stationary, so the three history months change no distribution.
 */
export function runPool(
  scenario: MarketParams,
  { seed, months }: PoolOptions,
  visit?: (month: number, state: Uint8Array) => void,
): PoolRow[] {
  const n = scenario.buyers;
  const pool = createPool(scenario, n, randomSource(seed));
  const history = new Uint8Array(n); // bit j: in market j months before the current one
  const ever = new Uint8Array(n);
  for (let t = 1 - HISTORY; t <= 0; t++) {
    pool.advance();
    for (let i = 0; i < n; i++) history[i] = ((history[i]! << 1) | inMarketBit(pool.state[i]!)) & 0xf;
  }
  const rows: PoolRow[] = [];
  let everCount = 0;
  for (let month = 1; month <= months; month++) {
    const { inMarket, entered } = pool.advance();
    let stayed = 0;
    for (let i = 0; i < n; i++) {
      const bit = inMarketBit(pool.state[i]!);
      history[i] = ((history[i]! << 1) | bit) & 0xf;
      if (bit) {
        if (history[i]! & 0b1000) stayed++;
        if (!ever[i]) {
          ever[i] = 1;
          everCount++;
        }
      }
    }
    visit?.(month, pool.state);
    rows.push({
      month,
      inMarketShare: inMarket / n,
      enteredShare: entered / n,
      everInMarketShare: everCount / n,
      stayedShare: inMarket > 0 ? stayed / inMarket : null,
    });
  }
  return rows;
}

function inMarketBit(code: number): number {
  return code === BuyerState.entering || code === BuyerState.inMarket ? 1 : 0;
}

/** simulatePool of MODEL.md section 8. */
export function simulatePool(scenario: Scenario, options: PoolOptions): PoolRow[] {
  return runPool(scenario, options);
}

/** Every buyer's state in every month, month-major: states[(month - 1) * buyers + i]. For the dot figure. */
export function poolStates(scenario: MarketParams, options: PoolOptions): { rows: PoolRow[]; states: Uint8Array } {
  const states = new Uint8Array(options.months * scenario.buyers);
  const rows = runPool(scenario, options, (month, state) => states.set(state, (month - 1) * scenario.buyers));
  return { rows, states };
}

export interface StateCounts {
  out: number;
  entering: number;
  /** In market this month, counting those who entered it this month. */
  inMarket: number;
  bought: number;
}

/** How many buyers are in each state in `month` of poolStates' month-major `states`. */
export function stateCounts(states: Uint8Array, buyers: number, month: number): StateCounts {
  const counts = [0, 0, 0, 0];
  for (const code of states.subarray((month - 1) * buyers, month * buyers)) counts[code]!++;
  return {
    out: counts[BuyerState.out]!,
    entering: counts[BuyerState.entering]!,
    inMarket: counts[BuyerState.entering]! + counts[BuyerState.inMarket]!,
    bought: counts[BuyerState.justBought]!,
  };
}

export interface WaitBin {
  /** First month of the span (1-based, months from now). */
  from: number;
  /** Last month of the span, inclusive. */
  to: number;
  /** Share of today's out-of-market buyers who first enter in the span. */
  share: number;
}

export interface WaitTimes {
  bins: WaitBin[];
  /** Months until entry of each buyer out of market today, sorted; Infinity past the horizon. */
  waits: Float64Array;
  /** Share who do not enter within `monthsAhead`. */
  later: number;
  /** Share who enter within three months and within a year; the median wait (Infinity past the horizon). */
  withinQuarter: number | null;
  withinYear: number | null;
  medianWait: number | null;
}

/**
 * For the buyers out of market in month 1 (including those who just bought), how many months
 * until each next enters the market: the pool runs `monthsAhead` months on and records each
 * buyer's first entry, binned in spans of `binMonths`.
 */
export function waitTimes(
  scenario: MarketParams,
  { seed, buyers, monthsAhead, binMonths }: { seed: number; buyers: number; monthsAhead: number; binMonths: number },
): WaitTimes {
  const entry = new Float64Array(buyers).fill(Number.NaN);
  runPool({ ...scenario, buyers }, { seed, months: monthsAhead + 1 }, (month, state) => {
    for (let i = 0; i < buyers; i++) {
      if (month === 1)
        entry[i] = state[i] === BuyerState.out || state[i] === BuyerState.justBought ? Infinity : Number.NaN;
      else if (entry[i] === Infinity && state[i] === BuyerState.entering) entry[i] = month - 1;
    }
  });
  const waits = entry.filter((w) => !Number.isNaN(w)).sort();
  const total = waits.length;
  const bins: WaitBin[] = [];
  for (let from = 1; from <= monthsAhead; from += binMonths) bins.push({ from, to: from + binMonths - 1, share: 0 });
  let later = 0;
  for (const w of waits) {
    if (w === Infinity) later++;
    else bins[Math.floor((w - 1) / binMonths)]!.share += 1 / total;
  }
  const within = (months: number) => (total ? waits.filter((w) => w <= months).length / total : null);
  return {
    bins,
    waits,
    later: total ? later / total : 0,
    withinQuarter: within(3),
    withinYear: within(12),
    medianWait: total ? waits[Math.floor((total - 1) / 2)]! : null,
  };
}

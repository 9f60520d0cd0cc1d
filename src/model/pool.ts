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
const { out: OUT, entering: ENTERING, inMarket: IN_MARKET, justBought: JUST_BOUGHT } = BuyerState;

export interface Pool {
  buyers: number;
  /** Each buyer's state in the month last advanced to. */
  state: Uint8Array;
  /**
   * Months until each buyer out of market next enters: counted down by every advance, drawn
   * afresh when a buyer leaves, and never changed in between.
   */
  wait: Int32Array;
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
    wait,
    advance() {
      // Local names and plain numbers: this loop runs for every buyer every month.
      let inMarket = 0;
      let entered = 0;
      for (let i = 0; i < buyers; i++) {
        const l = left[i]!;
        if (l > 0) {
          if (l > 1) {
            left[i] = l - 1;
            state[i] = IN_MARKET;
            inMarket++;
          } else {
            left[i] = 0;
            state[i] = JUST_BOUGHT;
            wait[i] = hazard === null ? regularSpell : geometricDraw(source, hazard[i]!);
          }
        } else {
          const rest = wait[i]! - 1;
          wait[i] = rest;
          if (rest <= 0) {
            left[i] = w;
            state[i] = ENTERING;
            inMarket++;
            entered++;
          } else {
            state[i] = OUT;
          }
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
  if (scenario.entryPattern === 'regular' && !visit) return runRegularPool(scenario, { seed, months });
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
    rows.push(poolRow(month, n, inMarket, entered, everCount, stayed));
  }
  return rows;
}

/**
 * runPool for the regular pattern, giving the same rows. There every buyer repeats its cycle
 * exactly and draws nothing after its starting phase, so buyers who start at the same phase stay
 * in step forever: the pool runs one buyer per phase, each counting for as many buyers as drew
 * that phase (the same draws, in the same order, as createPool). Months cost the cycle's length,
 * not the number of buyers. test/pool.test.ts checks it against the buyer-by-buyer run.
 */
function runRegularPool(scenario: MarketParams, { seed, months }: PoolOptions): PoolRow[] {
  const n = scenario.buyers;
  const c = scenario.cycleMonths;
  const w = scenario.windowMonths;
  const source = randomSource(seed);
  const weight = new Float64Array(c);
  for (let i = 0; i < n; i++) weight[Math.floor(source() * c)]!++;
  // One buyer per phase, started as createPool starts a buyer at that phase.
  const left = new Int32Array(c);
  const wait = new Int32Array(c);
  for (let p = 0; p < c; p++) {
    if (p < w) left[p] = w - p;
    else wait[p] = c - p;
  }
  const history = new Uint8Array(c);
  const ever = new Uint8Array(c);
  let inMarket = 0;
  let entered = 0;
  // The same step as createPool's advance, for the phases, weighted; returns each phase's bit.
  const advance = (track: boolean) => {
    inMarket = 0;
    entered = 0;
    let stayed = 0;
    for (let p = 0; p < c; p++) {
      let bit = 0;
      if (left[p]! > 0) {
        left[p]!--;
        if (left[p]! > 0) bit = 1;
        else wait[p] = c - w;
      } else if (--wait[p]! <= 0) {
        left[p] = w;
        bit = 1;
        entered += weight[p]!;
      }
      if (bit) inMarket += weight[p]!;
      history[p] = ((history[p]! << 1) | bit) & 0xf;
      if (track && bit) {
        if (history[p]! & 0b1000) stayed += weight[p]!;
        if (!ever[p]) ever[p] = 1;
      }
    }
    return stayed;
  };
  for (let t = 1 - HISTORY; t <= 0; t++) advance(false);
  const rows: PoolRow[] = [];
  for (let month = 1; month <= months; month++) {
    const stayed = advance(true);
    let everCount = 0;
    for (let p = 0; p < c; p++) if (ever[p]) everCount += weight[p]!;
    rows.push(poolRow(month, n, inMarket, entered, everCount, stayed));
  }
  return rows;
}

/** A month's row from its counts: both ways of running the pool report the same way. */
function poolRow(month: number, n: number, inMarket: number, entered: number, ever: number, stayed: number): PoolRow {
  return {
    month,
    inMarketShare: inMarket / n,
    enteredShare: entered / n,
    everInMarketShare: ever / n,
    stayedShare: inMarket > 0 ? stayed / inMarket : null,
  };
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
  // Run to month 1 as runPool does. A buyer out of market then (or just bought) enters when its
  // wait runs out, since nothing changes a wait while it counts down: the wait in month 1 is the
  // number of months until entry, with no need to simulate the months ahead.
  const pool = createPool({ ...scenario, buyers }, buyers, randomSource(seed));
  for (let t = 1 - HISTORY; t <= 1; t++) pool.advance();
  // Waits are whole months, so they are counted month by month rather than sorted: the sorted
  // waits, the bins, the shares within a quarter and a year and the median are all read off the
  // counts (a redraw of the wait figure took 4-5 ms, most of it sorting and filtering 19,000 waits).
  const counts = new Float64Array(monthsAhead + 1);
  let total = 0;
  let later = 0;
  for (let i = 0; i < buyers; i++) {
    if (pool.state[i] !== BuyerState.out && pool.state[i] !== BuyerState.justBought) continue;
    total++;
    const wait = pool.wait[i]!;
    // An Int32Array of months; a buyer out of market waits at least one more.
    if (wait > monthsAhead) later++;
    else counts[Math.max(1, wait)]!++;
  }
  const waits = new Float64Array(total);
  let k = 0;
  for (let wait = 1; wait <= monthsAhead; wait++) for (let j = 0; j < counts[wait]!; j++) waits[k++] = wait;
  waits.fill(Infinity, k);
  const bins: WaitBin[] = [];
  for (let from = 1; from <= monthsAhead; from += binMonths) bins.push({ from, to: from + binMonths - 1, share: 0 });
  for (let wait = 1; wait <= monthsAhead; wait++) {
    const bin = bins[Math.floor((wait - 1) / binMonths)]!;
    for (let j = 0; j < counts[wait]!; j++) bin.share += 1 / total;
  }
  const within = (months: number) => {
    if (!total) return null;
    let count = 0;
    for (let wait = 1; wait <= Math.min(months, monthsAhead); wait++) count += counts[wait]!;
    return count / total;
  };
  return {
    bins,
    waits,
    later: total ? later / total : 0,
    withinQuarter: within(3),
    withinYear: within(12),
    medianWait: total ? waits[Math.floor((total - 1) / 2)]! : null,
  };
}

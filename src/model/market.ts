// Who is in market, and when (MODEL.md section 1). Months are discrete: a buyer that enters
// stays in for W whole months, then buys and spends a whole number of months out. The
// out-of-market spell has mean C - W under every pattern (for `random` it is geometric, the
// discrete-time memoryless law), so the steady state is exactly W / C in market.

import type { EntryPattern } from './parameters.ts';
import type { Scenario } from './scenario.ts';

export type MarketParams = Pick<Scenario, 'buyers' | 'cycleMonths' | 'windowMonths' | 'entryPattern' | 'heterogeneity'>;

export interface SteadyState {
  /** Buyers in market in a month, I. */
  inMarket: number;
  /** Buyers entering the market (deciding) in a month, D. */
  deciders: number;
}

/**
 * Mean out-of-market spell of a buyer whose own rate multiplier is g. A spell lasts at least
 * one month in discrete time, so very heavy buyers (g near 0) are held at one month; the
 * agent engine draws its spells from the same mean, which keeps both engines in step.
 */
export function meanSpell(market: Pick<MarketParams, 'cycleMonths' | 'windowMonths'>, g = 1): number {
  return Math.max(1, (market.cycleMonths - market.windowMonths) * g);
}

/** In-market stock and monthly deciders in the stationary state. */
export function steadyState(market: MarketParams): SteadyState {
  const { buyers: n, cycleMonths: c, windowMonths: w } = market;
  if (market.entryPattern !== 'mixed') return { inMarket: (n * w) / c, deciders: n / c };
  const { share, rate } = mixedMoments(market);
  return { inMarket: n * share, deciders: n * rate };
}

/**
 * E[W / (W + m(g))] and E[1 / (W + m(g))] for g ~ Gamma(k, 1/k), by Simpson's rule on
 * y = ln g, where the gamma density becomes exp(k y - k e^y) up to a constant. The range
 * covers every y whose density is within e^-40 of the peak; the constant cancels.
 */
function mixedMoments(market: MarketParams): { share: number; rate: number } {
  const k = market.heterogeneity;
  const w = market.windowMonths;
  const lo = -1 - 40 / k;
  let hi = Math.log1p(40 / k);
  for (let i = 0; i < 30; i++) hi = Math.log(1 + 40 / k + hi);
  const steps = 2048;
  const h = (hi - lo) / steps;
  let mass = 0;
  let share = 0;
  let rate = 0;
  for (let j = 0; j <= steps; j++) {
    const y = lo + j * h;
    const g = Math.exp(y);
    const simpson = j === 0 || j === steps ? 1 : j % 2 === 1 ? 4 : 2;
    const weight = simpson * Math.exp(k * (y - g + 1));
    const cycle = w + meanSpell(market, g);
    mass += weight;
    share += (weight * w) / cycle;
    rate += weight / cycle;
  }
  return { share: share / mass, rate: rate / mass };
}

export type { EntryPattern };

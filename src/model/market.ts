// Who is in market, and when (MODEL.md section 1, v2). Months are discrete: a buyer that
// enters stays in for W whole months, then buys and spends a whole number of months out. Under
// `regular` and `random` the out-of-market spell has mean C - W (for `random` it is geometric,
// the discrete-time memoryless law), so the steady state is exactly W / C in market. Under
// `mixed` each buyer enters at its own rate g / C, which changes who is in market, not how many.

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
 * Mean out-of-market spell of a buyer whose own entry-rate multiplier is g (MODEL.md section 1,
 * v2): the buyer enters at rate g / C, so its cycle is C / g and its spell C / g - W. A spell
 * lasts at least one month in discrete time, which caps the heaviest buyers; the agent engine
 * draws its spells from the same mean, which keeps both engines in step. g = 1 is the
 * population's own cycle, C - W.
 */
export function meanSpell(market: Pick<MarketParams, 'cycleMonths' | 'windowMonths'>, g = 1): number {
  return Math.max(1, market.cycleMonths / g - market.windowMonths);
}

/** In-market stock and monthly deciders in the stationary state. */
export function steadyState(market: MarketParams): SteadyState {
  const { buyers: n, cycleMonths: c, windowMonths: w } = market;
  if (market.entryPattern !== 'mixed') return { inMarket: (n * w) / c, deciders: n / c };
  const { share, rate } = mixedMoments(market);
  return { inMarket: n * share, deciders: n * rate };
}

/**
 * E[W / c(g)] and E[1 / c(g)] with c(g) = W + max(1, C / g - W) and g ~ Gamma(k, 1/k), by
 * Simpson's rule on y = ln g, where the gamma density becomes exp(k y - k e^y) up to a constant
 * that cancels. The integral is split at g* = C / (W + 1), where the one-month floor starts to
 * bind and the integrand has a kink, so each side is smooth and the rule is accurate to about
 * 1e-12 (checked in the tests against the closed form at k = 1). The range covers every y
 * whose density is within e^-40 of the peak.
 */
function mixedMoments(market: MarketParams): { share: number; rate: number } {
  const k = market.heterogeneity;
  const w = market.windowMonths;
  const lo = -1 - 40 / k;
  let hi = Math.log1p(40 / k);
  for (let i = 0; i < 30; i++) hi = Math.log(1 + 40 / k + hi);
  const kink = Math.log(market.cycleMonths / (w + 1));
  const pieces =
    kink > lo && kink < hi
      ? [
          [lo, kink],
          [kink, hi],
        ]
      : [[lo, hi]];
  let mass = 0;
  let share = 0;
  let rate = 0;
  for (const [a, b] of pieces as [number, number][]) {
    const steps = 2048;
    const h = (b - a) / steps;
    for (let j = 0; j <= steps; j++) {
      const y = a + j * h;
      const g = Math.exp(y);
      const simpson = (j === 0 || j === steps ? 1 : j % 2 === 1 ? 4 : 2) * h;
      const weight = simpson * Math.exp(k * (y - g + 1));
      const cycle = w + meanSpell(market, g);
      mass += weight;
      share += (weight * w) / cycle;
      rate += weight / cycle;
    }
  }
  return { share: share / mass, rate: rate / mass };
}

export type { EntryPattern };

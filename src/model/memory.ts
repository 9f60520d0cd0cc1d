// Brand memory (MODEL.md section 2): brand impressions spread over every buyer, in market or
// not; memory decays each month by the half-life, then exposures encode.

import type { Scenario } from './scenario.ts';

/** Monthly forgetting probability d = 1 - 2^(-1 / halfLife). */
export function forgetRate(memoryHalfLifeMonths: number): number {
  return -Math.expm1(-Math.LN2 / memoryHalfLifeMonths);
}

/**
 * beta f_t per unit of brand spend: f_t = B_t * 1000 / (brandCpm * N) exposures per buyer,
 * each encoding with probability beta.
 */
export function encodingPerDollar(scenario: Pick<Scenario, 'brandCpm' | 'buyers' | 'encodingPerExposure'>): number {
  return (scenario.encodingPerExposure * 1000) / (scenario.brandCpm * scenario.buyers);
}

/** q_t = 1 - exp(-beta f_t): the chance a non-salient buyer encodes us this month. */
export function encodeRate(brandSpend: number, perDollar: number): number {
  return -Math.expm1(-perDollar * brandSpend);
}

/** S_t = S_{t-1} (1 - d) + (1 - S_{t-1} (1 - d)) q_t. */
export function nextSalience(previous: number, forget: number, encode: number): number {
  const kept = previous * (1 - forget);
  return kept + (1 - kept) * encode;
}

/** Salience with no brand spend at all, months 1..months: the starting memory fading at the half-life. */
export function fadingSalience(initialSalience: number, memoryHalfLifeMonths: number, months: number): number[] {
  const d = forgetRate(memoryHalfLifeMonths);
  return Array.from({ length: months }, (_, i) => initialSalience * (1 - d) ** (i + 1));
}

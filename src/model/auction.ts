// The category-search auction. Each click opportunity clears at a lognormal price and we
// buy the cheapest first, so spend buys a shrinking number of ever dearer clicks; past the
// pool's edge extra money only bids against ourselves. MODEL.md section 3, step 3.

import { normalCdf, normalQuantile } from './normal.ts';
import { ratio } from './rows.ts';

export interface AuctionMarket {
  /** Click opportunities this month (category searchers), may be fractional in expectation. */
  opportunities: number;
  /** Median clearing price of a click, exp(mu). */
  medianCpc: number;
  /** Log-scale spread of clearing prices, sigma. */
  cpcSpread: number;
}

export interface AuctionResult {
  clicks: number;
  spend: number;
  avgCpc: number | null;
  /** Price of the last click bought; null when nothing or everything was bought. */
  marginalCpc: number | null;
  saturated: boolean;
}

const NOTHING: AuctionResult = { clicks: 0, spend: 0, avgCpc: null, marginalCpc: null, saturated: false };

/** Mean clearing price of a click: exp(mu + sigma^2 / 2). */
export function meanCpc(medianCpc: number, cpcSpread: number): number {
  return medianCpc * Math.exp((cpcSpread * cpcSpread) / 2);
}

/**
 * Expected clicks bought with `budget` when the cheapest opportunities go first, in closed
 * form: spending A on prices below a threshold tau costs Q m Phi((ln tau - mu) / sigma - sigma),
 * so z = Phi^-1(A / (Q m)) + sigma and the clicks bought are Q Phi(z).
 */
export function auction(budget: number, market: AuctionMarket): AuctionResult {
  const { opportunities, medianCpc, cpcSpread } = market;
  return solveAuction(budget, opportunities, medianCpc, cpcSpread, meanCpc(medianCpc, cpcSpread), { ...NOTHING });
}

/**
 * The closed form writing into `out`: the expected-value engine reuses one result object and
 * the mean price across months, which halves the cost of the split sweep.
 */
export function solveAuction(
  budget: number,
  q: number,
  medianCpc: number,
  sigma: number,
  mean: number,
  out: AuctionResult,
): AuctionResult {
  out.clicks = 0;
  out.spend = 0;
  out.avgCpc = null;
  out.marginalCpc = null;
  out.saturated = false;
  if (!(budget > 0) || !(q > 0) || !(medianCpc > 0) || !(sigma > 0)) return out;
  const full = q * mean;
  out.spend = budget;
  if (budget >= full) {
    out.clicks = q;
    out.avgCpc = ratio(budget, q);
    out.saturated = true;
    return out;
  }
  const z = normalQuantile(budget / full) + sigma;
  const clicks = q * normalCdf(z);
  if (!(clicks > 0)) return out;
  out.clicks = clicks;
  out.avgCpc = ratio(budget, clicks);
  out.marginalCpc = medianCpc * Math.exp(sigma * z);
  return out;
}

/**
 * The same auction on explicit prices, as the agent engine runs it: buy along the ascending
 * price ladder while the running total stays within the budget. When every opportunity is
 * bought the remainder is spent too (bidding against ourselves), as in the closed form.
 * `sortedPrices` must be ascending; only the first `count` entries are read.
 */
export function auctionLadder(
  sortedPrices: ArrayLike<number>,
  budget: number,
  count = sortedPrices.length,
): AuctionResult {
  if (!(budget > 0) || count <= 0) return NOTHING;
  let spend = 0;
  let clicks = 0;
  while (clicks < count && spend + sortedPrices[clicks]! <= budget) {
    spend += sortedPrices[clicks]!;
    clicks++;
  }
  if (clicks === count) {
    return { clicks, spend: budget, avgCpc: budget / clicks, marginalCpc: null, saturated: true };
  }
  if (clicks === 0) return NOTHING;
  return { clicks, spend, avgCpc: spend / clicks, marginalCpc: sortedPrices[clicks - 1]!, saturated: false };
}

/** The price at which a share `rank` (0-1) of the month's click opportunities clear: a lognormal quantile. */
export function clickPriceQuantile(rank: number, medianCpc: number, cpcSpread: number): number {
  return medianCpc * Math.exp(cpcSpread * normalQuantile(rank));
}

export interface LadderRung {
  /** Share of the month's opportunities priced at or below this one, at the middle of its rung. */
  rank: number;
  price: number;
  /** Whether the spend buys this rung: the cheapest clicks go first. */
  bought: boolean;
}

/** The month's opportunities as `rungs` equal slices from cheapest to dearest, and which are bought. */
export function priceLadderRungs(
  rungs: number,
  { medianCpc, cpcSpread, shareBought }: { medianCpc: number; cpcSpread: number; shareBought: number },
): LadderRung[] {
  return Array.from({ length: rungs }, (_, i) => {
    const rank = (i + 0.5) / rungs;
    return { rank, price: clickPriceQuantile(rank, medianCpc, cpcSpread), bought: rank <= shareBought + 0.5 / rungs };
  });
}

import { describe, expect, it } from 'vitest';
import { auction } from '../src/model/index.ts';
import { auctionLadder, meanCpc } from '../src/model/auction.ts';
import { randomNormal, randomSource } from '../src/model/random.ts';

const market = { medianCpc: 15, cpcSpread: 0.8 };

describe('auction in closed form', () => {
  it('matches a brute-force sorted-price ladder on 10^6 seeded draws within 1% (clicks and spend)', () => {
    const n = 1_000_000;
    const normal = randomNormal(randomSource(2024));
    const prices = new Float64Array(n);
    for (let i = 0; i < n; i++) prices[i] = market.medianCpc * Math.exp(market.cpcSpread * normal());
    prices.sort();
    const full = n * meanCpc(market.medianCpc, market.cpcSpread);
    for (const fraction of [0.01, 0.1, 0.3, 0.6, 0.9, 0.99]) {
      const budget = full * fraction;
      const closed = auction(budget, { opportunities: n, ...market });
      const ladder = auctionLadder(prices, budget);
      expect(Math.abs(closed.clicks - ladder.clicks) / ladder.clicks).toBeLessThan(0.01);
      expect(Math.abs(closed.spend - ladder.spend) / ladder.spend).toBeLessThan(0.01);
      // The last click's price is a single order statistic: in the far tail (99% of the pool's
      // cost) its sampling noise alone exceeds 1%, so it is compared only up to 90%.
      if (fraction <= 0.9)
        expect(Math.abs(closed.marginalCpc! - ladder.marginalCpc!) / ladder.marginalCpc!).toBeLessThan(0.01);
    }
  });

  it('never buys more clicks than the pool holds, and spends the whole budget once saturated', () => {
    const result = auction(1e9, { opportunities: 1000, ...market });
    expect(result).toEqual({ clicks: 1000, spend: 1e9, avgCpc: 1e6, marginalCpc: null, saturated: true });
  });

  it('buys nothing and reports null prices with no budget or no opportunities', () => {
    for (const result of [
      auction(0, { opportunities: 1000, ...market }),
      auction(500, { opportunities: 0, ...market }),
    ]) {
      expect(result.clicks).toBe(0);
      expect(result.avgCpc).toBeNull();
      expect(result.marginalCpc).toBeNull();
    }
  });

  it('pays more for the marginal click than the average click', () => {
    const result = auction(10_000, { opportunities: 1600, ...market });
    expect(result.marginalCpc!).toBeGreaterThan(result.avgCpc!);
  });
});

// The agent engine: the same model as expected.ts, run on one record per buyer with a seeded
// source. Each buyer remembers us or not, enters and leaves the market, draws a click price,
// and converts or not; averaged over seeds it matches the expected-value engine.

import { auctionLadder } from './auction.ts';
import { encodeRate, encodingPerDollar, forgetRate } from './memory.ts';
import { BuyerState, createPool } from './pool.ts';
import { budgetPlan } from './plan.ts';
import { randomNormal, randomSource } from './random.ts';
import type { RandomSource } from './random.ts';
import { bookWins, completeRow } from './rows.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export function simulateAgents(scenario: Scenario, seed: number, months = scenario.horizonMonths): MonthRow[] {
  const n = scenario.buyers;
  const source = randomSource(seed);
  const normal = randomNormal(source);
  const pool = createPool(scenario, n, source);
  const plan = budgetPlan(scenario, months);
  const forget = forgetRate(scenario.memoryHalfLifeMonths);
  const perDollar = encodingPerDollar(scenario);
  const { brandFirstRate: b, brandSearchShare, medianCpc, cpcSpread } = scenario;

  const salient = new Uint8Array(n);
  for (let i = 0; i < n; i++) salient[i] = source() < scenario.initialSalience ? 1 : 0;
  // Scratch space for one month's category searchers: price and warmth, and a sorted copy.
  const prices = new Float64Array(n);
  const warm = new Uint8Array(n);
  const ladder = new Float64Array(n);

  const rows: MonthRow[] = new Array(months);
  for (let t = 1; t <= months; t++) {
    const brandSpend = plan.brand[t - 1]!;
    const activationSpend = plan.activation[t - 1]!;
    const encode = encodeRate(brandSpend, perDollar);
    // One draw per buyer: a salient buyer ends the month non-salient only if it forgot and
    // was not re-encoded, probability d (1 - q); a non-salient one encodes with probability q.
    const lose = forget * (1 - encode);
    // Gated content (v2, section 11): form fills are counted in expectation, as the overlap
    // with this month's searchers is ignored; reading the asset makes each non-salient buyer
    // salient with probability F / N after encoding, drawn only when there are fills so the v1
    // stream stays.
    const gatedSpend = activationSpend * scenario.gatedShare;
    const formLeads = gatedSpend > 0 ? Math.min(n, gatedSpend / scenario.gatedCpl) : 0;
    const fill = formLeads / n;
    const { inMarket, entered } = pool.advance();
    const state = pool.state;
    let salientCount = 0;
    let brandFirst = 0;
    let paidBrandClicks = 0;
    let searchers = 0;
    for (let i = 0; i < n; i++) {
      if (salient[i]) {
        if (source() < lose) salient[i] = 0;
      } else if (source() < encode) salient[i] = 1;
      // After encoding, every buyer not salient now (including one that has just forgotten)
      // may read the asset: S <- S + (1 - S) F / N in expectation.
      if (fill > 0 && !salient[i] && source() < fill) salient[i] = 1;
      salientCount += salient[i]!;
      if (state[i] !== BuyerState.entering) continue;
      if (salient[i] && source() < b) {
        brandFirst++;
        if (source() < brandSearchShare) paidBrandClicks++;
      } else {
        prices[searchers] = medianCpc * Math.exp(cpcSpread * normal());
        warm[searchers] = salient[i]!;
        searchers++;
      }
    }
    const brandSearchSpend = Math.min(activationSpend - gatedSpend, paidBrandClicks * scenario.brandCpc);
    const sorted = ladder.subarray(0, searchers);
    sorted.set(prices.subarray(0, searchers));
    sorted.sort();
    const bought = auctionLadder(sorted, activationSpend - gatedSpend - brandSearchSpend);
    // Clicks go to the cheapest searchers: everyone priced at or below the last click bought.
    const threshold = bought.saturated ? Infinity : bought.clicks > 0 ? sorted[bought.clicks - 1]! : -Infinity;
    let warmPaid = 0;
    let coldPaid = 0;
    let clicked = 0;
    for (let j = 0; j < searchers && clicked < bought.clicks; j++) {
      if (prices[j]! > threshold) continue;
      clicked++;
      if (warm[j]) warmPaid += bernoulli(source, scenario.clickToLeadWarm);
      else coldPaid += bernoulli(source, scenario.clickToLeadCold);
    }
    const warmLeads = brandFirst + warmPaid;
    const warmOpps = binomial(source, warmLeads, scenario.leadToOppWarm);
    const coldOpps = binomial(source, coldPaid, scenario.leadToOppCold);
    const formLeadsInMarket = formLeads * Math.min(1, (scenario.intentLift * inMarket) / n);
    const formOpps = formLeadsInMarket * scenario.leadToOppCold;
    const wins =
      binomial(source, warmOpps, scenario.oppToWinWarm) +
      binomial(source, coldOpps, scenario.oppToWinCold) +
      formOpps * scenario.oppToWinCold;
    rows[t - 1] = completeRow(
      {
        month: t,
        inMarket,
        deciders: entered,
        salience: salientCount / n,
        brandSpend,
        activationSpend,
        brandSearchSpend,
        auctionSpend: bought.spend,
        brandFirstLeads: brandFirst,
        categorySearchers: searchers,
        paidClicks: bought.clicks,
        avgCpc: bought.avgCpc,
        marginalCpc: bought.marginalCpc,
        saturated: bought.saturated,
        paidLeads: warmPaid + coldPaid,
        leads: warmLeads + coldPaid + formLeads,
        warmLeads,
        coldLeads: coldPaid + formLeads,
        gatedSpend,
        formLeads,
        formLeadsInMarket,
        opportunities: warmOpps + coldOpps + formOpps,
        wins,
      },
      scenario,
    );
  }
  return bookWins(rows, scenario);
}

function bernoulli(source: RandomSource, p: number): number {
  return source() < p ? 1 : 0;
}

/** Successes in `trials` independent draws; trials here are leads and opportunities, tens per month. */
function binomial(source: RandomSource, trials: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < trials; i++) successes += bernoulli(source, p);
  return successes;
}

// The expected-value engine: MODEL.md sections 1-6 as deterministic difference equations.
// No random numbers; fast enough to rerun the whole split sweep on every slider movement.

import { meanCpc, solveAuction } from './auction.ts';
import type { AuctionResult } from './auction.ts';
import { encodeRate, encodingPerDollar, forgetRate, nextSalience } from './memory.ts';
import { steadyState } from './market.ts';
import type { SteadyState } from './market.ts';
import { budgetPlan } from './plan.ts';
import type { BudgetPlan } from './plan.ts';
import { bookWins, completeRow } from './rows.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

/** One month of the expected-value engine, before the funnel's bookkeeping. */
export interface ExpectedMonth {
  month: number;
  salience: number;
  brandSpend: number;
  activationSpend: number;
  brandSearchSpend: number;
  brandFirstLeads: number;
  searchers: number;
  /** Reused from month to month: copy what you keep. */
  bought: AuctionResult;
  warmPaid: number;
  coldPaid: number;
  /** Gated content (v2, section 11): spend, form fills, and the fills from buyers in market. */
  gatedSpend: number;
  formLeads: number;
  formLeadsInMarket: number;
  leads: number;
}

/**
 * Runs the difference equations and hands each month to `visit`. The month object is reused,
 * so a visitor copies what it keeps; the sweep keeps only leads and allocates no rows.
 */
export function runExpected(
  scenario: Scenario,
  plan: BudgetPlan,
  market: SteadyState,
  visit: (month: ExpectedMonth) => void,
): void {
  const forget = forgetRate(scenario.memoryHalfLifeMonths);
  const perDollar = encodingPerDollar(scenario);
  const b = scenario.brandFirstRate;
  const { medianCpc, cpcSpread } = scenario;
  const meanPrice = meanCpc(medianCpc, cpcSpread);
  const bought: AuctionResult = { clicks: 0, spend: 0, avgCpc: null, marginalCpc: null, saturated: false };
  const month: ExpectedMonth = {
    month: 0,
    salience: 0,
    brandSpend: 0,
    activationSpend: 0,
    brandSearchSpend: 0,
    brandFirstLeads: 0,
    searchers: 0,
    bought,
    warmPaid: 0,
    coldPaid: 0,
    gatedSpend: 0,
    formLeads: 0,
    formLeadsInMarket: 0,
    leads: 0,
  };
  // Who fills a form is mostly out of market: the in-market share of form fillers.
  const inMarketFillShare = Math.min(1, (scenario.intentLift * market.inMarket) / scenario.buyers);
  // Brand spend is usually the same month after month: reuse q_t rather than recompute it.
  let encodedSpend = Number.NaN;
  let encode = 0;
  let salience = scenario.initialSalience;
  const months = plan.brand.length;
  for (let t = 1; t <= months; t++) {
    const brandSpend = plan.brand[t - 1]!;
    const activationSpend = plan.activation[t - 1]!;
    if (brandSpend !== encodedSpend) {
      encode = encodeRate(brandSpend, perDollar);
      encodedSpend = brandSpend;
    }
    salience = nextSalience(salience, forget, encode);
    const gatedSpend = activationSpend * scenario.gatedShare;
    const formLeads = gatedSpend > 0 ? Math.min(scenario.buyers, gatedSpend / scenario.gatedCpl) : 0;
    // Reading the asset puts the brand in mind too: the nurture value of a form fill.
    if (formLeads > 0) salience += (1 - salience) * (formLeads / scenario.buyers);
    const brandFirstLeads = market.deciders * salience * b;
    const brandSearchSpend = Math.min(
      activationSpend - gatedSpend,
      brandFirstLeads * scenario.brandSearchShare * scenario.brandCpc,
    );
    const searchers = market.deciders * (1 - salience * b);
    // Clicks are independent of salience, so the warm share of clicks is that of searchers.
    const warmShare = searchers > 0 ? (salience * (1 - b)) / (1 - salience * b) : 0;
    solveAuction(activationSpend - gatedSpend - brandSearchSpend, searchers, medianCpc, cpcSpread, meanPrice, bought);
    month.month = t;
    month.salience = salience;
    month.brandSpend = brandSpend;
    month.activationSpend = activationSpend;
    month.brandSearchSpend = brandSearchSpend;
    month.brandFirstLeads = brandFirstLeads;
    month.searchers = searchers;
    month.warmPaid = bought.clicks * warmShare * scenario.clickToLeadWarm;
    month.coldPaid = bought.clicks * (1 - warmShare) * scenario.clickToLeadCold;
    month.gatedSpend = gatedSpend;
    month.formLeads = formLeads;
    month.formLeadsInMarket = formLeads * inMarketFillShare;
    month.leads = brandFirstLeads + month.warmPaid + month.coldPaid + formLeads;
    visit(month);
  }
}

export function simulateExpected(scenario: Scenario, months = scenario.horizonMonths): MonthRow[] {
  return simulatePlan(scenario, budgetPlan(scenario, months));
}

/** The expected-value engine on an explicit budget plan (attribution's counterfactual runs). */
export function simulatePlan(scenario: Scenario, plan: BudgetPlan): MonthRow[] {
  const market = steadyState(scenario);
  const rows: MonthRow[] = [];
  runExpected(scenario, plan, market, (m) => {
    const warmLeads = m.brandFirstLeads + m.warmPaid;
    const warmOpps = warmLeads * scenario.leadToOppWarm;
    // Form leads are cold, and only those from buyers in market can become opportunities.
    const coldOpps = (m.coldPaid + m.formLeadsInMarket) * scenario.leadToOppCold;
    rows.push(
      completeRow(
        {
          month: m.month,
          inMarket: market.inMarket,
          deciders: market.deciders,
          salience: m.salience,
          brandSpend: m.brandSpend,
          activationSpend: m.activationSpend,
          brandSearchSpend: m.brandSearchSpend,
          auctionSpend: m.bought.spend,
          brandFirstLeads: m.brandFirstLeads,
          categorySearchers: m.searchers,
          paidClicks: m.bought.clicks,
          avgCpc: m.bought.avgCpc,
          marginalCpc: m.bought.marginalCpc,
          saturated: m.bought.saturated,
          paidLeads: m.warmPaid + m.coldPaid,
          leads: m.leads,
          warmLeads,
          coldLeads: m.coldPaid + m.formLeads,
          gatedSpend: m.gatedSpend,
          formLeads: m.formLeads,
          formLeadsInMarket: m.formLeadsInMarket,
          opportunities: warmOpps + coldOpps,
          wins: warmOpps * scenario.oppToWinWarm + coldOpps * scenario.oppToWinCold,
        },
        scenario,
      ),
    );
  });
  return bookWins(rows, scenario);
}

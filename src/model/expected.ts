// The expected-value engine: MODEL.md sections 1-6 as deterministic difference equations.
// No random numbers; fast enough to rerun the whole split sweep on every slider movement.

import { auction } from './auction.ts';
import type { AuctionResult } from './auction.ts';
import { forgetRate, encodeRate, nextSalience } from './memory.ts';
import { steadyState } from './market.ts';
import type { SteadyState } from './market.ts';
import { budgetPlan } from './plan.ts';
import type { BudgetPlan } from './plan.ts';
import { completeRow } from './rows.ts';
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
  bought: AuctionResult;
  warmPaid: number;
  coldPaid: number;
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
  const b = scenario.brandFirstRate;
  const clickMarket = { opportunities: 0, medianCpc: scenario.medianCpc, cpcSpread: scenario.cpcSpread };
  const month = {} as ExpectedMonth;
  let salience = scenario.initialSalience;
  const months = plan.brand.length;
  for (let t = 1; t <= months; t++) {
    const brandSpend = plan.brand[t - 1]!;
    const activationSpend = plan.activation[t - 1]!;
    salience = nextSalience(salience, forget, encodeRate(brandSpend, scenario));
    const brandFirstLeads = market.deciders * salience * b;
    const brandSearchSpend = Math.min(activationSpend, brandFirstLeads * scenario.brandSearchShare * scenario.brandCpc);
    const searchers = market.deciders * (1 - salience * b);
    // Clicks are independent of salience, so the warm share of clicks is that of searchers.
    const warmShare = searchers > 0 ? (salience * (1 - b)) / (1 - salience * b) : 0;
    clickMarket.opportunities = searchers;
    const bought = auction(activationSpend - brandSearchSpend, clickMarket);
    month.month = t;
    month.salience = salience;
    month.brandSpend = brandSpend;
    month.activationSpend = activationSpend;
    month.brandSearchSpend = brandSearchSpend;
    month.brandFirstLeads = brandFirstLeads;
    month.searchers = searchers;
    month.bought = bought;
    month.warmPaid = bought.clicks * warmShare * scenario.clickToLeadWarm;
    month.coldPaid = bought.clicks * (1 - warmShare) * scenario.clickToLeadCold;
    month.leads = brandFirstLeads + month.warmPaid + month.coldPaid;
    visit(month);
  }
}

export function simulateExpected(scenario: Scenario, months = scenario.horizonMonths): MonthRow[] {
  const market = steadyState(scenario);
  const rows: MonthRow[] = [];
  runExpected(scenario, budgetPlan(scenario, months), market, (m) => {
    const warmLeads = m.brandFirstLeads + m.warmPaid;
    const warmOpps = warmLeads * scenario.leadToOppWarm;
    const coldOpps = m.coldPaid * scenario.leadToOppCold;
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
          coldLeads: m.coldPaid,
          opportunities: warmOpps + coldOpps,
          wins: warmOpps * scenario.oppToWinWarm + coldOpps * scenario.oppToWinCold,
        },
        scenario,
      ),
    );
  });
  return rows;
}

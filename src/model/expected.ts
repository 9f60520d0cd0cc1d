// The expected-value engine: MODEL.md sections 1-6 as deterministic difference equations.
// No random numbers; fast enough to rerun the whole split sweep on every slider movement.

import { auction } from './auction.ts';
import { forgetRate, encodeRate, nextSalience } from './memory.ts';
import { steadyState } from './market.ts';
import { budgetPlan } from './plan.ts';
import { completeRow } from './rows.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export function simulateExpected(scenario: Scenario, months = scenario.horizonMonths): MonthRow[] {
  const { inMarket, deciders } = steadyState(scenario);
  const plan = budgetPlan(scenario, months);
  const forget = forgetRate(scenario.memoryHalfLifeMonths);
  const b = scenario.brandFirstRate;
  const market = { opportunities: 0, medianCpc: scenario.medianCpc, cpcSpread: scenario.cpcSpread };
  const rows: MonthRow[] = new Array(months);
  let salience = scenario.initialSalience;
  for (let t = 1; t <= months; t++) {
    const brandSpend = plan.brand[t - 1]!;
    const activationSpend = plan.activation[t - 1]!;
    salience = nextSalience(salience, forget, encodeRate(brandSpend, scenario));
    const brandFirstLeads = deciders * salience * b;
    const brandSearchSpend = Math.min(activationSpend, brandFirstLeads * scenario.brandSearchShare * scenario.brandCpc);
    const searchers = deciders * (1 - salience * b);
    const warmShare = searchers > 0 ? (salience * (1 - b)) / (1 - salience * b) : 0;
    market.opportunities = searchers;
    const bought = auction(activationSpend - brandSearchSpend, market);
    const warmPaid = bought.clicks * warmShare * scenario.clickToLeadWarm;
    const coldPaid = bought.clicks * (1 - warmShare) * scenario.clickToLeadCold;
    const warmLeads = brandFirstLeads + warmPaid;
    const warmOpps = warmLeads * scenario.leadToOppWarm;
    const coldOpps = coldPaid * scenario.leadToOppCold;
    rows[t - 1] = completeRow(
      {
        month: t,
        inMarket,
        deciders,
        salience,
        brandSpend,
        activationSpend,
        brandSearchSpend,
        auctionSpend: bought.spend,
        brandFirstLeads,
        categorySearchers: searchers,
        paidClicks: bought.clicks,
        avgCpc: bought.avgCpc,
        marginalCpc: bought.marginalCpc,
        saturated: bought.saturated,
        paidLeads: warmPaid + coldPaid,
        leads: warmLeads + coldPaid,
        warmLeads,
        coldLeads: coldPaid,
        opportunities: warmOpps + coldOpps,
        wins: warmOpps * scenario.oppToWinWarm + coldOpps * scenario.oppToWinCold,
      },
      scenario,
    );
  }
  return rows;
}

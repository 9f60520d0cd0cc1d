// What one month of activation-only spend buys, at any spend: the response curve the chapter
// "Activation saturates" draws three ways, the spend at which the pool of searchers runs out,
// and the ceiling on leads there. Computed by the expected-value engine, month 1.

import { meanCpc } from './auction.ts';
import { simulateExpected } from './expected.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export function monthAt(scenario: Scenario, spend: number): MonthRow {
  return simulateExpected({ ...scenario, monthlyBudget: spend, brandShare: 0, schedule: [], horizonMonths: 1 }, 1)[0]!;
}

export interface ResponsePoint {
  spend: number;
  leads: number;
  paidLeads: number;
  clicks: number;
  avgCpl: number | null;
  /** Cost of the next lead: the marginal click's price over the leads a click yields; null once saturated. */
  marginalCpl: number | null;
}

export interface Response {
  points: ResponsePoint[];
  current: ResponsePoint;
  /** Spend at which every searcher has been bought. */
  saturationSpend: number;
  /** Leads a month with every searcher bought. */
  ceilingLeads: number;
  /** Leads at twice the current spend. */
  doubled: ResponsePoint;
}

function point(scenario: Scenario, spend: number): ResponsePoint {
  const row = monthAt(scenario, spend);
  const perClick = row.paidClicks > 0 ? row.paidLeads / row.paidClicks : 0;
  return {
    spend,
    leads: row.leads,
    paidLeads: row.paidLeads,
    clicks: row.paidClicks,
    avgCpl: spend > 0 && row.leads > 0 ? spend / row.leads : null,
    marginalCpl: row.marginalCpc !== null && perClick > 0 ? row.marginalCpc / perClick : null,
  };
}

export function response(scenario: Scenario, steps = 120): Response {
  const spend = scenario.monthlyBudget;
  // The pool's edge: every searcher bought, after branded search has taken its share.
  const edge = monthAt(scenario, Number.MAX_SAFE_INTEGER / 4);
  const saturationSpend =
    edge.brandSearchSpend + edge.categorySearchers * meanCpc(scenario.medianCpc, scenario.cpcSpread);
  const top = Math.max(1.6 * saturationSpend, 1.3 * spend, 1);
  const points = Array.from({ length: steps + 1 }, (_, i) => point(scenario, (top * i) / steps));
  return {
    points,
    current: point(scenario, spend),
    saturationSpend,
    ceilingLeads: point(scenario, saturationSpend).leads,
    doubled: point(scenario, 2 * spend),
  };
}

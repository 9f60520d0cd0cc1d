// Three ways to credit the same leads (MODEL.md section 13, v2): what a last-click dashboard
// sees, what buyers say when asked how they heard of you, and the true credit of each budget
// (the Shapley value against counterfactual runs with the brand budget, the activation budget
// or both at zero). Each view of a month sums to that month's total, for leads and opportunities.

import { simulatePlan } from './expected.ts';
import { budgetPlan } from './plan.ts';
import type { MonthRow } from './rows.ts';
import type { Scenario } from './scenario.ts';

export interface ChannelView {
  brandChannels: number;
  brandedSearch: number;
  directOrganic: number;
  categorySearch: number;
  gatedContent: number;
}

export interface TrueCredit {
  /** What memory built before month 1 still delivers with no budget at all. */
  baseline: number;
  brand: number;
  activation: number;
}

export interface AttributionView {
  lastClick: ChannelView;
  selfReported: ChannelView;
  trueCredit: TrueCredit;
}

export interface AttributionRow {
  month: number;
  leads: AttributionView;
  opportunities: AttributionView;
}

/** The month's leads by the channel of their last click, and their opportunities at each lead's own rate. */
function lastClick(
  row: MonthRow,
  scenario: Scenario,
): { leads: ChannelView; opps: ChannelView; warmPaid: number; coldPaid: number } {
  const wanted = row.brandFirstLeads * scenario.brandSearchShare;
  const brandedSearch = scenario.brandCpc > 0 ? Math.min(wanted, row.brandSearchSpend / scenario.brandCpc) : wanted;
  const directOrganic = row.brandFirstLeads - brandedSearch;
  const warmPaid = row.warmLeads - row.brandFirstLeads;
  const coldPaid = row.paidLeads - warmPaid;
  const warm = scenario.leadToOppWarm;
  const cold = scenario.leadToOppCold;
  return {
    warmPaid,
    coldPaid,
    leads: {
      brandChannels: 0,
      brandedSearch,
      directOrganic,
      categorySearch: row.paidLeads,
      gatedContent: row.formLeads,
    },
    opps: {
      brandChannels: 0,
      brandedSearch: brandedSearch * warm,
      directOrganic: directOrganic * warm,
      categorySearch: warmPaid * warm + coldPaid * cold,
      gatedContent: row.formLeadsInMarket * cold,
    },
  };
}

/** Buyers who had us in mind name a brand channel with probability r; everyone else names the last click. */
function selfReported(
  view: ReturnType<typeof lastClick>,
  scenario: Scenario,
  row: MonthRow,
): { leads: ChannelView; opps: ChannelView } {
  const r = scenario.selfReportRecall;
  const warm = scenario.leadToOppWarm;
  const cold = scenario.leadToOppCold;
  const { leads } = view;
  return {
    leads: {
      brandChannels: r * row.warmLeads,
      brandedSearch: (1 - r) * leads.brandedSearch,
      directOrganic: (1 - r) * leads.directOrganic,
      categorySearch: (1 - r) * view.warmPaid + view.coldPaid,
      gatedContent: leads.gatedContent,
    },
    opps: {
      brandChannels: r * row.warmLeads * warm,
      brandedSearch: (1 - r) * leads.brandedSearch * warm,
      directOrganic: (1 - r) * leads.directOrganic * warm,
      categorySearch: (1 - r) * view.warmPaid * warm + view.coldPaid * cold,
      gatedContent: view.opps.gatedContent,
    },
  };
}

function shapley(both: number, noBrand: number, noActivation: number, neither: number): TrueCredit {
  return {
    baseline: neither,
    brand: (both - noBrand + noActivation - neither) / 2,
    activation: (both - noActivation + noBrand - neither) / 2,
  };
}

export function attribution(scenario: Scenario): AttributionRow[] {
  const plan = budgetPlan(scenario, scenario.horizonMonths);
  const zeros = plan.brand.map(() => 0);
  const both = simulatePlan(scenario, plan);
  const noBrand = simulatePlan(scenario, { brand: zeros, activation: plan.activation });
  const noActivation = simulatePlan(scenario, { brand: plan.brand, activation: zeros });
  const neither = simulatePlan(scenario, { brand: zeros, activation: zeros });
  return both.map((row, i) => {
    const click = lastClick(row, scenario);
    const said = selfReported(click, scenario, row);
    return {
      month: row.month,
      leads: {
        lastClick: click.leads,
        selfReported: said.leads,
        trueCredit: shapley(row.leads, noBrand[i]!.leads, noActivation[i]!.leads, neither[i]!.leads),
      },
      opportunities: {
        lastClick: click.opps,
        selfReported: said.opps,
        trueCredit: shapley(
          row.opportunities,
          noBrand[i]!.opportunities,
          noActivation[i]!.opportunities,
          neither[i]!.opportunities,
        ),
      },
    };
  });
}

/** The brand's share of one month (or of a span of months) in each of the three ledgers. */
export interface LedgerShares {
  /** Total leads or opportunities in the span. */
  total: number;
  lastClick: number | null;
  selfReported: number | null;
  trueCredit: number | null;
  /** Memory built before month 1 (the true ledger's baseline), as a share. */
  baseline: number | null;
}

export type Measure = 'leads' | 'opportunities';

/** The brand's share in each ledger over `rows` taken together (one row: that month). */
export function ledgerShares(rows: readonly AttributionRow[], measure: Measure): LedgerShares {
  let total = 0;
  let lastClick = 0;
  let said = 0;
  let brand = 0;
  let baseline = 0;
  for (const row of rows) {
    const view = row[measure];
    total += view.trueCredit.baseline + view.trueCredit.brand + view.trueCredit.activation;
    lastClick += view.lastClick.brandChannels;
    said += view.selfReported.brandChannels;
    brand += view.trueCredit.brand;
    baseline += view.trueCredit.baseline;
  }
  const share = (x: number) => (total > 0 ? x / total : null);
  return {
    total,
    lastClick: share(lastClick),
    selfReported: share(said),
    trueCredit: share(brand),
    baseline: share(baseline),
  };
}

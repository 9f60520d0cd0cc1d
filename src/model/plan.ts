// Budget plans (MODEL.md section 5): the monthly total and brand share, overridden month by
// month by the schedule's segments, later segments winning. Both engines read the same plan.

import type { Scenario } from './scenario.ts';

export interface BudgetPlan {
  /** B_t for months 1..H at index t - 1. */
  brand: number[];
  /** A_t for months 1..H at index t - 1. */
  activation: number[];
}

export function budgetPlan(
  scenario: Pick<Scenario, 'monthlyBudget' | 'brandShare' | 'schedule'>,
  months: number,
): BudgetPlan {
  // Plain arrays: the split sweep builds 101 plans per slider movement, and small typed
  // arrays cost more to allocate than they save here.
  const brand: number[] = new Array(months);
  const activation: number[] = new Array(months);
  const segments = scenario.schedule;
  for (let t = 1; t <= months; t++) {
    let total = scenario.monthlyBudget;
    let share = scenario.brandShare;
    for (const segment of segments) {
      if (t < segment.fromMonth || t > segment.toMonth) continue;
      if (segment.monthlyBudget !== undefined) total = segment.monthlyBudget;
      if (segment.brandShare !== undefined) share = segment.brandShare;
    }
    brand[t - 1] = total * share;
    activation[t - 1] = total - total * share;
  }
  return { brand, activation };
}

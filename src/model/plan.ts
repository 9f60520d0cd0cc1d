// Budget plans (MODEL.md section 5): the monthly total and brand share, overridden month by
// month by the schedule's segments, later segments winning. Both engines read the same plan.

import type { Scenario } from './scenario.ts';

export interface BudgetPlan {
  /** B_t for months 1..H at index t - 1. */
  brand: Float64Array;
  /** A_t for months 1..H at index t - 1. */
  activation: Float64Array;
}

export function budgetPlan(scenario: Pick<Scenario, 'monthlyBudget' | 'brandShare' | 'schedule'>, months: number): BudgetPlan {
  const total = new Float64Array(months).fill(scenario.monthlyBudget);
  const share = new Float64Array(months).fill(scenario.brandShare);
  for (const segment of scenario.schedule) {
    const last = Math.min(segment.toMonth, months);
    for (let t = segment.fromMonth; t <= last; t++) {
      if (segment.monthlyBudget !== undefined) total[t - 1] = segment.monthlyBudget;
      if (segment.brandShare !== undefined) share[t - 1] = segment.brandShare;
    }
  }
  const brand = new Float64Array(months);
  const activation = new Float64Array(months);
  for (let i = 0; i < months; i++) {
    brand[i] = total[i]! * share[i]!;
    activation[i] = total[i]! - brand[i]!;
  }
  return { brand, activation };
}

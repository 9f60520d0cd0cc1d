// When a parameter changes nothing: under some settings a control has no effect on any result
// (the heterogeneity of buyers' rates matters only when buyers have rates of their own). Such a
// control is disabled, with the reason, rather than left to be moved for nothing.

import type { ParameterKey } from './parameters.ts';
import type { Scenario } from './scenario.ts';

type Rule = (scenario: Scenario) => string | null;

const noGated: Rule = (s) =>
  s.gatedShare > 0 ? null : 'Changes nothing while no lead-generation budget goes to gated content.';

export const INACTIVE: Partial<Record<ParameterKey, Rule>> = {
  heterogeneity: (s) =>
    s.entryPattern === 'mixed'
      ? null
      : 'Changes nothing unless the entry pattern is mixed: only then do buyers have buying rates of their own.',
  gatedCpl: noGated,
  intentLift: noGated,
};

/** Why a parameter changes nothing under this scenario, or null when it matters. */
export function inactiveReason(key: string, scenario: Scenario): string | null {
  const rule = Object.hasOwn(INACTIVE, key) ? INACTIVE[key as ParameterKey] : undefined;
  return rule ? rule(scenario) : null;
}

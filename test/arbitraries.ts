// fast-check generators over the whole parameter space of MODEL.md section 9, built from the
// same parameter table as the schema, so a new parameter is covered as soon as it exists.

import fc from 'fast-check';
import { parameterKeys, parameters } from '../src/model/parameters.ts';
import type { Scenario, Segment } from '../src/model/index.ts';

function valueOf(key: (typeof parameterKeys)[number]): fc.Arbitrary<unknown> {
  const spec = parameters[key];
  if (spec.kind === 'choice') return fc.constantFrom(...spec.options);
  if (spec.integer) return fc.integer({ min: spec.min, max: spec.max });
  // Ends of the range are where models break: weight them alongside the interior.
  return fc.oneof(fc.constantFrom(spec.min, spec.max), fc.double({ min: spec.min, max: spec.max, noNaN: true }));
}

const segment: fc.Arbitrary<Segment> = fc
  .record(
    {
      fromMonth: fc.integer({ min: 1, max: 120 }),
      span: fc.integer({ min: 0, max: 24 }),
      monthlyBudget: fc.double({ min: 0, max: 1e8, noNaN: true }),
      brandShare: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['fromMonth', 'span'] },
  )
  .map(({ fromMonth, span, ...rest }) => ({ fromMonth, toMonth: Math.min(120, fromMonth + span), ...rest }));

/** Any valid scenario; `limits` narrows the sizes for the agent engine's running time. */
export function scenarioArbitrary(limits: { maxBuyers?: number; maxHorizon?: number } = {}): fc.Arbitrary<Scenario> {
  const fields = Object.fromEntries(parameterKeys.map((key) => [key, valueOf(key)])) as Record<
    string,
    fc.Arbitrary<unknown>
  >;
  if (limits.maxBuyers) fields['buyers'] = fc.integer({ min: parameters.buyers.min, max: limits.maxBuyers });
  if (limits.maxHorizon) fields['horizonMonths'] = fc.integer({ min: 1, max: limits.maxHorizon });
  return fc.record({ ...fields, schedule: fc.array(segment, { maxLength: 4 }) }).map((raw) => {
    const scenario = raw as unknown as Scenario;
    if (scenario.windowMonths >= scenario.cycleMonths) scenario.windowMonths = scenario.cycleMonths - 1;
    return scenario;
  });
}

/** One fixed seed for every property run: a property test must not be flaky. */
export const PROPERTY_SEED = 20_261_122;

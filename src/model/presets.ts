// Named presets (MODEL.md section 9): partial scenarios that the reader can apply on top of
// the current one. They go through the same schema as everything else, so a typo here fails
// at import time and in the tests rather than on a reader's screen.

import * as z from 'zod/mini';
import { scenarioFields } from './scenario.ts';
import type { ScenarioPatch } from './scenario.ts';

export interface Preset {
  id: string;
  label: string;
  /** One sentence on where the numbers come from. */
  note: string;
  patch: ScenarioPatch;
}

const presetSchema = z.partial(scenarioFields);

function preset(id: string, label: string, note: string, patch: z.input<typeof presetSchema>): Preset {
  // zod fills defaults even in a partial schema; keep only the fields the preset names.
  const parsed = presetSchema.parse(patch) as Record<string, unknown>;
  const named = Object.fromEntries(Object.keys(patch).map((key) => [key, parsed[key]])) as ScenarioPatch;
  return Object.freeze({ id, label, note, patch: Object.freeze(named) });
}

export const marketPresets: readonly Preset[] = Object.freeze([
  preset(
    'enterprise-services',
    'Enterprise services',
    'Business services change supplier about once every five years (Dawes, 2021).',
    {
      cycleMonths: 60,
      windowMonths: 3,
    },
  ),
  preset(
    'smb-crm',
    'SMB CRM',
    'Small businesses replace their CRM about once every four years, deciding within two months.',
    {
      cycleMonths: 48,
      windowMonths: 2,
    },
  ),
  preset(
    'auto-insurance',
    'Auto insurance',
    'Policies renew yearly and shoppers switch every year or two; search clicks are among the dearest.',
    {
      cycleMonths: 18,
      windowMonths: 1,
      medianCpc: 50,
    },
  ),
  preset('solar', 'Solar', 'A household buys solar panels about once a decade.', {
    cycleMonths: 120,
    windowMonths: 3,
  }),
]);

export const stagePresets: readonly Preset[] = Object.freeze([
  preset(
    'startup',
    'Startup (20/80)',
    '20% brand, 80% activation: an early company living on this quarter\u2019s pipeline.',
    { brandShare: 0.2 },
  ),
  preset('growth', 'Growth (50/50)', 'An even split for a company building its category position.', {
    brandShare: 0.5,
  }),
  preset('established', 'Established (60/40)', 'Binet & Field\u2019s 60% brand, 40% activation.', { brandShare: 0.6 }),
]);

// The settings the figures of "Activation saturates" share: activation only, the spend labelled
// as such, market presets. What the spend buys is the model's (src/model/response.ts).

import { marketPresetsFor } from './common.ts';
import type { ParameterKey } from '../model/index.ts';

export const activationControls: ParameterKey[] = [
  'monthlyBudget',
  'medianCpc',
  'cpcSpread',
  'cycleMonths',
  'clickToLeadCold',
  'clickToLeadWarm',
];

/** The settings block of the chapter's figures: activation only, spend labelled as such. */
export const activationSettings = {
  premise: { patch: { brandShare: 0 }, reason: 'activation only, the whole monthly budget goes to search' },
  controls: activationControls,
  overrides: {
    monthlyBudget: {
      label: 'Activation spend',
      description: 'Spend on search each month; nothing goes to brand.',
      max: 150_000,
      step: 500,
    },
    medianCpc: { max: 300, step: 0.5 },
  },
  presets: marketPresetsFor(activationControls),
};

// Where the dataset comes from on a page that edits scenarios of its own (the planner): that page
// registers a provider, and the dataset island asks it for the scenario at the moment a dataset is
// built. Both islands import this module and neither imports the other, so there is one copy of
// the page's state (the planner's) and no import cycle. A page whose dataset section says
// `data-dataset-source="page"` builds nothing until its provider is registered.

import type { Scenario } from '../model/scenario.ts';

export interface DatasetSource {
  scenario: Scenario;
  /** The scenario's name, for the status line. */
  name: string;
}

type Provider = () => DatasetSource;

let provider: Provider | null = null;
const waiting: ((provider: Provider) => void)[] = [];

/** Registers the page's provider (the latest registration wins). */
export function provideDatasetSource(next: Provider): void {
  provider = next;
  for (const resolve of waiting.splice(0)) resolve(next);
}

/** The page's scenario now, once a provider is registered. */
export async function pageDatasetSource(): Promise<DatasetSource> {
  const current = provider ?? (await new Promise<Provider>((resolve) => waiting.push(resolve)));
  return current();
}

// Builds a synthetic marketing-mix dataset off the main thread (MODEL.md section 16) and
// reports progress; the text it returns is what Node's datasetCsv gives for the same seed.

import { datasetCsv, datasetJson, syntheticDataset } from '../model/dataset.ts';
import type { Scenario } from '../model/scenario.ts';

export interface DatasetRequest {
  scenario: Scenario;
  seed: number;
  noise: number;
  weeks: number;
}

export type DatasetMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'result'; csv: string; json: string; rows: number }
  | { kind: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DatasetRequest>) => void) | null;
  postMessage(message: DatasetMessage): void;
};

scope.onmessage = (event) => {
  const { scenario, seed, noise, weeks } = event.data;
  try {
    const dataset = syntheticDataset(scenario, {
      seed,
      noise,
      weeks,
      onProgress: (done) => scope.postMessage({ kind: 'progress', done }),
    });
    scope.postMessage({
      kind: 'result',
      csv: datasetCsv(dataset.rows),
      json: datasetJson(dataset.truth),
      rows: dataset.rows.length,
    });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

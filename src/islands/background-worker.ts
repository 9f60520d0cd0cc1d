// Runs a figure's background job off the main thread, so input is never blocked: the
// uncertainty band's many agent runs, reported as seeds complete.

import { cplBands } from '../model/bands.ts';
import type { BandJob, BandResult } from '../model/bands.ts';

export interface BackgroundMessage {
  done: boolean;
  result: BandResult;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BandJob>) => void) | null;
  postMessage(message: BackgroundMessage): void;
};

scope.onmessage = (event) => {
  const result = cplBands(event.data, (partial) => scope.postMessage({ done: false, result: partial }));
  scope.postMessage({ done: true, result });
};

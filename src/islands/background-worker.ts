// Runs a figure's background job off the main thread, so input is never blocked: the
// uncertainty band's many agent runs, reported as seeds complete. One worker serves a figure
// for its whole life; it yields between seeds, and a newer job replaces the one in progress.

import { bandAccumulator } from '../model/bands.ts';
import type { BandJob, BandResult } from '../model/bands.ts';

export interface BackgroundMessage {
  id: number;
  done: boolean;
  result: BandResult;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; job: BandJob }>) => void) | null;
  postMessage(message: BackgroundMessage): void;
};

let latest = 0;

scope.onmessage = (event) => {
  latest = event.data.id;
  void run(event.data.id, event.data.job);
};

async function run(id: number, job: BandJob): Promise<void> {
  const bands = bandAccumulator(job);
  for (let seed = 1; seed <= job.seeds; seed++) {
    // Let a newer job's message in; if one came, this job is stale.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (id !== latest) return;
    bands.addSeed(seed);
    if (seed % 2 === 0 || seed === job.seeds)
      scope.postMessage({ id, done: seed === job.seeds, result: bands.result() });
  }
}

// Runs figures' background jobs off the main thread, so input is never blocked. Each job kind
// is a generator that yields partial results; between yields the worker lets newer messages
// in, and a newer job replaces the one in progress. One worker serves a figure for its life.

// The worker imports the model module it needs directly, not the model's index: the index
// would pull the schema and every engine into the worker's bundle.
import { bandAccumulator } from '../model/bands.ts';
import type { BandJob } from '../model/bands.ts';

type Step = { result: unknown; done: boolean } | null;

/**
 * Job kinds by name. Each yields after every unit of work: `{result, done}` to report, or null
 * to let newer messages in without reporting.
 */
const kinds: Record<string, (payload: never) => Generator<Step>> = {
  *band(job: BandJob) {
    const bands = bandAccumulator(job);
    for (let seed = 1; seed <= job.seeds; seed++) {
      bands.addSeed(seed);
      yield seed % 2 === 0 || seed === job.seeds ? { result: bands.result(), done: seed === job.seeds } : null;
    }
  },
};

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; kind: string; payload: unknown }>) => void) | null;
  postMessage(message: { id: number; done: boolean; result: unknown }): void;
};

let latest = 0;

scope.onmessage = (event) => {
  latest = event.data.id;
  void run(event.data.id, event.data.kind, event.data.payload);
};

async function run(id: number, kind: string, payload: unknown): Promise<void> {
  const job = Object.hasOwn(kinds, kind) ? kinds[kind]! : null;
  if (!job) throw new Error(`unknown background job: ${kind}`);
  const steps = job(payload as never);
  for (;;) {
    // Let a newer job's message in; if one came, this job is stale.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (id !== latest) return;
    const step = steps.next();
    if (step.done) return;
    if (step.value) scope.postMessage({ id, ...step.value });
  }
}

// A figure's background job: work too slow for an input event (the uncertainty band's many
// agent runs) done in a worker. Generic: the figure names a job kind registered in
// background-worker.ts and a payload; results arrive as the job progresses. A newer payload
// replaces the one in progress, and a job starts only once input has paused.

/** A background job starts once input has paused this long: dragging a slider restarts nothing. */
const DEBOUNCE_MS = 200;

export interface BackgroundUpdate {
  result: unknown;
  done: boolean;
}

export class BackgroundJob {
  private worker: Worker | null = null;
  private id = 0;
  private key = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  latest: BackgroundUpdate | null = null;

  constructor(
    private readonly kind: string,
    private readonly onUpdate: () => void,
    private readonly onError: () => void,
  ) {}

  /** Runs `payload` (or stops, for null); a payload equal to the running one changes nothing. */
  update(payload: unknown | null): void {
    if (payload === null) {
      this.stop();
      return;
    }
    const key = JSON.stringify(payload);
    if (key === this.key) return;
    // The running job is stale: drop its result now, start the new one when input pauses.
    this.key = key;
    this.latest = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.post(payload), DEBOUNCE_MS);
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.key = '';
    this.latest = null;
    if (this.timer) clearTimeout(this.timer);
  }

  private post(payload: unknown): void {
    if (!this.worker) {
      const worker = new Worker(new URL('./background-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ id: number; done: boolean; result: unknown }>) => {
        if (event.data.id !== this.id) return;
        this.latest = { result: event.data.result, done: event.data.done };
        this.onUpdate();
      };
      worker.onerror = () => this.onError();
      this.worker = worker;
    }
    this.id++;
    this.worker.postMessage({ id: this.id, kind: this.kind, payload });
  }
}

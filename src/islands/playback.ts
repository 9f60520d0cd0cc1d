// Playback of a figure month by month: play, pause, step and rewind. Under reduced motion the
// months advance only when asked, one step per press, and the live summary is left to announce.

const PLAY_INTERVAL_MS = 700;

export interface PlaybackTarget {
  /** The month shown now and the last one. */
  value(): number;
  max: number;
  /** Shows a month; the figure redraws. */
  show(month: number): void;
  /** The play button and the summary whose announcements pause while playing. */
  button: HTMLElement | null;
  summary: HTMLElement;
}

export class Playback {
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly target: PlaybackTarget) {}

  get playing(): boolean {
    return this.timer !== null;
  }

  toggle(): void {
    if (this.timer) this.stop();
    else this.play();
  }

  play(): void {
    if (this.reducedMotion.matches) {
      this.advance();
      return;
    }
    if (this.target.value() >= this.target.max) this.target.show(1);
    this.target.summary.setAttribute('aria-live', 'off');
    this.target.button?.setAttribute('aria-pressed', 'true');
    if (this.target.button) this.target.button.textContent = 'Pause';
    this.timer = setInterval(() => {
      if (!this.advance()) this.stop();
    }, PLAY_INTERVAL_MS);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.target.button?.setAttribute('aria-pressed', 'false');
    if (this.target.button) this.target.button.textContent = 'Play';
    this.target.summary.setAttribute('aria-live', 'polite');
  }

  /** One month on; false at the last month. */
  advance(): boolean {
    const next = this.target.value() + 1;
    if (next > this.target.max) return false;
    this.target.show(next);
    return true;
  }

  rewind(): void {
    this.stop();
    this.target.show(1);
  }
}

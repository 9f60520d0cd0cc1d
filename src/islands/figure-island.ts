// The live figure: wires the generated controls to the model and the chart. It owns the
// figure's DOM and its event handlers; the definition computes and draws, the URL keeps state.

import { parseScenario, readNumber } from '../model/scenario.ts';
import type { ParameterKey } from '../model/parameters.ts';
import { parameters } from '../model/parameters.ts';
import { formatValue } from '../site/format.ts';
import { figureByName } from '../figures/registry.ts';
import { buildFigureBody, buildPlot, buildTable, controlId, settingValue } from '../figures/render.ts';
import type { FigureDefinition, FigureState } from '../figures/types.ts';
import { defaultState, readState, strayParams, writeState } from '../figures/url-state.ts';

const PLAY_INTERVAL_MS = 700;
/** A background job starts once input has paused this long: dragging a slider restarts nothing. */
const BACKGROUND_DEBOUNCE_MS = 200;

export function hydrateAll(figures: HTMLElement[]): void {
  const notice = document.querySelector<HTMLElement>('.page-notice');
  const namespaces = figures.map((f) => f.dataset['namespace'] ?? '');
  const stray = strayParams(location.search, namespaces);
  if (notice && stray.length) showProblems(notice, stray, 'Some settings in this page\u2019s address were ignored:');
  for (const figure of figures) hydrate(figure);
}

export function hydrate(root: HTMLElement): void {
  if (root.dataset['live'] === 'true') return;
  root.dataset['live'] = 'true';
  try {
    new LiveFigure(root, figureByName(root.dataset['figure'] ?? ''));
  } catch (error) {
    // The static figure stays on the page; say why it is not interactive.
    const notice = root.querySelector<HTMLElement>('.figure-notice');
    if (notice)
      showProblems(notice, [String(error instanceof Error ? error.message : error)], 'This figure could not start:');
  }
}

function showProblems(notice: HTMLElement, problems: readonly string[], heading: string): void {
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const lead = document.createElement('strong');
  lead.textContent = heading;
  notice.replaceChildren(lead, list);
  notice.hidden = false;
}

class LiveFigure {
  private state: FigureState;
  private rows: unknown;
  private rowsKey = '';
  private width = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private worker: Worker | null = null;
  private jobId = 0;
  private backgroundTimer: ReturnType<typeof setTimeout> | null = null;
  private backgroundKey = '';
  private backgroundResult: unknown = null;
  private backgroundDone = false;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  private readonly plot: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly data: HTMLElement;
  private readonly notice: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly definition: FigureDefinition<unknown>,
  ) {
    const { state, problems } = readState(definition, location.search);
    this.state = state;
    this.rows = this.compute();
    const staticBody = root.querySelector('.figure-body');
    this.width = this.measure(staticBody?.querySelector('.figure-plot') ?? root);
    const body = buildFigureBody(definition, state, this.rows, document, { width: this.width, interactive: true });
    if (definition.background && state.extras[definition.background.toggle] === 1) queueMicrotask(() => this.redraw());
    if (staticBody) staticBody.replaceWith(body);
    else root.append(body);
    this.plot = body.querySelector('.figure-plot')!;
    this.summary = body.querySelector('.figure-summary')!;
    this.data = body.querySelector('.figure-data')!;
    this.notice = body.querySelector('.figure-notice')!;
    if (problems.length) this.warn(problems);
    this.wire(body);
    this.updateNumbers();
    new ResizeObserver(() => {
      const width = this.measure(this.plot);
      if (Math.abs(width - this.width) >= 8) {
        this.width = width;
        this.redraw();
      }
    }).observe(this.plot);
  }

  private measure(element: Element): number {
    const width = Math.floor(element.getBoundingClientRect().width);
    return width >= 240 ? Math.min(width, 1400) : 320;
  }

  private warn(problems: readonly string[]): void {
    showProblems(this.notice, problems, 'Some settings were replaced by safe values:');
  }

  private compute(): unknown {
    // Playback changes only which month is drawn: keep the computed rows across it.
    const playback = this.definition.playback?.setting;
    const extras = { ...this.state.extras };
    if (playback) delete extras[playback];
    const key = JSON.stringify([this.state.scenario, extras]);
    if (key !== this.rowsKey) {
      this.rows = this.definition.compute(this.state);
      this.rowsKey = key;
    }
    return this.rows;
  }

  private wire(body: HTMLElement): void {
    body.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      const key = target.dataset['setting'];
      if (!key) return;
      performance.mark('figure-input');
      const value =
        target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? '1' : '0') : target.value;
      this.set(key, value, target.type === 'number' && event.type === 'input');
    });
    body.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      // A number field is settled on change: now report and repair what was typed.
      if (target.type === 'number' && target.dataset['setting'])
        this.set(target.dataset['setting'], target.value, false);
    });
    body.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      if (!button) return;
      this.act(button.dataset['action']!, button);
    });
    this.root.querySelector('[data-action="copy-link"]')?.addEventListener('click', (event) => {
      const link = new URL(location.href);
      link.hash = this.root.id;
      if (navigator.clipboard) {
        event.preventDefault();
        history.replaceState(null, '', link);
        void navigator.clipboard.writeText(link.href).then(
          () => this.flash('Link copied'),
          () => this.flash('Copy the address from the address bar'),
        );
      }
    });
  }

  private flash(message: string): void {
    const link = this.root.querySelector<HTMLElement>('[data-action="copy-link"]');
    if (!link) return;
    const original = 'Link to this figure';
    link.textContent = message;
    setTimeout(() => (link.textContent = original), 1600);
  }

  /** Applies one setting from a control; `typing` defers messages until the field is settled. */
  private set(key: string, raw: string, typing: boolean): void {
    const problems: string[] = [];
    if (Object.hasOwn(this.definition.extras, key)) {
      const read = readNumber(`${this.definition.namespace}.${key}`, raw, this.definition.extras[key]!);
      if (read.problem) {
        if (typing) return;
        problems.push(read.problem);
      }
      this.state = { ...this.state, extras: { ...this.state.extras, [key]: read.value } };
    } else {
      const parsed = parseScenario({ ...this.state.scenario, [key]: raw });
      problems.push(...parsed.problems.map((p) => `${this.definition.namespace}.${p}`));
      this.state = { ...this.state, scenario: parsed.scenario };
    }
    if (problems.length) this.warn(problems);
    else this.notice.hidden = true;
    this.syncControls(key);
    this.redraw();
  }

  private act(action: string, button: HTMLElement): void {
    switch (action) {
      case 'preset': {
        const preset = this.definition.presets.find((p) => p.id === button.dataset['preset']);
        if (!preset) return;
        const parsed = parseScenario({ ...this.state.scenario, ...preset.patch });
        this.state = { ...this.state, scenario: parsed.scenario };
        break;
      }
      case 'reset':
        this.stop();
        this.state = defaultState(this.definition);
        this.notice.hidden = true;
        break;
      case 'play':
        if (this.timer) this.stop();
        else this.play();
        return;
      case 'step':
        this.stop();
        this.advance();
        return;
      case 'rewind':
        this.stop();
        this.setPlayback(1);
        return;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void this.root.requestFullscreen?.();
        return;
      case 'download-svg':
        this.download(new Blob([this.svgText()], { type: 'image/svg+xml' }), 'svg');
        return;
      case 'download-png':
        void this.png().then((blob) => blob && this.download(blob, 'png'));
        return;
      default:
        return;
    }
    performance.mark('figure-input');
    this.syncControls();
    this.redraw();
  }

  // Playback ------------------------------------------------------------------------------

  private get playbackKey(): string | undefined {
    return this.definition.playback?.setting;
  }

  private play(): void {
    const button = this.root.querySelector<HTMLElement>('[data-action="play"]');
    // With reduced motion the months advance only when asked: one step per press.
    if (this.reducedMotion.matches) {
      this.advance();
      return;
    }
    const key = this.playbackKey;
    if (!key) return;
    if (this.state.extras[key]! >= this.definition.extras[key]!.max) this.setPlayback(1);
    this.summary.setAttribute('aria-live', 'off');
    button?.setAttribute('aria-pressed', 'true');
    if (button) button.textContent = 'Pause';
    this.timer = setInterval(() => {
      if (!this.advance()) this.stop();
    }, PLAY_INTERVAL_MS);
  }

  private stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    const button = this.root.querySelector<HTMLElement>('[data-action="play"]');
    button?.setAttribute('aria-pressed', 'false');
    if (button) button.textContent = 'Play';
    this.summary.setAttribute('aria-live', 'polite');
  }

  /** Moves playback one month on; false at the last month. */
  private advance(): boolean {
    const key = this.playbackKey;
    if (!key) return false;
    const next = this.state.extras[key]! + 1;
    if (next > this.definition.extras[key]!.max) return false;
    this.setPlayback(next);
    return true;
  }

  private setPlayback(value: number): void {
    const key = this.playbackKey!;
    performance.mark('figure-input');
    this.state = { ...this.state, extras: { ...this.state.extras, [key]: value } };
    this.syncControls(key);
    this.redraw();
  }

  // Drawing ------------------------------------------------------------------------------

  /** Puts each control's value and formatted output in step with the state. */
  private syncControls(only?: string): void {
    const keys = only ? [only] : [...this.definition.controls, ...Object.keys(this.definition.extras)];
    for (const key of keys) {
      const id = controlId(this.definition, key);
      const input = this.root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(id)}`);
      const output = this.root.querySelector<HTMLOutputElement>(`#${CSS.escape(`${id}-value`)}`);
      const value = settingValue(this.state, key);
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Boolean(value);
      else if (input && input.value !== String(value) && document.activeElement !== input) input.value = String(value);
      if (input && input.type === 'range' && input.value !== String(value)) input.value = String(value);
      const spec = Object.hasOwn(this.definition.extras, key)
        ? this.definition.extras[key]
        : parameters[key as ParameterKey];
      if (output && spec && spec.kind === 'number') {
        const text = formatValue(Number(value), spec.format);
        output.textContent = text;
        if (input?.type === 'range') input.setAttribute('aria-valuetext', text);
      }
    }
  }

  /** The rows to draw: computed, plus the background result while it is switched on. */
  private currentRows(): unknown {
    const rows = this.compute();
    const background = this.definition.background;
    return background && this.backgroundResult ? background.merge(rows, this.backgroundResult) : rows;
  }

  /** Starts, replaces or stops the background job to match the state. */
  private syncBackground(): void {
    const background = this.definition.background;
    if (!background) return;
    if (this.state.extras[background.toggle] !== 1) {
      this.worker?.terminate();
      this.worker = null;
      this.backgroundKey = '';
      this.backgroundResult = null;
      if (this.backgroundTimer) clearTimeout(this.backgroundTimer);
      return;
    }
    const job = background.job(this.state);
    const key = JSON.stringify(job);
    if (key === this.backgroundKey) return;
    // The running job is stale: drop its band now, start the new one when input pauses.
    this.backgroundKey = key;
    this.backgroundResult = null;
    this.backgroundDone = false;
    if (this.backgroundTimer) clearTimeout(this.backgroundTimer);
    this.backgroundTimer = setTimeout(() => this.postJob(job), BACKGROUND_DEBOUNCE_MS);
  }

  private postJob(job: unknown): void {
    if (!this.worker) {
      const worker = new Worker(new URL('./background-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ id: number; done: boolean; result: unknown }>) => {
        if (event.data.id !== this.jobId) return;
        this.backgroundResult = event.data.result;
        this.backgroundDone = event.data.done;
        this.redraw();
      };
      worker.onerror = () => this.warn(['The uncertainty band could not be computed in this browser.']);
      this.worker = worker;
    }
    this.jobId++;
    this.worker.postMessage({ id: this.jobId, job });
  }

  private redraw(): void {
    this.syncBackground();
    const rows = this.currentRows();
    const chart = buildPlot(this.definition, rows, this.state, document, this.width);
    this.plot.replaceChildren(chart);
    // While the band fills in, announce only its final state.
    const partial = this.definition.background && this.backgroundResult && !this.backgroundDone;
    if (!partial) this.summary.textContent = this.definition.summary(rows, this.state);
    const table = buildTable(this.definition, rows, this.state, document);
    this.data.querySelector('.figure-table')?.replaceWith(table);
    this.updateNumbers();
    const search = writeState(this.definition, this.state, location.search);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    performance.mark('figure-redrawn');
    try {
      performance.measure('figure-redraw', 'figure-input', 'figure-redrawn');
      // Each input is measured once; redraws that no input caused (a resize, a background
      // result) leave no measure.
      performance.clearMarks('figure-input');
    } catch {
      // No input mark: nothing to measure.
    }
  }

  private updateNumbers(): void {
    const stats = this.definition.stats(this.compute(), this.state);
    for (const node of document.querySelectorAll<HTMLElement>(`[data-num^="${this.definition.name}:"]`)) {
      const stat = node.dataset['num']!.slice(this.definition.name.length + 1);
      if (Object.hasOwn(stats, stat)) node.textContent = stats[stat]!;
    }
  }

  // Presenter's tools ----------------------------------------------------------------------

  private svgText(): string {
    const svg = this.plot.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const style = getComputedStyle(this.root);
    svg.setAttribute(
      'style',
      `background:${style.getPropertyValue('--bg')};color:${style.color};font-family:${style.fontFamily}`,
    );
    return new XMLSerializer().serializeToString(svg);
  }

  private async png(): Promise<Blob | null> {
    const svg = this.plot.querySelector('svg')!;
    const { width, height } = svg.getBoundingClientRect();
    const scale = 2;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([this.svgText()], { type: 'image/svg+xml' }));
    try {
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d')!;
      context.fillStyle = getComputedStyle(this.root).getPropertyValue('--bg') || '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  private download(blob: Blob, extension: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.definition.name}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

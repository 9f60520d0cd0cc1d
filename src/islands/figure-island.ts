// The live figure: wires the generated controls to the model and the chart. It owns the
// figure's DOM and its event handlers; the definition computes and draws, the page state holds
// the reader's numbers and the address, playback, background jobs and export have modules of
// their own.

import { inactiveReason } from '../model/index.ts';
import { formatValue } from '../lib/format.ts';
import { loadFigure } from '../figures/lazy.ts';
import {
  buildPlot,
  controlBounds,
  buildTable,
  controlId,
  mainControls,
  markInactive,
  settingKeys,
  settingSpec,
  settingValue,
} from '../views/render.ts';
import type { FigureDefinition, FigureState } from '../figures/types.ts';
import {
  layerOwn,
  noOwnSettings,
  ownNote,
  ownOverStep,
  ownParams,
  promotable,
  readFigure,
  setOwn,
  stateFrom,
  stepNote,
} from '../figures/url-state.ts';
import type { OwnSettings } from '../figures/url-state.ts';
import { safeKey } from '../state/query.ts';
import type { BackgroundJob } from './background.ts';
import { pageState } from './page-state.ts';
import type { PageState } from './page-state.ts';
import type { Playback } from './playback.ts';
import type { Handles } from './handles.ts';
import { showProblems } from './problems.ts';

let pageChecked = false;

/** Notices about the address as a whole: keys no figure here reads, migrations, bad reader numbers. */
function checkPage(page: PageState): void {
  if (pageChecked) return;
  pageChecked = true;
  const notice = document.querySelector<HTMLElement>('.page-notice');
  const namespaces = new Set(
    Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'), (f) => f.dataset['namespace'] ?? ''),
  );
  const stray = [
    ...page.query.stray,
    ...Object.keys(page.query.figures)
      .filter((ns) => !namespaces.has(ns))
      .map((ns) => `${safeKey(`${ns}.`)} settings belong to no figure on this page; ignored`),
    ...(Object.keys(page.query.scenarios).length
      ? ['Scenarios (s1., s2., s3.) are read by the planner; ignored here']
      : []),
    ...page.reader.problems.map((p) => `Your numbers: ${p}`),
  ];
  if (notice && stray.length)
    showProblems(notice, stray, 'Some settings in this page\u2019s address were replaced or ignored:');
  if (notice && page.query.notes.length) {
    const note = document.createElement('p');
    note.textContent = page.query.notes.join(' ');
    notice.append(note);
    notice.hidden = false;
  }
}

/** Brings every figure given to life; resolves when all have started (or failed to). */
export async function hydrateAll(figures: HTMLElement[]): Promise<void> {
  const page = pageState();
  checkPage(page);
  await Promise.all(figures.map((figure) => hydrate(figure)));
  // The address is rewritten in the current scheme (with its version) once everything has read it.
  page.setScenarios({});
}

type Tools = typeof import('./figure-tools.ts');
let tools: Promise<Tools> | null = null;
/** The figure's tools (link, embed, full screen, lesson modes): loaded once, when first needed. */
const loadTools = (): Promise<Tools> => (tools ??= import('./figure-tools.ts'));

/** A page key of the address (`controls`, `step`), if it is there. */
function pageKey(page: PageState, key: string): string | undefined {
  return page.query.page.find(([k]) => k === key)?.[1];
}

const started = new WeakMap<HTMLElement, Promise<void>>();
const live = new WeakMap<HTMLElement, LiveFigure>();

/** The live figure of a root element, once hydrated: what steps and presenter scenes drive. */
export function liveFigure(root: HTMLElement): LiveFigure | undefined {
  return live.get(root);
}

/** Loads one figure's code and brings it to life; a second call waits for the first. */
export function hydrate(root: HTMLElement): Promise<void> {
  const running = started.get(root);
  if (running) return running;
  const start = loadFigure(root.dataset['figure'] ?? '').then(
    async (definition) => {
      // Playback and background bands are code of their own, loaded only by figures that have them.
      const page = pageState();
      const [playback, background, handles, modes] = await Promise.all([
        definition.playback ? import('./playback.ts') : null,
        definition.background ? import('./background.ts') : null,
        definition.handles?.length ? import('./handles.ts') : null,
        // An address with a lesson mode (controls=, step=) needs the tools before the figure is shown.
        pageKey(page, 'controls') !== undefined || pageKey(page, 'step') !== undefined ? loadTools() : null,
      ]);
      root.dataset['live'] = 'true';
      live.set(
        root,
        new LiveFigure(root, definition, page, {
          Playback: playback?.Playback ?? null,
          BackgroundJob: background?.BackgroundJob ?? null,
          Handles: handles?.Handles ?? null,
          modes,
        }),
      );
      root.dispatchEvent(new CustomEvent('demand-lab:live'));
    },
    (error: unknown) => fail(root, error),
  );
  started.set(
    root,
    start.catch((error: unknown) => fail(root, error)),
  );
  checkPage(pageState());
  return started.get(root)!;
}

/** The static figure stays on the page; say why it is not interactive. */
function fail(root: HTMLElement, error: unknown): void {
  root.dataset['live'] = 'true';
  const notice = root.querySelector<HTMLElement>('.figure-notice');
  if (notice)
    showProblems(notice, [String(error instanceof Error ? error.message : error)], 'This figure could not start:');
}

/** Label size of a chart on a presentation stage. */
const STAGE_LABEL_PX = 24;

/** A step of a <Steps> block as the figure applies it. */
export interface FigureStep {
  n: number;
  count: number;
  set: Record<string, string>;
  show: string[];
}

export class LiveFigure {
  private own: OwnSettings;
  /** The step being read, whose settings sit under the reader's own changes in this figure. */
  private step: { n: number; count: number; own: OwnSettings } | null = null;
  private state: FigureState;
  private rows: unknown;
  private rowsKey = '';
  private rowsState: FigureState | null = null;
  /** The live numbers in the prose that quote this figure: found once. */
  private nums: HTMLElement[] | null = null;
  private width = 0;
  private readonly plot: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly data: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly ownLine: HTMLElement | null;
  private readonly playback: Playback | null;
  private readonly background: BackgroundJob | null;
  private readonly handles: Handles | null;

  constructor(
    private readonly root: HTMLElement,
    private readonly definition: FigureDefinition<unknown>,
    private readonly page: PageState,
    modules: {
      Playback: typeof Playback | null;
      BackgroundJob: typeof BackgroundJob | null;
      Handles: typeof Handles | null;
      /** Loaded only when the address asks for a lesson mode. */
      modes: Tools | null;
    },
  ) {
    const { state, own, problems } = readFigure(
      definition,
      page.reader.scenario,
      page.query.figures[definition.namespace],
    );
    this.own = own;
    this.state = state;
    this.rows = this.compute();
    // The build drew the figure at its defaults with its controls disabled: the live figure takes
    // that DOM over (controls enabled and set to the reader's numbers, the chart redrawn at this
    // width) instead of building it again.
    const body = root.querySelector<HTMLElement>('.figure-body');
    if (!body) throw new Error('the page has no drawing of this figure to bring to life');
    activate(body);
    this.width = this.measure(body.querySelector('.figure-plot') ?? root);
    this.plot = body.querySelector('.figure-plot')!;
    this.summary = body.querySelector('.figure-summary')!;
    this.data = body.querySelector('.figure-data')!;
    this.notice = body.querySelector('.figure-notice')!;
    this.ownLine = body.querySelector('.figure-own');
    this.playback =
      definition.playback && modules.Playback
        ? new modules.Playback({
            value: () => this.state.extras[definition.playback!.setting]!,
            max: definition.extras[definition.playback.setting]!.max,
            show: (month) => this.set(definition.playback!.setting, month, false, true),
            button: body.querySelector('[data-action="play"]'),
            summary: this.summary,
          })
        : null;
    this.background =
      definition.background && modules.BackgroundJob
        ? new modules.BackgroundJob(
            definition.background.kind,
            () => this.redraw(),
            () =>
              this.warn([`This figure\u2019s ${definition.background!.label} could not be computed in this browser.`]),
          )
        : null;
    if (problems.length) this.warn(problems);
    const mode = modules.modes?.controlsMode(pageKey(page, 'controls') ?? '') ?? { kind: 'all' as const };
    modules.modes?.applyControlsMode(body, mode, definition);
    // The controls a lesson names are the ones beside the picture, not behind "All settings".
    if (mode.kind === 'only') this.arrangeControls(settingKeys(definition).filter((key) => mode.keys.has(key)));
    // Handles move settings: not in a figure whose controls a lesson has locked or hidden.
    this.handles =
      definition.handles && modules.Handles && (mode.kind === 'all' || mode.kind === 'only')
        ? new modules.Handles(
            this.plot,
            definition.handles.filter((h) => mode.kind === 'all' || mode.keys.has(h.setting)),
            {
              state: () => this.state,
              value: (key) => Number(settingValue(this.state, key)),
              definition,
              set: (key, value) => {
                performance.mark('figure-input');
                this.set(key, value, false);
              },
            },
          )
        : null;
    this.handles?.place();
    this.wire(body);
    this.page.setFigure(definition.namespace, ownParams(own));
    this.syncControls();
    this.updateOwn();
    this.redraw();
    if (modules.modes) this.openStep(modules.modes);
    page.subscribe(() => {
      this.state = this.stateOf(this.own);
      performance.mark('figure-input');
      this.syncControls();
      this.redraw();
    });
    new ResizeObserver(() => {
      const width = this.measure(this.plot);
      const stage = this.stageSize();
      const key = stage ? `${stage.width}x${stage.height}` : '';
      if (Math.abs(width - this.width) >= 8 || key !== this.stageKey) {
        this.width = width;
        this.stageKey = key;
        this.redraw();
      }
    }).observe(this.plot);
  }

  private stageKey = '';

  /**
   * On a presentation stage the chart fills its box exactly and draws its labels at 24px (the
   * ticks smaller), so that it reads from the back of a room at any screen size.
   */
  private stageSize(): { width: number; height: number } | null {
    if (!this.root.closest('.stage')) return null;
    const box = this.plot.getBoundingClientRect();
    if (box.width < 100 || box.height < 100) return null;
    return { width: Math.floor(box.width), height: Math.floor(box.height) };
  }

  private measure(element: Element): number {
    const width = Math.floor(element.getBoundingClientRect().width);
    return width >= 240 ? Math.min(width, 1400) : 320;
  }

  private warn(problems: readonly string[]): void {
    showProblems(this.notice, problems, 'Some settings were replaced by safe values:');
  }

  private compute(): unknown {
    // The same state object computes once (a redraw asks for the rows, the values and the stats).
    if (this.state === this.rowsState) return this.rows;
    this.rowsState = this.state;
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
      this.set(key, value, target.type === 'number');
    });
    body.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      // A number field is settled on change: now report and repair what was typed.
      if (target.type === 'number' && target.dataset['setting'])
        this.set(target.dataset['setting'], target.value, false);
    });
    body.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      if (button) this.act(button.dataset['action']!, button);
    });
    this.root.querySelector('.figure-embed')?.addEventListener('toggle', () => this.updateEmbed());
    this.data.addEventListener('toggle', () => {
      if ((this.data as HTMLDetailsElement).open && this.data.dataset['stale']) this.rebuildTable(this.currentRows());
    });
    this.root.querySelector('[data-action="copy-link"]')?.addEventListener('click', (event) => {
      // Without a clipboard the link does what a link does: the address bar shows the figure's address.
      if (!navigator.clipboard) return this.page.flush();
      event.preventDefault();
      void loadTools().then((t) => t.copyLink(this.root, this.page));
    });
  }

  /** Applies one setting from a control; `typing` defers messages until the field is settled. */
  private set(key: string, raw: unknown, typing: boolean, fromPlayback = false): void {
    const reader = this.page.reader.scenario;
    const { own: effective, problems } = setOwn(this.definition, reader, this.effective(), key, raw);
    if (problems.length && typing) return;
    if (!fromPlayback) this.playback?.stop();
    this.own = ownOverStep(this.definition, reader, this.step?.own ?? null, effective);
    this.state = this.stateOf(this.own);
    if (problems.length) this.warn(problems);
    else this.notice.hidden = true;
    if (fromPlayback) performance.mark('figure-input');
    // Every control, not only this one: a rule across settings (the buying window is shorter than
    // the purchase cycle) may have moved another, and a control always shows what the model uses.
    this.syncControls(fromPlayback ? key : undefined);
    this.changed();
  }

  private changed(): void {
    this.page.setFigure(this.definition.namespace, ownParams(this.own));
    this.updateOwn();
    this.redraw();
  }

  /** The iframe snippet of the share menu, for this figure as it is now. */
  private updateEmbed(): void {
    if (this.root.querySelector('.figure-embed[open]'))
      void loadTools().then((t) => t.writeEmbed(this.root, this.definition, this.page, this.own));
  }

  private act(action: string, button: HTMLElement): void {
    switch (action) {
      case 'preset': {
        const preset = this.definition.presets.find((p) => p.id === button.dataset['preset']);
        if (!preset) return;
        const reader = this.page.reader.scenario;
        let effective = this.effective();
        for (const [key, value] of Object.entries(preset.patch))
          effective = setOwn(this.definition, reader, effective, key, value).own;
        this.own = ownOverStep(this.definition, reader, this.step?.own ?? null, effective);
        // A preset is a sound set of values: whatever was wrong before is gone.
        this.notice.hidden = true;
        break;
      }
      case 'reset':
        // Back to the reader's numbers: the figure's own experiments are dropped.
        this.playback?.stop();
        this.own = noOwnSettings();
        this.notice.hidden = true;
        break;
      case 'promote': {
        // The figure's experiments become the reader's numbers, so every figure shows them.
        const patch = promotable(this.definition, this.effective());
        if (Object.keys(patch).length === 0) return;
        const kept = Object.fromEntries(Object.entries(this.own.scenario).filter(([key]) => !(key in patch)));
        this.own = { scenario: kept, extras: this.own.extras };
        this.page.setFigure(this.definition.namespace, ownParams(this.own));
        performance.mark('figure-input');
        this.page.setReader(patch);
        this.updateOwn();
        return;
      }
      case 'play':
        this.playback?.toggle();
        return;
      case 'step':
        this.playback?.stop();
        this.playback?.advance();
        return;
      case 'rewind':
        this.playback?.rewind();
        return;
      case 'fullscreen':
        void loadTools().then((t) => t.toggleFullscreen(this.root));
        return;
      case 'download-svg':
        // Export is code of its own, loaded on the first download.
        void import('./export.ts').then(({ download, svgText }) =>
          download(new Blob([svgText(this.plot, this.root)], { type: 'image/svg+xml' }), `${this.definition.name}.svg`),
        );
        return;
      case 'download-png':
        void import('./export.ts').then(({ download, pngBlob }) =>
          pngBlob(this.plot, this.root).then((blob) => blob && download(blob, `${this.definition.name}.png`)),
        );
        return;
      default:
        return;
    }
    performance.mark('figure-input');
    this.state = this.stateOf(this.own);
    this.syncControls();
    this.changed();
  }

  /**
   * `?step=N` (an embed, an exercise's link) opens a figure that has steps at step N. Inside a
   * chapter's <Steps> block the scroll position chooses the step instead.
   */
  private openStep(modes: Tools): void {
    const raw = pageKey(this.page, 'step');
    if (raw === undefined || this.root.closest('[data-steps]')) return;
    const steps = JSON.parse(this.root.dataset['stepsJson'] ?? '[]') as Parameters<Tools['stepFromAddress']>[1];
    const { n, step, problem } = modes.stepFromAddress(raw, steps);
    if (problem) this.warn([problem]);
    if (step) this.applyStep({ n, count: steps.length, ...step }, { keepOwn: true });
  }

  /** The step's settings with the reader's own changes in this figure on top. */
  private effective(): OwnSettings {
    return layerOwn(this.step?.own ?? null, this.own);
  }

  private stateOf(own: OwnSettings): FigureState {
    return stateFrom(this.definition, this.page.reader.scenario, layerOwn(this.step?.own ?? null, own));
  }

  /** The step being read, if any (presenter scenes and embeds ask). */
  get currentStep(): number | null {
    return this.step?.n ?? null;
  }

  /**
   * Sets the figure to a step: the step's settings on top of the reader's numbers, the reader's
   * own changes of the previous step dropped, and the step's controls beside the picture. `null`
   * leaves the steps (the figure shows the reader's numbers and its usual controls).
   */
  applyStep(step: FigureStep | null, { keepOwn = false }: { keepOwn?: boolean } = {}): void {
    if ((step?.n ?? null) === (this.step?.n ?? null) && step?.count === this.step?.count) return;
    performance.mark('figure-input');
    this.playback?.stop();
    const reader = this.page.reader.scenario;
    this.step = step ? { n: step.n, count: step.count, own: readFigure(this.definition, reader, step.set).own } : null;
    if (!keepOwn) {
      this.own = noOwnSettings();
      this.notice.hidden = true;
    }
    this.state = this.stateOf(this.own);
    this.arrangeControls(step ? step.show : mainControls(this.definition));
    this.root.dataset['step'] = step ? String(step.n) : '';
    // A short fade between steps (none under prefers-reduced-motion: the CSS says so).
    this.plot.classList.remove('step-changed');
    void this.plot.offsetWidth;
    this.plot.classList.add('step-changed');
    this.syncControls();
    this.changed();
  }

  /** Puts the controls named beside the picture, in that order, and every other one under "All settings". */
  private arrangeControls(shown: readonly string[]): void {
    const main = this.root.querySelector<HTMLElement>('.figure-controls-main');
    const rest = this.root.querySelector<HTMLElement>('.figure-controls-rest');
    if (!main || !rest) return;
    const byKey = new Map(
      Array.from(this.root.querySelectorAll<HTMLElement>('.figure-controls [data-control]'), (c) => [
        c.dataset['control']!,
        c,
      ]),
    );
    for (const key of shown) {
      const control = byKey.get(key);
      if (control) main.append(control);
    }
    for (const key of settingKeys(this.definition)) {
      const control = byKey.get(key);
      if (control && !shown.includes(key)) rest.append(control);
    }
    main.hidden = !main.querySelector('[data-control]');
  }

  /** The line saying what this figure changed on top of the reader's numbers, and its two buttons. */
  private updateOwn(): void {
    if (!this.ownLine) return;
    const own = ownNote(this.definition, this.own);
    const step = this.step ? stepNote(this.definition, this.step.n, this.step.count, this.step.own) : null;
    const line = this.ownLine.querySelector<HTMLElement>('.figure-own-text');
    if (line) line.textContent = [step, own].filter(Boolean).join(' ') || 'Shows your numbers.';
    // A locked figure (controls=locked) keeps every button disabled.
    if (this.root.querySelector('[data-locked]')) return;
    // A button that can do nothing now is not shown.
    const promote = this.ownLine.querySelector<HTMLButtonElement>('[data-action="promote"]');
    if (promote)
      promote.hidden = promote.disabled = Object.keys(promotable(this.definition, this.effective())).length === 0;
    const reset = this.ownLine.querySelector<HTMLButtonElement>('[data-action="reset"]');
    if (reset) reset.hidden = reset.disabled = Object.keys(ownParams(this.own)).length === 0;
  }

  /** Each control's input, output and wrapper, found once (the controls are the build's, adopted). */
  private readonly controlNodes = new Map<
    string,
    { input: HTMLInputElement | HTMLSelectElement | null; output: HTMLOutputElement | null; wrap: Element | null }
  >();

  private nodesOf(key: string) {
    const known = this.controlNodes.get(key);
    if (known && (!known.input || known.input.isConnected)) return known;
    const id = controlId(this.definition, key);
    const input = this.root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(id)}`);
    const nodes = {
      input,
      output: this.root.querySelector<HTMLOutputElement>(`#${CSS.escape(`${id}-value`)}`),
      wrap: input?.closest('[data-control]') ?? null,
    };
    this.controlNodes.set(key, nodes);
    return nodes;
  }

  /** Puts each control's value and formatted output in step with the state. */
  private syncControls(only?: string): void {
    const keys = only ? [only] : [...this.definition.controls, ...Object.keys(this.definition.extras)];
    const locked = Boolean(this.root.querySelector('[data-locked]'));
    for (const key of keys) {
      const { input, output, wrap } = this.nodesOf(key);
      const value = settingValue(this.state, key);
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Boolean(value);
      else if (input && input.value !== String(value) && document.activeElement !== input) input.value = String(value);
      if (input && input.type === 'range') {
        // A value outside the slider's usual range (the reader's own numbers) widens it, as the build does.
        const bounds = controlBounds(this.definition, key, Number(value));
        if (bounds && (input.min !== String(bounds.min) || input.max !== String(bounds.max)))
          [input.min, input.max] = [String(bounds.min), String(bounds.max)];
        if (input.value !== String(value)) input.value = String(value);
      }
      const spec = settingSpec(this.definition, key);
      if (output && spec && spec.kind === 'number') {
        const text = formatValue(Number(value), spec.format);
        if (output.textContent !== text) output.textContent = text;
        if (input?.type === 'range' && input.getAttribute('aria-valuetext') !== text)
          input.setAttribute('aria-valuetext', text);
      }
      if (wrap && !locked) {
        const reason = inactiveReason(key, this.state.scenario);
        markInactive(document, wrap, reason);
        if (!reason) input!.disabled = false;
      }
    }
  }

  private backgroundOn(): boolean {
    const background = this.definition.background;
    return Boolean(background && this.state.extras[background.toggle] === 1);
  }

  /** The rows to draw: computed, plus the background result while it is switched on. */
  private currentRows(): unknown {
    const rows = this.compute();
    const background = this.definition.background;
    const latest = this.background?.latest;
    return background && latest ? background.merge(rows, latest.result) : rows;
  }

  private rebuildTable(rows: unknown): void {
    this.data.querySelector('.figure-table')?.replaceWith(buildTable(this.definition, rows, this.state, document));
    delete this.data.dataset['stale'];
  }

  private redraw(): void {
    const background = this.definition.background;
    if (background && this.background) this.background.update(this.backgroundOn() ? background.job(this.state) : null);
    const rows = this.currentRows();
    const stage = this.stageSize();
    // The summary is the chart's text alternative and the line under it: described once.
    const summary = this.definition.summary(rows, this.state);
    const chart = stage
      ? buildPlot(this.definition, rows, this.state, document, stage.width, stage.height, STAGE_LABEL_PX, summary)
      : buildPlot(this.definition, rows, this.state, document, this.width, undefined, undefined, summary);
    // Only the chart is replaced: the handles beside it keep their focus while they move.
    const old = this.plot.querySelector(':scope > .figure-svg');
    if (old) old.replaceWith(chart);
    else this.plot.prepend(chart);
    // While a background result fills in, announce only its final state.
    const partial = this.background?.latest && !this.background.latest.done;
    if (!partial) this.summary.textContent = summary;
    // A closed table is rebuilt when it is opened, not on every input.
    if ((this.data as HTMLDetailsElement).open) this.rebuildTable(rows);
    else this.data.dataset['stale'] = 'true';
    // Handles are placed where the new chart puts them once it is laid out, not by forcing a layout now.
    if (this.handles) requestAnimationFrame(() => this.handles?.place());
    this.updateNumbers();
    // The share menu's snippet is written when the menu is open, or when it opens.
    this.updateEmbed();
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
    // Predictions compare a reader's guess with these; they follow every change.
    if (this.definition.values)
      this.root.dataset['values'] = JSON.stringify(this.definition.values(this.compute(), this.state));
    const stats = this.definition.stats(this.compute(), this.state);
    this.nums ??= Array.from(document.querySelectorAll<HTMLElement>(`[data-num^="${this.definition.name}:"]`));
    for (const node of this.nums) {
      const stat = node.dataset['num']!.slice(this.definition.name.length + 1);
      if (Object.hasOwn(stats, stat)) node.textContent = stats[stat]!;
    }
  }
}

/** The build's drawing made live: its controls and buttons enabled (the figure's own line says which of its buttons can act). */
function activate(body: HTMLElement): void {
  body.dataset['state'] = 'live';
  for (const node of body.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
    'input[disabled], select[disabled], button[disabled]',
  ))
    if (!node.closest('.figure-own-line')) node.disabled = false;
  body.querySelector('.figure-own-line')?.removeAttribute('data-static');
}

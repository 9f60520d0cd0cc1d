// Presenter mode: `?present` turns a chapter into scenes for a projector (a title scene, one
// scene per figure with the figure large and its live summary in large type, a closing scene
// with the key numbers). Arrow keys, Space, Page Up/Down and Home/End step; Escape leaves; the
// scene is in the address. `P` opens a presenter window (current and next scene, speaker notes,
// a timer) kept in step over a BroadcastChannel: stepping in either window moves both.

import { pageState } from './page-state.ts';
import { describeReader } from '../state/reader.ts';
import { element as el } from './element.ts';
import { liveFigure } from './figure-island.ts';
import type { FigureStep } from './figure-island.ts';
import { readStep } from './steps.ts';

interface Scene {
  kind: 'title' | 'figure' | 'closing';
  title: string;
  /** The figure shown, for a figure scene. */
  figure?: HTMLElement;
  /** For a figure driven by steps, one scene per step: its passage is the scene's words. */
  step?: { element: HTMLElement; spec: FigureStep };
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function textOf(selector: string, root: ParentNode = document): string {
  return root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The scene number in the address: 1-based, clamped to the deck; 1 when missing or malformed. */
export function sceneFromSearch(search: string, count: number): number {
  const raw = new URLSearchParams(search).get('scene') ?? '';
  const n = /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : 1;
  return Math.min(Math.max(1, n), Math.max(1, count));
}

class Presentation {
  private readonly scenes: Scene[];
  private index = 0;
  private readonly stage: HTMLElement;
  private readonly body: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly channel: BroadcastChannel | null;
  private readonly placeholders = new Map<HTMLElement, Comment>();
  private readonly presenter: boolean;
  private readonly started = Date.now();
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor() {
    const params = new URLSearchParams(location.search);
    this.presenter = params.has('presenter');
    const chapterTitle = textOf('.chapter h1');
    const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'));
    this.scenes = [
      { kind: 'title', title: chapterTitle },
      ...figures.flatMap((figure): Scene[] => {
        const title = textOf('.figure-title', figure);
        const steps = Array.from(
          figure.closest('[data-steps]')?.querySelectorAll<HTMLElement>('.step[data-step]') ?? [],
        );
        if (steps.length === 0) return [{ kind: 'figure', title, figure }];
        return steps.map((element) => ({
          kind: 'figure',
          title,
          figure,
          step: { element, spec: readStep(element, steps.length) },
        }));
      }),
      { kind: 'closing', title: 'Key numbers' },
    ];
    this.stage = el('div', `stage${this.presenter ? ' stage-presenter' : ''}`);
    this.stage.setAttribute('role', 'region');
    this.stage.setAttribute('aria-roledescription', 'presentation');
    this.stage.setAttribute('aria-label', `${chapterTitle}: presentation`);
    this.body = el('div', 'stage-body');
    this.body.setAttribute('aria-live', 'polite');
    const bar = el('div', 'stage-bar');
    this.counter = el('span', 'stage-counter');
    const button = (text: string, action: () => void, label?: string) => {
      const b = el('button', 'stage-button', text);
      b.type = 'button';
      if (label) b.setAttribute('aria-label', label);
      b.addEventListener('click', action);
      return b;
    };
    bar.append(
      button('\u2190', () => this.go(this.index - 1), 'Previous scene'),
      this.counter,
      button('\u2192', () => this.go(this.index + 1), 'Next scene'),
      button('Controls', () => this.stage.classList.toggle('show-controls')),
      ...(this.presenter ? [] : [button('Presenter window', () => this.openPresenter())]),
      button('Exit', () => this.leave()),
    );
    this.stage.append(this.body, bar);
    document.body.append(this.stage);
    document.documentElement.classList.add('presenting');
    this.channel =
      'BroadcastChannel' in window ? new BroadcastChannel(`demand-lab-present:${location.pathname}`) : null;
    if (this.channel)
      this.channel.onmessage = (event: MessageEvent<{ scene?: number }>) => {
        const scene = event.data?.scene;
        if (typeof scene === 'number' && Number.isInteger(scene)) this.show(scene - 1, false);
      };
    document.addEventListener('keydown', this.onKey);
    if (this.presenter) this.timer = setInterval(() => this.tick(), 1000);
    this.show(sceneFromSearch(location.search, this.scenes.length) - 1, false);
  }

  private key(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    // Keys typed into a control belong to the control.
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (NEXT.has(event.key) && !(event.key === ' ' && target?.closest('button'))) this.go(this.index + 1);
    else if (PREVIOUS.has(event.key)) this.go(this.index - 1);
    else if (event.key === 'Home') this.go(0);
    else if (event.key === 'End') this.go(this.scenes.length - 1);
    else if (event.key === 'Escape') this.leave();
    else if ((event.key === 'p' || event.key === 'P') && !this.presenter) this.openPresenter();
    else if (event.key === 'c' || event.key === 'C') this.stage.classList.toggle('show-controls');
    else return;
    event.preventDefault();
  }

  private go(index: number): void {
    this.show(index, true);
  }

  private show(index: number, broadcast: boolean): void {
    pageState().flush();
    const next = Math.min(Math.max(0, index), this.scenes.length - 1);
    this.restoreFigures();
    this.index = next;
    const scene = this.scenes[next]!;
    this.body.replaceChildren(this.render(scene));
    // On stage, laid out at its stage size: now the figure takes the scene's step (or none).
    if (scene.figure) liveFigure(scene.figure)?.applyStep(scene.step?.spec ?? null);
    if (this.presenter) this.body.append(this.presenterPanel());
    this.counter.textContent = `${next + 1} / ${this.scenes.length}`;
    pageState().setPage({ scene: String(next + 1) });
    if (broadcast) this.channel?.postMessage({ scene: next + 1 });
  }

  private render(scene: Scene): HTMLElement {
    const wrap = el('section', `scene scene-${scene.kind}`);
    wrap.setAttribute('aria-label', `Scene ${this.index + 1}: ${scene.title}`);
    if (scene.kind === 'title') {
      wrap.append(
        el('p', 'scene-kicker', textOf('.chapter .chapter-number')),
        el('h2', 'scene-title', scene.title),
        el('p', 'scene-lede', textOf('.chapter .lede')),
      );
      const reader = describeReader(pageState().reader.scenario);
      wrap.append(el('p', 'scene-numbers', `${reader.lead}: ${reader.detail}`));
      return wrap;
    }
    if (scene.kind === 'closing') {
      wrap.append(el('h2', 'scene-title', scene.title));
      const list = el('ul', 'scene-keys');
      const listed = new Set<HTMLElement>();
      for (const s of this.scenes)
        if (s.figure && !listed.has(s.figure)) {
          listed.add(s.figure);
          const item = el('li');
          item.append(el('strong', '', `${s.title}. `), textOf('.figure-summary', s.figure));
          list.append(item);
        }
      wrap.append(list);
      return wrap;
    }
    const figure = scene.figure!;
    // The figure itself moves onto the stage, live, and goes back to its place afterwards.
    const placeholder = document.createComment('figure on stage');
    figure.replaceWith(placeholder);
    this.placeholders.set(figure, placeholder);
    wrap.append(figure);
    if (scene.step) {
      // The step's passage is what the scene says; the step sets the figure once it is on stage.
      const words = el('div', 'scene-words');
      for (const node of scene.step.element.querySelectorAll('.step-text > *')) {
        // The words as read, without the glossary popovers' text.
        const copy = node.cloneNode(true) as HTMLElement;
        for (const tip of copy.querySelectorAll('.term-tip, [role="tooltip"]')) tip.remove();
        words.append(el('p', '', copy.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
      }
      wrap.classList.add('scene-step');
      wrap.append(words);
    }
    return wrap;
  }

  private restoreFigures(): void {
    for (const [figure, placeholder] of this.placeholders) placeholder.replaceWith(figure);
    this.placeholders.clear();
  }

  /** The presenter's own view: the next scene, the notes of this one, the time spent. */
  private presenterPanel(): HTMLElement {
    const panel = el('aside', 'presenter-panel');
    panel.setAttribute('aria-label', 'Presenter notes');
    const next = this.scenes[this.index + 1];
    panel.append(el('p', 'presenter-next', next ? `Next: ${next.title}` : 'Next: the end'));
    const scene = this.scenes[this.index]!;
    const stepNotes = scene.step?.element.querySelector<HTMLElement>('[data-step-notes]');
    const notes = scene.figure?.querySelector<HTMLElement>('[data-speaker-notes]');
    const box = el('div', 'presenter-notes');
    if (stepNotes) box.append(el('p', '', stepNotes.textContent ?? ''));
    if (notes) for (const p of notes.querySelectorAll('p')) box.append(el('p', '', p.textContent ?? ''));
    if (!stepNotes && !notes)
      box.append(
        el(
          'p',
          '',
          this.scenes[this.index]!.kind === 'title'
            ? 'Say whose numbers these are, and what the room will see.'
            : 'Ask which number surprised the room, and which they would check first in their own data.',
        ),
      );
    panel.append(box, el('p', 'presenter-timer', this.elapsed()));
    return panel;
  }

  private elapsed(): string {
    const seconds = Math.floor((Date.now() - this.started) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} elapsed`;
  }

  private tick(): void {
    const timer = this.body.querySelector('.presenter-timer');
    if (timer) timer.textContent = this.elapsed();
  }

  private openPresenter(): void {
    const url = new URL(location.href);
    url.searchParams.set('presenter', '');
    window.open(
      url.href.replace(/presenter=(&|$)/, 'presenter$1'),
      'demand-lab-presenter',
      'popup,width=1100,height=760',
    );
  }

  leave(): void {
    this.restoreFigures();
    this.stage.remove();
    document.documentElement.classList.remove('presenting');
    document.removeEventListener('keydown', this.onKey);
    if (this.timer) clearInterval(this.timer);
    this.channel?.close();
    pageState().setPage({ present: null, scene: null, presenter: null });
    active = null;
    document.querySelector<HTMLElement>('[data-present-start]')?.focus();
  }
}

let active: Presentation | null = null;

export function startPresenting(): void {
  if (active) return;
  if (pageState().pageKey('present') === null) pageState().setPage({ present: '' });
  active = new Presentation();
}

// The page's state and its address, and the one writer of the address. One reader's scenario,
// shared by every figure on the page; each figure's own settings under its namespace; the
// planner's scenarios; the page's own keys (presenter mode's scene, the dataset's seed, a
// lesson's step). Every change is written back to the address (replaceState), so a copied link
// reopens exactly what was shown: once the reader pauses (WRITE_DELAY_MS), not on every step of
// a slider, and at once before anything reads the address (a link followed, a link copied, a
// print, leaving the page) or when a page key moves (a scene is a place a link must show now).

import type { ParameterKey, Scenario } from '../model/index.ts';
import { readQuery, writeQuery } from '../state/query.ts';
import type { PageQuery } from '../state/query.ts';
import { readReader, readerParams } from '../state/reader.ts';
import type { ReaderNumbers } from '../state/reader.ts';
import { carryLinks } from './carry.ts';

type Listener = (reader: ReaderNumbers) => void;

/** How long the address waits for the reader to pause before it is rewritten. */
export const WRITE_DELAY_MS = 150;

export class PageState {
  readonly query: PageQuery;
  private current: ReaderNumbers;
  private readonly figures: Record<string, Record<string, string | number>>;
  private scenarios: Record<number, Record<string, string | number>>;
  /** The page's own keys, in address order. */
  private readonly pageKeys: [string, string][];
  /** A fragment to write with the next flush (a copied figure link); else the address keeps its own. */
  private nextHash: string | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(search: string) {
    this.query = readQuery(search);
    this.current = readReader(this.query.reader);
    // Figures not yet on screen keep their settings in the address until they hydrate.
    this.figures = { ...this.query.figures };
    this.scenarios = { ...this.query.scenarios };
    this.pageKeys = this.query.page.map(([key, value]) => [key, value]);
    addEventListener('pagehide', () => this.flush());
    // A link followed carries the numbers as they are now (capture: before it navigates).
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element | null)?.closest?.('a[href]')) this.flush();
      },
      true,
    );
  }

  get reader(): ReaderNumbers {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies raw values to the reader's numbers; returns the problems with what was given. */
  setReader(patch: Partial<Record<ParameterKey, unknown>>): string[] {
    const next = readReader(patch, this.current.scenario);
    this.replaceReader(next.scenario);
    return next.problems;
  }

  replaceReader(scenario: Scenario): void {
    this.current = readReader(readerParams(scenario));
    this.write();
    for (const listener of this.listeners) listener(this.current);
  }

  resetReader(): void {
    this.replaceReader(readReader({}).scenario);
  }

  setFigure(namespace: string, params: Record<string, string | number>): void {
    if (Object.keys(params).length) this.figures[namespace] = params;
    else delete this.figures[namespace];
    this.write();
  }

  /**
   * The planner's page, where the planner owns the numbers: its shared numbers, its named
   * scenarios and its tiers' settings, written at once (a copied link must show the last
   * keystroke). The listeners are not told: on that page the planner is the one that draws.
   */
  setPlanner(
    reader: Record<string, string | number>,
    scenarios: Record<number, Record<string, string | number>>,
    figures: Record<string, Record<string, string | number>>,
  ): void {
    this.current = readReader(reader);
    this.scenarios = scenarios;
    for (const namespace of Object.keys(this.figures)) delete this.figures[namespace];
    Object.assign(this.figures, figures);
    this.write();
    this.flush();
  }

  setScenarios(scenarios: Record<number, Record<string, string | number>>): void {
    this.scenarios = scenarios;
    this.write();
  }

  /**
   * Sets page keys (a string) or removes them (null), and writes the address at once: presenter
   * mode's scene, the dataset's seed and noise.
   */
  setPage(entries: Readonly<Record<string, string | null>>): void {
    for (const [key, value] of Object.entries(entries)) {
      const at = this.pageKeys.findIndex(([k]) => k === key);
      if (value === null) {
        if (at >= 0) this.pageKeys.splice(at, 1);
      } else if (at >= 0) this.pageKeys[at] = [key, value];
      else this.pageKeys.push([key, value]);
    }
    this.write();
    this.flush();
  }

  /** Writes the address now with this fragment (a figure's link: `#fig-…`). */
  setHash(hash: string): void {
    this.nextHash = hash.startsWith('#') ? hash : `#${hash}`;
    this.write();
    this.flush();
  }

  /** The value of a page key, or null. */
  pageKey(key: string): string | null {
    return this.pageKeys.find(([k]) => k === key)?.[1] ?? null;
  }

  /** The address of the current state. */
  search(): string {
    return writeQuery({
      reader: readerParams(this.current.scenario),
      scenarios: this.scenarios,
      figures: this.figures,
      page: this.pageKeys,
    }).replace(/([?&]present)=(?=&|$)/, '$1');
  }

  private pending: ReturnType<typeof setTimeout> | null = null;

  private write(): void {
    this.pending ??= setTimeout(() => this.flush(), WRITE_DELAY_MS);
  }

  /** Writes the address now if a change is waiting; call before reading location. */
  flush(): void {
    if (this.pending === null) return;
    clearTimeout(this.pending);
    this.pending = null;
    const search = this.search();
    const hash = this.nextHash ?? location.hash;
    this.nextHash = null;
    if (search !== location.search || hash !== location.hash)
      history.replaceState(history.state, '', `${location.pathname}${search}${hash}`);
    carryLinks(search);
  }
}

let page: PageState | null = null;

/** The page's one state, read from the address the first time it is asked for. */
export function pageState(): PageState {
  page ??= new PageState(location.search);
  return page;
}

// The page's state and its address. One reader's scenario, shared by every figure on the page;
// each figure's own settings under its namespace; the planner's scenarios. Every change is
// written back to the address (replaceState), so a copied link reopens exactly what was shown:
// once the reader pauses (WRITE_DELAY_MS), not on every step of a slider, and at once before
// anything reads the address (a link followed, a link copied, a print, leaving the page).

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
  private readonly listeners = new Set<Listener>();

  constructor(search: string) {
    this.query = readQuery(search);
    this.current = readReader(this.query.reader);
    // Figures not yet on screen keep their settings in the address until they hydrate.
    this.figures = { ...this.query.figures };
    this.scenarios = { ...this.query.scenarios };
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

  setScenarios(scenarios: Record<number, Record<string, string | number>>): void {
    this.scenarios = scenarios;
    this.write();
  }

  /** The address of the current state. */
  search(): string {
    return writeQuery({
      reader: readerParams(this.current.scenario),
      scenarios: this.scenarios,
      figures: this.figures,
      // Page keys are read afresh: presenter mode moves `scene` on without telling the state.
      page: readQuery(location.search).page,
    });
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
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    carryLinks(search);
  }
}

let page: PageState | null = null;

/** The page's one state, read from the address the first time it is asked for. */
export function pageState(): PageState {
  page ??= new PageState(location.search);
  return page;
}

// Site search, loaded only when the reader opens it (src/islands/search-boot.ts): a modal dialog
// with a search field (a combobox) and a list of results, each "Page › Section" with the words
// that matched highlighted, linking to the section. The Pagefind index written by the build
// (src/site/search-index.ts) is loaded from /pagefind/ on first open. Arrow keys move through the
// results, Enter opens one, Escape closes and returns focus to the button that opened search.

import { carriedSearch } from './carry.ts';
import { element as el } from './element.ts';
import { appendSegments, resultHref, sectionsOf } from './search-text.ts';
import type { PageData, Section } from './search-text.ts';

/** Where the build writes Pagefind's browser script (a variable, so no bundler follows it). */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pages shown, and sections shown per page. */
const MAX_PAGES = 8;
const MAX_SECTIONS = 3;
const DEBOUNCE_MS = 150;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PageData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  // A failed load is tried again the next time search is opened.
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

class SearchDialog {
  readonly dialog = el('dialog', 'search-dialog');
  private readonly input = el('input', 'search-input');
  private readonly status = el('p', 'search-status');
  private readonly list = el('div', 'search-results');
  private options: HTMLAnchorElement[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts queries, so the answer to an older one never replaces a newer one's. */
  private sequence = 0;
  /** Set when a result is opened: focus then stays where the browser puts it. */
  private leaving = false;
  private opener: HTMLElement;

  constructor(opener: HTMLElement) {
    this.opener = opener;
    const { dialog, input, status, list } = this;
    dialog.setAttribute('aria-label', 'Search');
    const box = el('div', 'search-box');
    const label = el('label', 'search-label', 'Search the chapters, the model, teaching guides and the glossary');
    label.htmlFor = 'search-input';
    input.id = 'search-input';
    input.type = 'search';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.enterKeyHint = 'go';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', 'search-results');
    input.setAttribute('aria-describedby', 'search-keys');
    const close = el('button', 'search-close', 'Close');
    close.type = 'button';
    close.addEventListener('click', () => this.close());
    const field = el('div', 'search-field');
    field.append(input, close);
    status.id = 'search-status';
    status.setAttribute('role', 'status');
    list.id = 'search-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Results');
    list.hidden = true;
    const keys = el('p', 'search-keys', 'Up and down arrows choose a result, Enter opens it, Escape closes.');
    keys.id = 'search-keys';
    box.append(label, field, status, list, keys);
    dialog.append(box);

    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
    });
    input.addEventListener('keydown', (event) => this.key(event));
    // Opening a result by pointer: close first, then let the link do its work. A result opened
    // in another tab or window (a modifier held) leaves search open here.
    list.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      if ((event.target as Element).closest('a')) this.leave();
    });
    // A click on the backdrop (the dialog element itself, outside its box) closes search.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) this.close();
    });
    dialog.addEventListener('close', () => {
      clearTimeout(this.timer);
      if (!this.leaving) this.opener.focus();
      this.leaving = false;
    });
    document.body.append(dialog);
  }

  open(opener: HTMLElement): void {
    this.opener = opener;
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    this.input.select();
    loadPagefind().then(
      () => {
        if (this.status.dataset['state'] === 'error') this.say('', 'idle');
      },
      () => this.unavailable(),
    );
  }

  private close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private leave(): void {
    this.leaving = true;
    this.close();
  }

  private say(text: string, state: 'idle' | 'results' | 'none' | 'error'): void {
    this.status.textContent = text;
    this.status.dataset['state'] = state;
  }

  private unavailable(): void {
    this.say(
      import.meta.env.DEV
        ? 'There is no search index in development: build the site (npm run build) and preview it (npm run preview) to try search.'
        : 'Search could not be loaded. Reload the page to try again.',
      'error',
    );
  }

  private key(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.select(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = this.options[this.active < 0 ? 0 : this.active];
      chosen?.click();
    } else if (event.key === 'Escape') {
      // The field would only clear itself; Escape leaves search.
      event.preventDefault();
      this.close();
    }
  }

  private select(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    const sequence = ++this.sequence;
    if (!query) {
      this.show([]);
      this.say('', 'idle');
      return;
    }
    let found: { pages: { title: string; sections: Section[] }[]; total: number };
    try {
      const engine = await loadPagefind();
      if (sequence !== this.sequence) return;
      const search = await engine.search(query);
      const results = search?.results ?? [];
      const pages = await Promise.all(results.slice(0, MAX_PAGES).map((r) => r.data()));
      if (sequence !== this.sequence) return;
      found = {
        total: results.length,
        pages: pages.map((page) => ({
          title: page.meta['title'] ?? page.url,
          sections: sectionsOf(page, MAX_SECTIONS),
        })),
      };
    } catch {
      if (sequence !== this.sequence) return;
      this.show([]);
      this.unavailable();
      return;
    }
    this.show(found.pages);
    const quoted = `\u201c${query}\u201d`;
    if (found.total === 0) this.say(`No results for ${quoted}.`, 'none');
    else
      this.say(
        `${found.total} ${found.total === 1 ? 'page matches' : 'pages match'} ${quoted}` +
          (found.total > MAX_PAGES ? `; the first ${MAX_PAGES} are shown.` : '.'),
        'results',
      );
  }

  private show(pages: { title: string; sections: Section[] }[]): void {
    const carried = carriedSearch(location.search);
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const nodes: HTMLElement[] = [];
    for (const page of pages)
      page.sections.forEach((section, i) => {
        const option = el('a', `search-option${i === 0 ? ' search-option-first' : ''}`);
        option.id = `search-option-${this.options.length}`;
        option.href = resultHref(section.url, carried, location.origin);
        option.tabIndex = -1;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const path = el('span', 'search-path');
        path.append(el('span', 'search-page', page.title));
        if (section.title)
          path.append(el('span', 'search-sep', ' \u203a '), el('span', 'search-section', section.title));
        const excerpt = el('span', 'search-excerpt');
        appendSegments(document, excerpt, section.segments);
        option.append(path, excerpt);
        this.options.push(option);
        nodes.push(option);
      });
    this.list.replaceChildren(...nodes);
    this.list.hidden = nodes.length === 0;
    this.input.setAttribute('aria-expanded', String(nodes.length > 0));
  }
}

let search: SearchDialog | null = null;

/** Opens search (building it the first time); `opener` gets focus back when it closes. */
export function openSearch(opener: HTMLElement): void {
  search ??= new SearchDialog(opener);
  search.open(opener);
}

// Site search: the header's button and shortcuts open a dialog that loads its code and the
// Pagefind index only then; results name the page and the section and link to its anchor,
// carrying the reader's numbers; the keyboard does everything; a figure's summary is found and
// its controls and data table are not; hostile queries stay text; axe finds nothing, light or
// dark; and it all fits a 390 px phone.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, discoverSite, formatViolations, liveUrl, openPage, runAxe, waitLive } from './browser.ts';
import type { OpenPage } from './browser.ts';
import { PAGES, isChapter } from './site.ts';

const site = await discoverSite();

/** Requests for search's own code or its index. */
const SEARCH_REQUEST = /\/pagefind\/|\/_astro\/search\.[\w-]+\.js/;

interface Option {
  id: string;
  path: string;
  href: string;
  marks: string[];
  excerpt: string;
  selected: string | null;
}

function expectClean(open: OpenPage): void {
  const { log } = open;
  expect(log.consoleErrors, 'console errors').toEqual([]);
  expect(log.consoleWarnings, 'console warnings').toEqual([]);
  expect(log.pageErrors, 'page errors').toEqual([]);
  expect(log.failedRequests, 'failed requests').toEqual([]);
  expect(log.badResponses, 'responses >= 400').toEqual([]);
  expect(open.foreignRequests(), 'requests to another origin').toEqual([]);
  expect(log.dialogs, 'dialogs').toEqual([]);
  expect(log.cspViolations, 'Content Security Policy violations').toEqual([]);
}

async function isOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.querySelector<HTMLDialogElement>('dialog.search-dialog')?.open));
}

async function focusedIs(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Opens search and waits for the field to have focus. */
async function openSearch(page: Page, how: 'click' | 'slash' | 'ctrl' | 'meta' = 'click'): Promise<void> {
  if (how === 'click') await page.click('[data-search-open]');
  else await page.keyboard.press({ slash: '/', ctrl: 'Control+k', meta: 'Meta+k' }[how]);
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  expect(await isOpen(page)).toBe(true);
}

/** Types a query and waits for the dialog to say what it found. */
async function search(page: Page, query: string): Promise<Option[]> {
  await page.fill('#search-input', query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector<HTMLElement>('#search-status');
      return (
        ['results', 'none'].includes(status?.dataset['state'] ?? '') &&
        (status?.textContent ?? '').includes(`\u201c${q}\u201d`)
      );
    },
    query.trim(),
    { timeout: 15_000 },
  );
  return options(page);
}

async function options(page: Page): Promise<Option[]> {
  return page.$$eval('#search-results [role="option"]', (nodes) =>
    nodes.map((o) => ({
      id: o.id,
      path: o.querySelector('.search-path')?.textContent ?? '',
      href: o.getAttribute('href') ?? '',
      marks: Array.from(o.querySelectorAll('mark')).map((m) => m.textContent ?? ''),
      excerpt: o.querySelector('.search-excerpt')?.textContent ?? '',
      selected: o.getAttribute('aria-selected'),
    })),
  );
}

const word = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');

describe('loading', () => {
  it('loads no search code and no index until the reader opens search', async () => {
    const open = await openPage('/chapters/brand-compounds/');
    const { page } = open;
    try {
      await page.waitForLoadState('networkidle');
      const button = page.getByRole('button', { name: 'Search' });
      expect(await button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
      // Keys that are not the shortcuts load nothing either.
      await page.keyboard.press('k');
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      expect(open.log.requests.filter((url) => SEARCH_REQUEST.test(url))).toEqual([]);
      await openSearch(page);
      await search(page, 'salience');
      const loaded = open.log.requests.filter((url) => SEARCH_REQUEST.test(url)).map((url) => new URL(url).pathname);
      expect(loaded.some((path) => /^\/_astro\/search\./.test(path))).toBe(true);
      expect(loaded).toContain('/pagefind/pagefind.js');
      expect(loaded.some((path) => path.startsWith('/pagefind/fragment/'))).toBe(true);
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('searches on the page itself, under its Content Security Policy, where there are no Web Workers', async () => {
    const open = await openPage('/chapters/brand-compounds/');
    const { page } = open;
    try {
      // Pagefind runs its WebAssembly in a worker when it can; without one, on the page, where
      // the page's policy must allow WebAssembly ('wasm-unsafe-eval') and nothing more.
      // Nothing of the first load may still be in flight when the page reloads.
      await page.waitForLoadState('networkidle');
      await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
      await page.reload();
      expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
      await openSearch(page);
      expect((await search(page, 'salience')).length).toBeGreaterThan(0);
      expect(open.log.requests.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(false);
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('says so in the dialog when the index cannot be loaded, and nothing breaks', async () => {
    const open = await openPage('/glossary/');
    const { page } = open;
    try {
      await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
      await openSearch(page, 'slash');
      const status = page.locator('#search-status[data-state="error"]');
      await status.waitFor();
      expect(await status.textContent()).toBe('Search could not be loaded. Reload the page to try again.');
      await page.fill('#search-input', 'salience');
      await page.waitForTimeout(600);
      expect(await status.textContent()).toBe('Search could not be loaded. Reload the page to try again.');
      expect(await options(page)).toEqual([]);
      expect(await isOpen(page)).toBe(true);
      expect(open.log.pageErrors).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedIs(page, '[data-search-open]')).toBe(true);
    } finally {
      await open.close();
    }
  });

  it('is hidden without JavaScript, and the pages without reading matter are not in the index', async () => {
    const open = await openPage('/chapters/brand-compounds/', { javaScriptEnabled: false });
    try {
      expect(await open.page.locator('[data-search-open]').isVisible()).toBe(false);
    } finally {
      await open.close();
    }
    // Chapters, their teaching guides, the model and the glossary: nothing else.
    const entry = (await (await fetch(`${baseURL}/pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, { page_count: number }>;
    };
    const chapters = PAGES.filter(isChapter).length;
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(2 * chapters + 2);
    for (const path of PAGES) {
      const html = await (await fetch(`${baseURL}${path}`)).text();
      const indexed = isChapter(path) || path.endsWith('/teach/') || path === '/model/' || path === '/glossary/';
      expect(html.includes('data-pagefind-body'), path).toBe(indexed);
    }
  });
});

describe('opening and closing', () => {
  it('opens by click, by /, by Ctrl+K and by Cmd+K; Escape closes and gives focus back to the button', async () => {
    const open = await openPage('/chapters/the-rotating-pool/');
    const { page } = open;
    try {
      for (const how of ['click', 'slash', 'ctrl', 'meta'] as const) {
        await openSearch(page, how);
        // The key that opened search is not typed into the field.
        expect(await page.inputValue('#search-input')).toBe('');
        const input = page.locator('#search-input');
        expect(await input.getAttribute('role')).toBe('combobox');
        expect(await input.getAttribute('aria-controls')).toBe('search-results');
        expect(await page.locator('label[for="search-input"]').textContent()).toContain('Search');
        await page.keyboard.press('Escape');
        await expect.poll(() => isOpen(page)).toBe(false);
        await expect.poll(() => focusedIs(page, '[data-search-open]')).toBe(true);
      }
      // Escape leaves search even with a query in the field (rather than clearing the field).
      await openSearch(page, 'slash');
      await search(page, 'pool');
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page)).toBe(false);
      await expect.poll(() => focusedIs(page, '[data-search-open]')).toBe(true);
      // Opened again, it keeps the query, selected so typing replaces it; the Close button closes.
      await openSearch(page, 'click');
      expect(await page.inputValue('#search-input')).toBe('pool');
      expect(
        await page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('#search-input')!;
          return [input.selectionStart, input.selectionEnd];
        }),
      ).toEqual([0, 4]);
      await page.click('.search-close');
      await expect.poll(() => isOpen(page)).toBe(false);
      await expect.poll(() => focusedIs(page, '[data-search-open]')).toBe(true);
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('leaves / to a field that has focus, and to presenter mode', async () => {
    const open = await openPage('/chapters/brand-compounds/');
    const { page } = open;
    try {
      // Loaded once, so that a wrong opening would show at once.
      await openSearch(page);
      await page.keyboard.press('Escape');
      await waitLive(page, 'memory');
      const slider = page.locator('figure[data-figure="memory"] input[type="range"]').first();
      await slider.focus();
      const before = await slider.inputValue();
      await page.keyboard.press('/');
      await page.waitForTimeout(400);
      expect(await isOpen(page)).toBe(false);
      expect(await slider.inputValue()).toBe(before);
      expectClean(open);
    } finally {
      await open.close();
    }
    const present = await openPage('/chapters/brand-compounds/?present');
    try {
      await present.page.waitForSelector('.stage .scene-title');
      await present.page.keyboard.press('/');
      await present.page.keyboard.press('Control+k');
      await present.page.waitForTimeout(400);
      expect(await isOpen(present.page)).toBe(false);
      expect(present.log.requests.filter((url) => SEARCH_REQUEST.test(url))).toEqual([]);
      // The presenter's own keys still work.
      await present.page.keyboard.press('ArrowRight');
      await expect.poll(async () => new URL(await liveUrl(present.page)).searchParams.get('scene')).toBe('2');
      expectClean(present);
    } finally {
      await present.close();
    }
  });
});

describe('results', () => {
  it('name the page and the section and link to the section, with the matched words marked', async () => {
    const open = await openPage('/');
    const { page } = open;
    try {
      await openSearch(page);
      const results = await search(page, 'salience');
      expect(results.length).toBeGreaterThan(3);
      expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ pages? match\w* \u201csalience\u201d/);
      expect(await page.locator('#search-input').getAttribute('aria-expanded')).toBe('true');
      for (const result of results) {
        expect(result.href).toMatch(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/);
        expect(
          result.marks.some((m) => /salience/i.test(m)),
          result.excerpt,
        ).toBe(true);
      }
      // "Page › Section", linking to the section's heading.
      const sectioned = results.filter((r) => r.path.includes(' \u203a '));
      expect(sectioned.length).toBeGreaterThan(2);
      for (const result of sectioned) expect(result.href).toMatch(/#[a-z0-9-]+$/);
      const memory = results.find((r) => r.href === '/chapters/brand-compounds/#how-memory-turns-into-leads');
      expect(memory?.path).toBe('Brand compounds \u203a How memory turns into leads');
      // The glossary's sections are its terms.
      const term = results.find((r) => r.href === '/glossary/#dfn-salience');
      expect(term?.path).toBe('Glossary \u203a Salience');

      const inMarket = await search(page, 'in-market');
      expect(inMarket.some((r) => r.path.startsWith('The rotating pool \u203a ') && /#[a-z0-9-]+$/.test(r.href))).toBe(
        true,
      );
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('find what a figure says in its summary', async () => {
    const chapter = await openPage('/chapters/activation-saturates/', { javaScriptEnabled: false });
    try {
      // The word is in the figure's summary and nowhere else on the page (a step's own picture,
      // shown without scripts, says what the figure says at that step: it is the same summary).
      const counts = await chapter.page.evaluate(() => {
        const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
        const inSummary = (article.querySelector('#fig-mmm-view .figure-summary')?.textContent ?? '').includes(
          'best-fitting',
        );
        for (const summary of article.querySelectorAll('.figure-summary, [data-step-picture]')) summary.remove();
        return { inSummary, elsewhere: (article.textContent ?? '').split('best-fitting').length - 1 };
      });
      expect(counts).toEqual({ inSummary: true, elsewhere: 0 });
    } finally {
      await chapter.close();
    }
    const open = await openPage('/glossary/');
    try {
      await openSearch(open.page, 'slash');
      const results = await search(open.page, 'best-fitting');
      expect(results[0]).toMatchObject({
        path: 'Activation saturates \u203a The same curve in a marketing-mix model',
        href: '/chapters/activation-saturates/#the-same-curve-in-a-marketing-mix-model',
      });
      expect(results[0]!.marks.map(word)).toContain('best-fitting');
      expect(results[0]!.excerpt).toContain('Hill curve');
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('never show words that are only in a figure\u2019s controls or its data table', async () => {
    // Each word is on its page in a slider's description or a table's header, and in no prose.
    const cases = [
      {
        path: '/chapters/finding-your-split/',
        where: '.figure-controls .control:has(input[type="range"]) .control-help',
        word: 'remainder',
        phrase: 'gets the remainder',
      },
      {
        path: '/chapters/activation-saturates/',
        where: '.figure-data th',
        word: 'priced',
        phrase: 'priced at or below',
      },
    ];
    for (const c of cases) {
      const chapter = await openPage(c.path, { javaScriptEnabled: false });
      try {
        const found = await chapter.page.evaluate(({ where, word }) => {
          const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
          const inPart = Array.from(article.querySelectorAll(where)).some((n) => n.textContent?.includes(word));
          for (const part of article.querySelectorAll('.figure-body > :not(.figure-summary)')) part.remove();
          return { inPart, elsewhere: new RegExp(`\\b${word}\\b`, 'i').test(article.textContent ?? '') };
        }, c);
        expect(found, c.word).toEqual({ inPart: true, elsewhere: false });
      } finally {
        await chapter.close();
      }
    }
    const open = await openPage('/chapters/finding-your-split/');
    try {
      await openSearch(open.page);
      for (const c of cases) {
        // Pagefind stems and completes words, so other words may match; this one never does.
        const results = await search(open.page, c.word);
        for (const result of results) {
          expect(result.marks.map(word), `${c.word}: ${result.path}`).not.toContain(c.word);
          expect(result.excerpt).not.toContain(c.phrase);
        }
      }
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('say so when nothing matches', async () => {
    const open = await openPage('/model/');
    try {
      await openSearch(open.page, 'ctrl');
      expect(await search(open.page, 'zqxjvw')).toEqual([]);
      expect(await open.page.locator('#search-status').textContent()).toBe('No results for \u201czqxjvw\u201d.');
      expect(await open.page.locator('#search-results').isVisible()).toBe(false);
      expect(await open.page.locator('#search-input').getAttribute('aria-expanded')).toBe('false');
      // Clearing the field clears the results and the message.
      await search(open.page, 'salience');
      await open.page.fill('#search-input', '');
      await expect.poll(() => open.page.locator('#search-status').textContent()).toBe('');
      expect(await options(open.page)).toEqual([]);
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('show a hostile query as text and inject nothing', async () => {
    const open = await openPage('/chapters/volume-versus-quality/');
    const { page } = open;
    try {
      const hostile = '<img src=x onerror=alert(1)>';
      const count = () => page.evaluate(() => document.querySelectorAll('img, script:not([src])').length);
      const before = await count();
      await openSearch(page);
      await search(page, hostile);
      expect(await page.inputValue('#search-input')).toBe(hostile);
      expect(await page.locator('#search-status').textContent()).toContain(`\u201c${hostile}\u201d`);
      expect(await count()).toBe(before);
      expect(await page.locator('.search-dialog img, .search-dialog script').count()).toBe(0);
      // Every child of an excerpt is text or a <mark> with only text in it.
      const foreign = await page.$$eval('.search-excerpt', (excerpts) =>
        excerpts.flatMap((e) =>
          Array.from(e.childNodes)
            .filter(
              (n) =>
                n.nodeType !== 3 &&
                !(n.nodeName === 'MARK' && n.childNodes.length === 1 && n.firstChild!.nodeType === 3),
            )
            .map((n) => n.nodeName),
        ),
      );
      expect(foreign).toEqual([]);
      await page.waitForTimeout(300);
      expectClean(open);
    } finally {
      await open.close();
    }
  });
});

describe('keyboard', () => {
  it('Arrow keys move through the results and Enter opens one at its section, with the reader\u2019s numbers', async () => {
    const open = await openPage('/glossary/?medianCpc=40');
    const { page } = open;
    try {
      await openSearch(page, 'slash');
      const results = await search(page, 'in-market');
      expect(results.length).toBeGreaterThan(2);
      for (const result of results) expect(result.href).toMatch(/^\/[a-z0-9/-]*\/\?v=2&medianCpc=40(#[a-z0-9-]+)?$/);
      const active = () => page.locator('#search-input').getAttribute('aria-activedescendant');
      expect(await active()).toBeNull();
      await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(results[0]!.id);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(results[2]!.id);
      await page.keyboard.press('ArrowUp');
      expect(await active()).toBe(results[1]!.id);
      const chosen = (await options(page)).find((o) => o.selected === 'true')!;
      expect(chosen.id).toBe(results[1]!.id);
      expect(await focusedIs(page, '#search-input')).toBe(true);
      // Up from the first wraps to the last.
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await active()).toBe(results.at(-1)!.id);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(results[1]!.id);
      await page.keyboard.press('Enter');
      const target = new URL(chosen.href, baseURL);
      await page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash);
      await page.waitForLoadState('load');
      const url = new URL(await liveUrl(page));
      expect(url.searchParams.get('medianCpc')).toBe('40');
      if (target.hash) {
        await expect
          .poll(() =>
            page.evaluate(
              (id) => Math.round(document.getElementById(id)?.getBoundingClientRect().top ?? -1),
              decodeURIComponent(target.hash.slice(1)),
            ),
          )
          .toBeLessThan(200);
      }
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('a result on the page being read closes search and scrolls to the section', async () => {
    const open = await openPage('/chapters/the-rotating-pool/');
    const { page } = open;
    try {
      await openSearch(page, 'ctrl');
      const results = await search(page, 'quarter');
      const here = results.find((r) => r.href.startsWith('/chapters/the-rotating-pool/#'));
      expect(here).toBeDefined();
      while ((await page.locator('#search-input').getAttribute('aria-activedescendant')) !== here!.id)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => isOpen(page)).toBe(false);
      const id = here!.href.split('#')[1]!;
      await expect
        .poll(() => page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().top), id))
        .toBeLessThan(200);
      expect(new URL(await liveUrl(page)).hash).toBe(`#${id}`);
      expectClean(open);
    } finally {
      await open.close();
    }
  });
});

describe('accessibility and small screens', () => {
  it.each(['light', 'dark'] as const)('axe finds no violation with results shown (%s)', async (colorScheme) => {
    const open = await openPage('/chapters/brand-compounds/', { colorScheme });
    try {
      await openSearch(open.page);
      await search(open.page, 'salience');
      await open.page.keyboard.press('ArrowDown');
      const violations = await runAxe(open.page);
      expect(violations.length, `axe violations (${colorScheme}):\n${formatViolations(violations)}\n`).toBe(0);
      expectClean(open);
    } finally {
      await open.close();
    }
  });

  it('fills a 390 px screen, with nothing wider than it', async () => {
    const open = await openPage('/chapters/brand-compounds/', { width: 390, height: 844 });
    const { page } = open;
    try {
      const button = await page.locator('[data-search-open]').boundingBox();
      expect(button!.x + button!.width).toBeLessThanOrEqual(390);
      await openSearch(page);
      const results = await search(page, 'salience');
      expect(results.length).toBeGreaterThan(0);
      const box = await page.locator('dialog.search-dialog').boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
      const overflow = await page.evaluate(() => {
        const wide = Array.from(document.querySelectorAll<HTMLElement>('.search-dialog *')).filter(
          (n) => n.getBoundingClientRect().right > window.innerWidth + 0.5,
        );
        return wide.map((n) => n.className || n.nodeName);
      });
      expect(overflow).toEqual([]);
      expect(await page.locator('.search-option').first().isVisible()).toBe(true);
      expectClean(open);
    } finally {
      await open.close();
    }
  });
});

describe('every page', () => {
  it.each(site.chapters.slice(0, 1).concat(['/', '/plan/', '/sources/', '/corrections/', '/404.html']))(
    '%s has the search button, and search works there',
    async (path) => {
      const open = await openPage(path);
      try {
        await openSearch(open.page, 'slash');
        expect((await search(open.page, 'brand')).length).toBeGreaterThan(0);
        expectClean(open);
      } finally {
        await open.close();
      }
    },
  );
});

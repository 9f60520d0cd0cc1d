// Site search without a browser: excerpts become text and <mark> elements and nothing else, the
// glossary's terms and a chapter's headings become sections, result links carry the reader's
// numbers, the shortcuts stay out of fields, and the build marks a figure's parts so that only
// its summary is indexed. The browser side is test/e2e/search.e2e.ts.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  appendSegments,
  decodeEntities,
  excerptSegments,
  resultHref,
  sectionsOf,
  termSections,
} from '../src/islands/search-text.ts';
import type { PageData } from '../src/islands/search-text.ts';
import { isSearchShortcut, typingIn } from '../src/islands/search-boot.ts';
import { indexedPages } from '../src/site/search-index.ts';
import { figureBodyHtml } from '../src/site/server-figures.ts';
import { serverDocument } from './snapshot.ts';

/** An excerpt put into a fresh element, as the search island does. */
function render(excerpt: string): HTMLElement {
  const document = serverDocument();
  const parent = document.createElement('span');
  appendSegments(document, parent, excerptSegments(excerpt));
  return parent;
}

describe('excerpts', () => {
  it('turns each <mark> into a mark element and everything else into text', () => {
    expect(excerptSegments('Brand <mark>salience</mark> fades, <mark>salience</mark>.')).toEqual([
      { text: 'Brand ', mark: false },
      { text: 'salience', mark: true },
      { text: ' fades, ', mark: false },
      { text: 'salience', mark: true },
      { text: '.', mark: false },
    ]);
    const span = render('Brand <mark>salience</mark> fades');
    expect(span.childNodes.length).toBe(3);
    expect(span.childNodes[0]!.nodeType).toBe(3);
    expect((span.childNodes[1] as Element).tagName.toLowerCase()).toBe('mark');
    expect(span.childNodes[1]!.textContent).toBe('salience');
    expect(span.childNodes[2]!.nodeType).toBe(3);
    expect(span.textContent).toBe('Brand salience fades');
  });

  it('shows escaped markup as the characters it stands for, never as elements', () => {
    const span = render('a &lt;img src=x onerror=alert(1)&gt; and <mark>&lt;b&gt;</mark>');
    expect(span.querySelector('img, b')).toBeNull();
    expect(span.querySelectorAll('mark').length).toBe(1);
    expect(span.textContent).toBe('a <img src=x onerror=alert(1)> and <b>');
  });

  it('keeps any other tag, even unescaped, as text', () => {
    const span = render('<img src=x onerror=alert(1)><mark>hit</mark><script>x()</script><mark class="y">');
    expect(span.querySelector('img, script')).toBeNull();
    expect(span.querySelectorAll('mark').length).toBe(1);
    expect(span.textContent).toBe('<img src=x onerror=alert(1)>hit<script>x()</script><mark class="y">');
  });

  it('copes with marks that do not pair up, and with an empty excerpt', () => {
    expect(excerptSegments('</mark>a<mark>b')).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: true },
    ]);
    expect(excerptSegments('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('decodes character references without an HTML parser, leaving unknown ones as written', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#39;&#x27;&#8212;&nbsp;')).toBe("<>&\"'''\u2014\u00a0");
    expect(decodeEntities('&copy; &#0; &#xD800; &#99999999; AT&T &amp')).toBe(
      '&copy; &#0; &#xD800; &#99999999; AT&T &amp',
    );
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

const hits = (...locations: number[]) => locations.map((location) => ({ weight: 1, balanced_score: 10, location }));

describe('sections', () => {
  const glossary: PageData = {
    url: '/glossary/',
    excerpt: '',
    meta: { title: 'Glossary' },
    content:
      'Activation Spending that asks a buyer to act now. In market A buyer is in market during the few months in which it is choosing. Salience The share of buyers who have your brand in mind.',
    anchors: [
      { element: 'div', id: 'activation', location: 0 },
      { element: 'dfn', id: 'dfn-activation', text: 'Activation', location: 0 },
      { element: 'div', id: 'in-market', location: 9 },
      { element: 'dfn', id: 'dfn-in-market', text: 'In market', location: 9 },
      { element: 'div', id: 'salience', location: 25 },
      { element: 'dfn', id: 'dfn-salience', text: 'Salience', location: 25 },
    ],
    weighted_locations: hits(5, 12, 29),
    sub_results: [],
  };

  it('gives the glossary one section per term, the excerpt from that entry only', () => {
    const sections = termSections(glossary, 6);
    expect(sections.map((s) => [s.title, s.url])).toEqual([
      ['Activation', '/glossary/#dfn-activation'],
      ['In market', '/glossary/#dfn-in-market'],
      ['Salience', '/glossary/#dfn-salience'],
    ]);
    expect(sections[1]!.segments).toEqual([
      { text: 'In market A ', mark: false },
      { text: 'buyer', mark: true },
      { text: ' is in', mark: false },
    ]);
    // An excerpt starts no earlier than its entry, a few words before the first match.
    expect(sections[2]!.segments.map((s) => s.text).join('')).toBe('Salience The share of buyers who');
    expect(sections[0]!.segments.map((s) => s.text).join('')).toBe('Spending that asks a buyer to');
  });

  it('keeps the best three sections, a heading-less opening without a title', () => {
    const chapter: PageData = {
      url: '/chapters/x/',
      excerpt: 'page <mark>x</mark>',
      meta: { title: 'X' },
      content: '',
      anchors: [],
      weighted_locations: [],
      sub_results: [
        { title: 'X', url: '/chapters/x/', excerpt: 'opening <mark>x</mark>', weighted_locations: hits(1) },
        ...['a', 'b', 'c'].map((id, i) => ({
          title: `Section ${id}`,
          url: `/chapters/x/#${id}`,
          excerpt: `in ${id} <mark>x</mark>`,
          anchor: { element: 'h2', id, text: `Section ${id}`, location: 10 * (i + 1) },
          weighted_locations: hits(...Array.from({ length: i + 2 }, (_, k) => 10 * (i + 1) + k + 1)),
        })),
      ],
    };
    expect(sectionsOf(chapter).map((s) => [s.title, s.url])).toEqual([
      ['Section c', '/chapters/x/#c'],
      ['Section b', '/chapters/x/#b'],
      ['Section a', '/chapters/x/#a'],
    ]);
    expect(sectionsOf(chapter, 4).at(-1)).toMatchObject({ title: null, url: '/chapters/x/' });
    expect(sectionsOf({ ...chapter, sub_results: [] })).toEqual([
      { title: null, url: '/chapters/x/', segments: excerptSegments('page <mark>x</mark>'), score: 0 },
    ]);
    expect(sectionsOf(glossary).map((s) => s.title)).toEqual(['Activation', 'In market', 'Salience']);
  });
});

describe('result links', () => {
  const origin = 'https://demandlab.example';

  it('keep the section and carry the reader\u2019s numbers', () => {
    expect(resultHref('/chapters/x/#sec', '?v=2&medianCpc=40', origin)).toBe('/chapters/x/?v=2&medianCpc=40#sec');
    expect(resultHref('/glossary/', '', origin)).toBe('/glossary/');
  });

  it('never lead off the site', () => {
    expect(resultHref('https://elsewhere.example/x/', '', origin)).toBe('/');
    expect(resultHref('//elsewhere.example/x/', '', origin)).toBe('/');
  });
});

describe('shortcuts', () => {
  const { document } = parseHTML(
    '<html><body><input id="i"><textarea id="t"></textarea><select id="s"></select><div contenteditable id="c"><b id="cb">x</b></div><div contenteditable="false" id="f"></div><a id="a" href="/">a</a></body></html>',
  );
  const at = (id: string) => document.getElementById(id);
  const key = (key: string, target: EventTarget | null, extra: Partial<KeyboardEvent> = {}) =>
    ({
      key,
      target,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      isComposing: false,
      defaultPrevented: false,
      ...extra,
    }) as KeyboardEvent;

  it('`/` opens search outside fields only', () => {
    expect(isSearchShortcut(key('/', at('a')))).toBe(true);
    expect(isSearchShortcut(key('/', document.body))).toBe(true);
    expect(isSearchShortcut(key('/', at('f')))).toBe(true);
    for (const id of ['i', 't', 's', 'c', 'cb']) {
      expect(typingIn(at(id))).toBe(true);
      expect(isSearchShortcut(key('/', at(id)))).toBe(false);
    }
    expect(isSearchShortcut(key('/', at('a'), { defaultPrevented: true }))).toBe(false);
    expect(isSearchShortcut(key('/', at('a'), { altKey: true }))).toBe(false);
  });

  it('Ctrl+K and Cmd+K open search anywhere, K alone does not', () => {
    expect(isSearchShortcut(key('k', at('i'), { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', at('a'), { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k', at('a')))).toBe(false);
    expect(isSearchShortcut(key('k', at('a'), { ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('what the build indexes', () => {
  it('marks every part of a figure body but its summary data-pagefind-ignore', () => {
    const { document } = parseHTML(`<html><body>${figureBodyHtml('pool-dots')}</body></html>`);
    const parts = Array.from(document.querySelector('.figure-body')!.children);
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts)
      expect(part.hasAttribute('data-pagefind-ignore'), part.className).toBe(
        !part.classList.contains('figure-summary'),
      );
    expect(document.querySelector('.figure-controls')!.closest('[data-pagefind-ignore]')).not.toBeNull();
    expect(document.querySelector('.figure-data table')!.closest('[data-pagefind-ignore]')).not.toBeNull();
  });

  it('counts the pages of an index from its entry file', () => {
    expect(indexedPages('{"version":"1.5.2","languages":{"en":{"hash":"h","wasm":"en","page_count":14}}}')).toBe(14);
    expect(indexedPages('{"languages":{"en":{"page_count":3},"de":{"page_count":2}}}')).toBe(5);
    expect(indexedPages('{}')).toBe(0);
  });
});

// What site search shows, as data: an excerpt as runs of plain and highlighted text, each result's
// sections (a chapter's headings, the glossary's terms), and the address a result opens. No DOM
// but the one function that turns runs into nodes, with an injected document, so the tests run it
// in Node. Nothing from a search result or from the reader is ever parsed as HTML.

/** A run of an excerpt: plain text, or a word the search matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** The entities an excerpt can carry (Pagefind escapes < and >); any other is left as written. */
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references in text, without an HTML parser. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec, hex, name) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
    // Surrogates, NUL and code points past Unicode are not characters; they stay as written.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

/** Appends a run, merging it with the last one when both are plain or both highlighted. */
function push(segments: Segment[], text: string, mark: boolean): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}

/**
 * A Pagefind excerpt ("a <mark>word</mark> &lt;b&gt;") as runs of text: the only markup it holds
 * is <mark> around matched words, and everything else is text with < and > escaped. The string is
 * split on the two tags; anything else that looks like a tag stays text.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else push(segments, decodeEntities(part), mark);
  }
  return segments;
}

/** Runs as nodes: text nodes, and <mark> elements holding a text node. */
export function appendSegments(document: Document, parent: Element, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else parent.append(document.createTextNode(segment.text));
  }
}

/** What Pagefind returns for a page (the parts used here). */
export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  content: string;
  anchors: { element: string; id: string; text?: string; location: number }[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    anchor?: { element: string; id: string; text?: string; location: number };
    weighted_locations: { weight: number; balanced_score: number; location: number }[];
  }[];
}

/** One place on a page where the query matched: the section's title (none for the page's opening), where it is, what it says. */
export interface Section {
  title: string | null;
  url: string;
  segments: Segment[];
  score: number;
}

function scoreOf(locations: readonly { balanced_score: number }[]): number {
  return locations.reduce((sum, l) => sum + l.balanced_score, 0);
}

/**
 * The glossary's sections: its terms (<dfn id> in each <dt>) rather than headings, which a list of
 * definitions does not have. Each match belongs to the term before it; the excerpt is taken from
 * that term's entry only, starting a few words before the first match.
 */
export function termSections(data: PageData, length = 24): Section[] {
  const terms = data.anchors
    .filter((a) => a.element === 'dfn' && a.text?.trim())
    .sort((a, b) => a.location - b.location);
  const words = data.content.split(/[\r\n\s]+/g);
  const groups = new Map<number, PageData['weighted_locations']>();
  for (const hit of data.weighted_locations) {
    let term = -1;
    for (let i = 0; i < terms.length && terms[i]!.location <= hit.location; i++) term = i;
    groups.set(term, [...(groups.get(term) ?? []), hit]);
  }
  return [...groups].map(([term, hits]) => {
    const anchor = terms[term];
    const start = anchor?.location ?? 0;
    const end = terms[term + 1]?.location ?? words.length;
    const first = Math.min(...hits.map((h) => h.location));
    const from = Math.max(start, Math.min(first - 4, end - length));
    const marked = new Set(hits.map((h) => h.location));
    const segments: Segment[] = [];
    for (let i = from; i < Math.min(end, from + length); i++) {
      if (i > from) push(segments, ' ', false);
      push(segments, words[i] ?? '', marked.has(i));
    }
    return {
      title: anchor ? anchor.text!.trim() : null,
      url: anchor ? withHash(data.url, anchor.id) : data.url,
      segments,
      score: scoreOf(hits),
    };
  });
}

function withHash(url: string, id: string): string {
  return `${url.split('#')[0]}#${id}`;
}

/**
 * The sections of a result to show, best first: a page's headings as Pagefind splits them, or the
 * glossary's terms; at most `max`.
 */
export function sectionsOf(data: PageData, max = 3): Section[] {
  const sections = data.anchors.some((a) => a.element === 'dfn' && a.text?.trim())
    ? termSections(data)
    : data.sub_results.map((sub) => ({
        title: sub.anchor ? sub.title : null,
        url: sub.url,
        segments: excerptSegments(sub.excerpt),
        score: scoreOf(sub.weighted_locations),
      }));
  if (sections.length === 0)
    sections.push({ title: null, url: data.url, segments: excerptSegments(data.excerpt), score: 0 });
  return sections.sort((a, b) => b.score - a.score).slice(0, max);
}

/**
 * The address a result opens, on this site only, carrying the reader's numbers as every link
 * between pages does (`carried` is carriedSearch of the page's own query string).
 */
export function resultHref(url: string, carried: string, origin: string): string {
  const target = new URL(url, origin);
  if (target.origin !== origin) return '/';
  target.search = carried;
  return `${target.pathname}${target.search}${target.hash}`;
}

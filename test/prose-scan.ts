// The numeral rule's scanner: every number a chapter's prose states is either a live <Num>, a
// fact cited to one of the chapter's sources ("Author (YYYY)"), or listed in the chapter's
// registry (test/prose/<slug>.ts) with a check that recomputes it. This file finds the numerals
// and decides which of them are accounted for; test/prose-numbers.test.ts runs it on every chapter.

/** A number the prose states, with what it is and a check against the model or the figures. */
export interface ProseNumber {
  /** The exact phrase containing the numeral, as it appears in the chapter. */
  text: string;
  /** What the number is: an input of the model or a figure, a definition, a result. */
  why: string;
  /** Recomputes or verifies the number with `expect`; throws when it no longer holds. */
  check: () => void;
}

export interface ChapterSource {
  author: string;
  year: number;
}

export interface Numeral {
  /** The digits as written: "1,000", "20.70", "5". */
  value: string;
  line: number;
  /** Offset in the chapter text. */
  at: number;
  /** The sentence it sits in, as prose (markup removed). */
  sentence: string;
  /** How it is accounted for; null when it is not. */
  by: 'cited' | 'registered' | null;
}

export interface Scan {
  numerals: Numeral[];
  /** Registry phrases that do not occur in the chapter's prose. */
  stale: string[];
}

/** Attributes of a component whose text is read as prose: speaker notes (a step's too) and questions. */
const PROSE_ATTRIBUTES = new Set(['say', 'change', 'ask', 'question', 'notes']);

const NUMERAL = /\d+(?:[.,]\d+)*/g;

/**
 * The numerals of a text: digit sequences, with the separators of "1,000" and "20.70" inside
 * them. Digits that are part of a name ("B2B", "6sense") are not numerals; ordinals ("10th") are.
 */
export function numerals(text: string): { value: string; at: number; end: number }[] {
  return [...text.matchAll(NUMERAL)]
    .filter((m) => {
      const before = text[m.index - 1] ?? '';
      const after = text.slice(m.index + m[0].length);
      if (/[A-Za-z]/.test(before)) return false;
      return !/^[A-Za-z]/.test(after) || /^(?:st|nd|rd|th)\b/.test(after);
    })
    .map((m) => ({ value: m[0], at: m.index, end: m.index + m[0].length }));
}

/** Replaces every character but newlines with a space, so offsets and lines stay put. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/**
 * The chapter with everything that is not prose blanked out, character for character: the
 * frontmatter, import lines, <Num> elements, component markup except the text of prose
 * attributes, link targets, ordered-list markers and MDX comments. Text children of components stay.
 */
export function proseMask(mdx: string, { proseAttributes = true }: { proseAttributes?: boolean } = {}): string {
  const out = mdx.split('');
  const clear = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  // Frontmatter.
  const front = /^---\n[\s\S]*?\n---\n/.exec(mdx);
  if (front) clear(0, front[0].length);
  // Import and export lines.
  for (const m of mdx.matchAll(/^(?:import|export) .*$/gm)) clear(m.index, m.index + m[0].length);
  // MDX comments.
  for (const m of mdx.matchAll(/\{\/\*[\s\S]*?\*\/\}/g)) clear(m.index, m.index + m[0].length);
  // Ordered-list markers ("1. ") count items; they state nothing.
  for (const m of mdx.matchAll(/^[ \t]*\d+\.(?=[ \t])/gm)) clear(m.index, m.index + m[0].length);
  // Link targets: [text](url) keeps the text.
  for (const m of mdx.matchAll(/\]\(([^)\s]*)\)/g)) clear(m.index + 1, m.index + m[0].length);
  // Component tags.
  const start = front ? front[0].length : 0;
  for (let i = start; i < mdx.length; i++) {
    if (mdx[i] !== '<' || !/[A-Za-z/]/.test(mdx[i + 1] ?? '')) continue;
    const end = scanTag(mdx, i, (from, to) => clear(from, to), proseAttributes);
    if (end > i) i = end - 1;
  }
  return out.join('');
}

/**
 * Reads one tag starting at `at` and blanks (through `clear`) all of it except the values of
 * prose attributes; a <Num> is blanked whole. Returns the offset after the tag, or `at` when
 * the text there is not a tag.
 */
function scanTag(text: string, at: number, clear: (from: number, to: number) => void, proseAttributes = true): number {
  const name = /^<\/?([A-Za-z][\w.]*)/.exec(text.slice(at));
  if (!name) return at;
  let i = at + name[0].length;
  const keep: [number, number][] = [];
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('/>', i)) {
      i += 2;
      break;
    }
    if (text[i] === '>') {
      i += 1;
      break;
    }
    const attribute = /^[\w:-]+/.exec(text.slice(i));
    if (!attribute) return at; // not a tag after all (a "<" in prose)
    i += attribute[0].length;
    if (text[i] !== '=') continue;
    i += 1;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return at;
      if (proseAttributes && PROSE_ATTRIBUTES.has(attribute[0])) keep.push([i + 1, close]);
      i = close + 1;
    } else if (quote === '{') {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      i += 1;
    } else return at;
  }
  if (name[1] === 'Num') {
    clear(at, i);
    return i;
  }
  let from = at;
  for (const [a, b] of keep) {
    clear(from, a);
    from = b;
  }
  clear(from, i);
  return i;
}

/** Surnames (or one-word publishers) of a source's author field, as the prose cites them. */
export function citedNames(author: string): string[] {
  const people = author
    .replace(/\([^)]*\)/g, '')
    .split(/\s+for\s+/)[0]!
    .split(/,|\band\b/)
    .map((p) => p.trim())
    .filter(Boolean);
  return people.map((p) => p.split(/\s+/).at(-1)!).filter((n) => /^[A-Z]/.test(n));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a sentence cites one of the sources: "Dawes (2021)", "Paddington's (2026)", "(Ehrenberg, 1988)". */
export function citesSource(sentence: string, sources: readonly ChapterSource[]): boolean {
  return sources.some(({ author, year }) =>
    citedNames(author).some((name) => {
      const n = escape(name);
      return (
        new RegExp(`\\b${n}(?:\u2019s|'s)?\\s*\\(${year}\\)`).test(sentence) ||
        new RegExp(`\\([^()]*\\b${n}\\b[^()]*,\\s*${year}\\)`).test(sentence)
      );
    }),
  );
}

/** The sentences of one line of prose, as [start, end) offsets within it. */
function sentences(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const m of line.matchAll(/[.!?](?=\s+[A-Z$\u201c"(<0-9])/g)) {
    spans.push([from, m.index + 1]);
    from = m.index + 1;
  }
  spans.push([from, line.length]);
  return spans;
}

/** Occurrences of `phrase` in `text` that do not cut through a numeral. */
function occurrences(text: string, phrase: string, numerals: readonly { at: number; end: number }[]) {
  const found: [number, number][] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const end = i + phrase.length;
    const cuts = numerals.some((n) => (n.at < i && n.end > i) || (n.at < end && n.end > end));
    if (!cuts) found.push([i, end]);
  }
  return found;
}

/** Every numeral in a chapter's prose, each marked as cited, registered, or not accounted for. */
export function scanChapter(mdx: string, sources: readonly ChapterSource[], registry: readonly string[]): Scan {
  const mask = proseMask(mdx);
  const tokens = numerals(mask);
  // Registry phrases are matched against the chapter as written, outside the frontmatter.
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, blank);
  const covered = new Set<number>();
  const stale: string[] = [];
  for (const phrase of registry) {
    const spans = occurrences(body, phrase, tokens).filter(([a, b]) => mask.slice(a, b).trim() !== '');
    if (spans.length === 0) stale.push(phrase);
    for (const [a, b] of spans) for (const t of tokens) if (t.at >= a && t.end <= b) covered.add(t.at);
  }
  const found: Numeral[] = [];
  let lineStart = 0;
  mask.split('\n').forEach((line, index) => {
    for (const [a, b] of sentences(line)) {
      const sentence = line.slice(a, b).replace(/\s+/g, ' ').trim();
      const cited = citesSource(sentence, sources);
      for (const t of tokens) {
        if (t.at < lineStart + a || t.at >= lineStart + b) continue;
        found.push({
          value: t.value,
          line: index + 1,
          at: t.at,
          sentence,
          by: covered.has(t.at) ? 'registered' : cited ? 'cited' : null,
        });
      }
    }
    lineStart += line.length + 1;
  });
  return { numerals: found, stale };
}

/** The sources of a chapter's frontmatter: each entry's author and year. */
export function frontmatterSources(mdx: string): ChapterSource[] {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '';
  const list = /^sources:\n((?:[ \t].*\n?)*)/m.exec(front)?.[1] ?? '';
  return list
    .split(/^\s*- /m)
    .slice(1)
    .flatMap((entry) => {
      const author = /(?:^|\n)\s*author:\s*(.+)/.exec(entry)?.[1];
      const year = /(?:^|\n)\s*year:\s*(\d{4})/.exec(entry)?.[1];
      if (!author || !year) return [];
      return [{ author: author.trim().replace(/^["']|["']$/g, ''), year: Number(year) }];
    });
}

/** The chapter's slug, from its frontmatter. */
export function frontmatterSlug(mdx: string): string | null {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '';
  return /^slug:\s*["']?([a-z0-9-]+)/m.exec(front)?.[1] ?? null;
}

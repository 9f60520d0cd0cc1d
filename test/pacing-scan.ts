// Pacing of a chapter's prose, as a reader meets it: paragraphs, sentences and numbers. Pure, so
// the audit (test/audit/pacing.ts, run in CI) and its unit test share it. The text is the
// chapter's prose as proseMask leaves it (frontmatter, imports and markup blanked; the text
// inside components kept), with speaker notes and questions left out, and every live <Num>
// read as the number it prints.

import { numerals, proseMask } from './prose-scan.ts';

/** The targets of issue #16 (Parable of the Polygons reads at about 10 words a sentence, 20 a paragraph). */
export const PACING_TARGETS = {
  medianParagraphWords: 45,
  maxParagraphWords: 90,
  meanSentenceWords: 18,
  numeralsPer100Words: 2.0,
  maxNumbersPerSentence: 4,
  maxSignificantFigures: 3,
} as const;

export interface Paragraph {
  line: number;
  text: string;
  words: number;
}

export interface PacingReport {
  paragraphs: Paragraph[];
  sentences: string[];
  words: number;
  medianParagraphWords: number;
  maxParagraph: Paragraph | null;
  meanSentenceWords: number;
  /** Numerals other than years, per 100 words of prose. */
  numeralsPer100Words: number;
  /** Sentences stating more than the target's count of numbers. */
  crowded: { sentence: string; numbers: number }[];
  /** Numbers stated more precisely than a reader needs. */
  precise: { value: string; sentence: string }[];
  problems: string[];
}

/** The live numbers of a chapter as they print: `figure:stat` to its text. */
export type NumValues = (figure: string, stat: string) => string;

const NUM_TAG = /<Num\s+figure="([^"]+)"\s+stat="([^"]+)"\s*\/>/g;

/** A calendar year, which the numeral count leaves out: 1900-2099, written without separators. */
export function isYear(value: string): boolean {
  return /^(19|20)\d\d$/.test(value);
}

/**
 * Significant figures of a numeral as written: "4,849,503" has 7, "1,000" has 1, "20.70" has 4,
 * "0.05" has 1. Trailing zeros of a whole number are placeholders, not precision.
 */
export function significantFigures(value: string): number {
  const plain = value.replace(/,/g, '');
  if (plain.includes('.')) {
    const digits = plain.replace('.', '').replace(/^0+/, '');
    return Math.max(1, digits.length);
  }
  const digits = plain.replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Splits prose into sentences at a full stop, question or exclamation mark followed by a capital, a digit or a quote. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?][\u201d"')]?(?=\s+[A-Z$\u201c"(0-9])/g)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index + 1);
    // "e.g.", "i.e.", "vs." and initials do not end a sentence.
    if (/(?:\be\.g|\bi\.e|\bvs|\bcf|\bet al|\b[A-Z])\.$/.test(before)) continue;
    out.push(text.slice(from, m.index + m[0].length).trim());
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /[A-Za-z0-9]/.test(s));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The chapter's prose with each <Num> replaced by the text it prints, speaker notes and questions dropped. */
export function readableProse(mdx: string, num: NumValues): string {
  // Live numbers first, as the page prints them; then the mask keeps only prose.
  const withNumbers = mdx.replace(NUM_TAG, (_, figure: string, stat: string) => num(figure, stat));
  return proseMask(withNumbers, { proseAttributes: false });
}

export function pacing(mdx: string, num: NumValues): PacingReport {
  const text = readableProse(mdx, num);
  const paragraphs: Paragraph[] = [];
  const lines = text.split('\n');
  let block: string[] = [];
  let blockLine = 0;
  const close = () => {
    const joined = block.join(' ').replace(/\s+/g, ' ').trim();
    if (joined && /[A-Za-z]/.test(joined))
      paragraphs.push({ line: blockLine, text: joined, words: countWords(joined) });
    block = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    // A heading, a list item or a blank line ends a paragraph; a heading is not prose to pace.
    if (line === '' || /^#{1,6}\s/.test(line) || /^[-*]\s/.test(line)) close();
    if (line === '' || /^#{1,6}\s/.test(line)) return;
    if (block.length === 0) blockLine = index + 1;
    block.push(line.replace(/^[-*]\s+/, ''));
  });
  close();
  const sentences = paragraphs.flatMap((p) => splitSentences(p.text));
  const words = paragraphs.reduce((sum, p) => sum + p.words, 0);
  const numberCount = (s: string) => numerals(s).filter((n) => !isYear(n.value)).length;
  const allNumerals = sentences.reduce((sum, s) => sum + numberCount(s), 0);
  const crowded = sentences
    .map((sentence) => ({ sentence, numbers: numberCount(sentence) }))
    .filter((s) => s.numbers > PACING_TARGETS.maxNumbersPerSentence);
  const precise = sentences.flatMap((sentence) =>
    numerals(sentence)
      .filter((n) => !isYear(n.value) && significantFigures(n.value) > PACING_TARGETS.maxSignificantFigures)
      .map((n) => ({ value: n.value, sentence })),
  );
  const maxParagraph = paragraphs.reduce<Paragraph | null>((m, p) => (!m || p.words > m.words ? p : m), null);
  const report: PacingReport = {
    paragraphs,
    sentences,
    words,
    medianParagraphWords: median(paragraphs.map((p) => p.words)),
    maxParagraph,
    meanSentenceWords: sentences.length ? words / sentences.length : 0,
    numeralsPer100Words: words ? (100 * allNumerals) / words : 0,
    crowded,
    precise,
    problems: [],
  };
  const t = PACING_TARGETS;
  if (report.medianParagraphWords > t.medianParagraphWords)
    report.problems.push(`median paragraph ${report.medianParagraphWords} words (target ${t.medianParagraphWords})`);
  for (const p of paragraphs.filter((p) => p.words > t.maxParagraphWords))
    report.problems.push(`paragraph at line ${p.line} has ${p.words} words (target ${t.maxParagraphWords})`);
  if (report.meanSentenceWords > t.meanSentenceWords)
    report.problems.push(`mean sentence ${report.meanSentenceWords.toFixed(1)} words (target ${t.meanSentenceWords})`);
  if (report.numeralsPer100Words > t.numeralsPer100Words)
    report.problems.push(
      `${report.numeralsPer100Words.toFixed(2)} numerals per 100 words (target ${t.numeralsPer100Words.toFixed(1)})`,
    );
  for (const c of crowded) report.problems.push(`${c.numbers} numbers in one sentence: \u201c${c.sentence}\u201d`);
  for (const p of precise)
    report.problems.push(`${p.value} is more precise than a reader needs: \u201c${p.sentence}\u201d`);
  return report;
}

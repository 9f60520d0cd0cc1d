// Pacing of every chapter (issue #16): median paragraph, longest paragraph, mean sentence,
// numerals per 100 words (years not counted), numbers per sentence and false precision, measured
// on the prose a reader reads (live numbers as the page prints them at the defaults). Prints a
// table; exits 1 naming what is over its target. Run in CI like the size audit.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pacing, PACING_TARGETS } from '../pacing-scan.ts';
import { statsOf } from '../prose-helpers.ts';

const dir = new URL('../../content/chapters/', import.meta.url).pathname;
const cache = new Map<string, Record<string, string>>();
const defaultStats = (figure: string) => cache.get(figure) ?? cache.set(figure, statsOf(figure)).get(figure)!;
const rows: Record<string, string>[] = [];
const failures: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()) {
  const mdx = readFileSync(join(dir, file), 'utf8');
  const report = pacing(mdx, (figure, stat) => defaultStats(figure)[stat] ?? '');
  rows.push({
    chapter: file.replace(/\.mdx$/, ''),
    words: String(report.words),
    paragraphs: String(report.paragraphs.length),
    'median ¶': String(report.medianParagraphWords),
    'longest ¶': String(report.maxParagraph?.words ?? 0),
    'mean sentence': report.meanSentenceWords.toFixed(1),
    'numerals/100w': report.numeralsPer100Words.toFixed(2),
    crowded: String(report.crowded.length),
    precise: String(report.precise.length),
  });
  for (const problem of report.problems) failures.push(`${file}: ${problem}`);
}
console.table(rows);
const t = PACING_TARGETS;
console.log(
  `targets: median paragraph <= ${t.medianParagraphWords} words, none over ${t.maxParagraphWords}, mean sentence <= ${t.meanSentenceWords}, <= ${t.numeralsPer100Words.toFixed(1)} numerals per 100 words, <= ${t.maxNumbersPerSentence} numbers a sentence, <= ${t.maxSignificantFigures} significant figures`,
);
if (failures.length) {
  console.error(`\n${failures.length} pacing problem(s):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('pacing: every chapter within its targets');

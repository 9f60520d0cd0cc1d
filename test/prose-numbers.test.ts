// The numeral rule: every number in a chapter's prose is a live <Num>, a fact cited to one of
// the chapter's sources ("Author (YYYY)"), or listed in the chapter's registry,
// test/prose/<slug>.ts, with a check that recomputes it. A new chapter needs its own registry
// (an empty list will do when every number is live or cited).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frontmatterSlug, frontmatterSources, scanChapter } from './prose-scan.ts';
import type { ProseNumber } from './prose-scan.ts';

const chaptersDir = new URL('../content/chapters/', import.meta.url);
const chapters = [
  ...readdirSync(chaptersDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const mdx = readFileSync(new URL(file, chaptersDir), 'utf8');
      return { file, mdx, slug: frontmatterSlug(mdx) ?? file.replace(/\.mdx$/, '') };
    }),
  // The model page is held to the same rule: its registry is test/prose/model.ts.
  { file: 'model.mdx', mdx: readFileSync(new URL('../content/model.mdx', import.meta.url), 'utf8'), slug: 'model' },
];

async function registryOf(slug: string): Promise<ProseNumber[] | null> {
  const url = new URL(`./prose/${slug}.ts`, import.meta.url);
  if (!existsSync(url)) return null;
  const module = (await import(pathToFileURL(url.pathname).href)) as { entries?: ProseNumber[] };
  return module.entries ?? null;
}

describe('the numeral rule', () => {
  it('finds the chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(chapters)('$file', ({ file, mdx, slug }) => {
    it('has a registry of its prose numbers', async () => {
      const registry = await registryOf(slug);
      expect(registry, `no test/prose/${slug}.ts exporting entries: ProseNumber[]`).not.toBeNull();
    });

    it('states no number that is not live, cited or registered', async () => {
      const registry = (await registryOf(slug)) ?? [];
      const scan = scanChapter(
        mdx,
        frontmatterSources(mdx),
        registry.map((e) => e.text),
      );
      const loose = scan.numerals
        .filter((n) => n.by === null)
        .map((n) => `${file}:${n.line}: "${n.value}" in: ${n.sentence}`);
      expect(loose, `numbers that are neither <Num>, cited nor in test/prose/${slug}.ts`).toEqual([]);
      expect(scan.stale, `registry phrases of test/prose/${slug}.ts not found in ${file}`).toEqual([]);
    });

    it('has a reason for every registered number', async () => {
      for (const entry of (await registryOf(slug)) ?? []) {
        expect(entry.why.length, entry.text).toBeGreaterThan(5);
        expect(entry.text, 'a registry phrase must contain the number').toMatch(/\S/);
      }
    });
  });

  const registered = chapters.flatMap(({ slug }) => [slug]);
  describe.each(registered)('the registered numbers of %s still hold', (slug) => {
    it('every check passes', async () => {
      const failures: string[] = [];
      for (const entry of (await registryOf(slug)) ?? []) {
        try {
          entry.check();
        } catch (error) {
          failures.push(`"${entry.text}" (${entry.why}): ${(error as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
});

describe('the numeral scanner', () => {
  const sources = [{ author: 'Jane Doe (Some Institute)', year: 2020 }];
  const chapter = (body: string) =>
    `---\ntitle: T\nslug: t\nsources:\n  - title: "W"\n    author: "Jane Doe"\n    year: 2020\n---\n\nimport Num from './Num.astro';\n\n${body}\n`;
  const loose = (body: string, registry: string[] = []) =>
    scanChapter(chapter(body), sources, registry)
      .numerals.filter((n) => n.by === null)
      .map((n) => n.value);

  it('catches a planted numeral, in prose, headings, notes and speaker notes', () => {
    expect(loose('The cost per lead rose to $240 in month 3.')).toEqual(['240', '3']);
    expect(loose('## A 36-month view')).toEqual(['36']);
    expect(loose('<Note>About 1,000 buyers.</Note>')).toEqual(['1,000']);
    expect(loose('<Figure\n  name="cpl-time"\n  say="Only 15% of it."\n/>')).toEqual(['15']);
    expect(loose('<Predict figure="x" min={0} max={50} question="Which 2 months?">')).toEqual(['2']);
  });

  it('exempts a cited fact, a live <Num>, markup, link targets and names', () => {
    expect(loose('Doe (2020) found 46% of budgets went to brand.')).toEqual([]);
    expect(loose('Brand came to 46% (Doe, 2020).')).toEqual([]);
    expect(loose('The crossover comes in <Num figure="cpl-time" stat="crossoverMonth" />.')).toEqual([]);
    expect(loose('<Figure name="pool-2" min={0} max={50} />')).toEqual([]);
    expect(loose('See [chapter 2 notes](/chapters/2/) and B2B buyers.')).toEqual(['2']);
  });

  it('skips ordered-list markers but not the numbers in the item', () => {
    expect(loose('1. **Brand first.** Each buyer\n2. Then 3 more.')).toEqual(['3']);
    expect(loose('Step 1. Then more.')).toEqual(['1']);
  });

  it('does not count a citation to a work the chapter does not list', () => {
    expect(loose('Roe (2020) found 46%.')).toEqual(['2020', '46']);
    expect(loose('Doe (2019) found 46%.')).toEqual(['2019', '46']);
  });

  it('matches registered phrases, reports stale ones, and never splits a number', () => {
    expect(loose('A 12-month half-life loses 5.6% a month.', ['12-month half-life', '5.6% a month'])).toEqual([]);
    expect(loose('In month 15.', ['month 1'])).toEqual(['15']);
    expect(scanChapter(chapter('Nothing here.'), sources, ['gone 9%']).stale).toEqual(['gone 9%']);
  });
});

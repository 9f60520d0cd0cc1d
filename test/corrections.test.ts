// The corrections log: the schema refuses a bad entry with a message naming the field, the
// build-time check refuses a chapter that does not exist, and the log itself passes both.
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  PENDING_CHAPTERS,
  checkCorrectionChapters,
  correctionSchema,
  groupCorrections,
} from '../src/site/corrections-schema.ts';
import type { Correction } from '../src/site/corrections-schema.ts';

const good: Correction = {
  chapter: 'brand-compounds',
  date: '2026-11-23',
  summary: 'A number that went stale is now quoted live from the figure.',
};

describe('corrections schema', () => {
  it('accepts a complete entry, with or without details', () => {
    expect(correctionSchema.parse(good)).toEqual(good);
    expect(correctionSchema.parse({ ...good, details: 'More about what changed.' }).details).toBe(
      'More about what changed.',
    );
  });

  it.each([
    ['chapter', { chapter: 'Brand Compounds' }, 'chapter must be a chapter slug'],
    ['date', { date: '23/11/2026' }, 'date must be written YYYY-MM-DD'],
    ['date', { date: '2026-02-30' }, 'date must be a real calendar date'],
    ['summary', { summary: 'too short' }, 'summary'],
    ['summary', { summary: 'a summary that goes on without ever ending like a sentence' }, 'must end like a sentence'],
    ['colour', { colour: 'red' }, 'colour'],
  ])('refuses a bad %s with a clear message', (_field, patch, message) => {
    const result = correctionSchema.safeParse({ ...good, ...patch });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(message);
  });

  it('refuses an entry naming a chapter that does not exist, naming the entry', () => {
    expect(() => checkCorrectionChapters([good, { ...good, chapter: 'no-such-chapter' }], ['brand-compounds'])).toThrow(
      /entry 2 \(2026-11-23\): chapter "no-such-chapter" does not exist/,
    );
  });

  it('allows the chapters being written', () => {
    for (const chapter of PENDING_CHAPTERS)
      expect(() => checkCorrectionChapters([{ ...good, chapter }], ['brand-compounds'])).not.toThrow();
  });

  it('groups by chapter, newest first', () => {
    const groups = groupCorrections([
      { ...good, chapter: 'a', date: '2026-01-02' },
      { ...good, chapter: 'b', date: '2026-03-01' },
      { ...good, chapter: 'a', date: '2026-05-01' },
    ]);
    expect(groups.map((g) => [g.chapter, g.latest, g.entries.map((e) => e.date)])).toEqual([
      ['a', '2026-05-01', ['2026-05-01', '2026-01-02']],
      ['b', '2026-03-01', ['2026-03-01']],
    ]);
    const sameDay = [
      { ...good, chapter: 'a' },
      { ...good, chapter: 'b' },
    ];
    expect(groupCorrections(sameDay, ['b', 'a']).map((g) => g.chapter)).toEqual(['b', 'a']);
  });

  it('content/corrections.yaml fits the schema and names existing chapters', () => {
    const entries = load(readFileSync(new URL('../content/corrections.yaml', import.meta.url), 'utf8'));
    expect(Array.isArray(entries)).toBe(true);
    const parsed = (entries as unknown[]).map((e) => correctionSchema.parse(e));
    const slugs = readdirSync(new URL('../content/chapters/', import.meta.url)).map((f) => f.replace(/\.mdx$/, ''));
    expect(() => checkCorrectionChapters(parsed, slugs)).not.toThrow();
    expect(parsed.length).toBeGreaterThanOrEqual(10);
  });
});

// An entry of the corrections log (content/corrections.yaml): what changed in a chapter and
// when. Errors are corrected in place and listed on /corrections/ with the date. The build
// rejects an entry that does not fit, and one naming a chapter that does not exist.

import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be written YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'date must be a real calendar date',
    },
  );

export const correctionSchema = z
  .object({
    /** Slug of the corrected chapter: /chapters/<slug>/. */
    chapter: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'chapter must be a chapter slug (lowercase words joined by hyphens)'),
    /** When the correction was published, YYYY-MM-DD (YAML reads an unquoted date as a Date). */
    date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate),
    /** One or two sentences: what was wrong and what the chapter says now. */
    summary: z
      .string()
      .min(20)
      .max(400)
      .refine((s) => /[.?!]$/.test(s.trim()), 'summary must end like a sentence'),
    /** More, when the summary cannot say it all. */
    details: z.string().min(10).optional(),
  })
  .strict();

/** The collection's form: the loader adds an id to each entry. */
export const correctionEntrySchema = correctionSchema.extend({ id: z.string() });

export type Correction = z.output<typeof correctionSchema>;

/**
 * Chapters that are being written: entries may name them before they are published (they are
 * listed without a link until the chapter exists).
 */
export const PENDING_CHAPTERS: readonly string[] = ['what-dashboards-miss', 'volume-versus-quality'];

/** Throws, naming the entry, when a correction names a chapter that does not exist. */
export function checkCorrectionChapters(corrections: readonly Correction[], chapterSlugs: readonly string[]): void {
  const known = new Set([...chapterSlugs, ...PENDING_CHAPTERS]);
  corrections.forEach((c, i) => {
    if (!known.has(c.chapter))
      throw new Error(
        `content/corrections.yaml, entry ${i + 1} (${c.date}): chapter "${c.chapter}" does not exist; chapters are ${[...chapterSlugs].join(', ')}`,
      );
  });
}

export interface CorrectionGroup {
  chapter: string;
  /** Newest first. */
  entries: Correction[];
  latest: string;
}

/**
 * Corrections grouped by chapter, each group newest first; groups by their latest correction,
 * and on the same date in `order` (the reading order of the chapters), then by slug.
 */
export function groupCorrections(corrections: readonly Correction[], order: readonly string[] = []): CorrectionGroup[] {
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  const groups = new Map<string, Correction[]>();
  for (const c of corrections) groups.set(c.chapter, [...(groups.get(c.chapter) ?? []), c]);
  return [...groups.entries()]
    .map(([chapter, entries]) => {
      const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
      return { chapter, entries: sorted, latest: sorted[0]!.date };
    })
    .sort(
      (a, b) =>
        b.latest.localeCompare(a.latest) || rank(a.chapter) - rank(b.chapter) || a.chapter.localeCompare(b.chapter),
    );
}

// Frontmatter of a chapter. Every field is documented here because this is what a writer
// fills in; the build rejects a chapter that does not match, naming the file and the field.

import { z } from 'zod';

export const sourceSchema = z
  .object({
    /** Title of the work, as published. */
    title: z.string().min(3),
    /** Author(s), or the publisher when no author is named. */
    author: z.string().min(2),
    /** Year of publication; omitted for an undated web page (cited as "n.d."). */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Where a reader can find it; omitted for works with no stable address. */
    url: z.url().optional(),
    /** What the chapter uses it for, in one short phrase. */
    supports: z.string().min(3),
  })
  .strict();

export const chapterSchema = z
  .object({
    /** Title shown on the page and in the chapter list. */
    title: z.string().min(3).max(90),
    /** Stable part of the URL: /chapters/<slug>/. Never change it once published. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens'),
    /** Position in the reading order, 1 first. */
    order: z.number().int().min(1),
    /** One sentence for the chapter list and the page description. */
    summary: z
      .string()
      .min(20)
      .max(240)
      .refine((s) => /[.?!]$/.test(s.trim()), 'summary must be one full sentence'),
    /** The works the chapter cites. */
    sources: z.array(sourceSchema).min(1),
    /** Date of the last substantive revision. */
    updated: z.coerce.date(),
    /** Figure drawn small beside the chapter in lists (a figure name from src/figures). */
    thumbnail: z.string().optional(),
  })
  .strict();

export type ChapterFrontmatter = z.output<typeof chapterSchema>;
export type Source = z.output<typeof sourceSchema>;

// A chapter's teaching guide (content/teach/<chapter>.yaml). Exercise answers may quote the
// figure's own numbers as {stat}: the build computes them at the exercise's settings, so an
// answer can never disagree with the figure the student opens.

import { z } from 'zod';

const sentence = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => /[.?!:]$/.test(s.trim()), 'must end like a sentence');

export const exerciseSchema = z
  .object({
    /** The figure the exercise opens (a name from src/figures/registry.ts). */
    figure: z.string(),
    /** Saved settings: an address query in the site's URL scheme, without the "?". */
    settings: z.string().default(''),
    /** What the student is asked. */
    question: sentence(20, 400),
    /** The answer, shown behind a disclosure; {stat} quotes the figure at these settings. */
    answer: sentence(20, 800),
  })
  .strict();

export const teachSchema = z
  .object({
    /** The chapter's slug. */
    chapter: z.string(),
    /** What a student should be able to do afterwards: three or four. */
    objectives: z.array(sentence(20, 240)).min(3).max(4),
    /** The chapter in five lines. */
    summary: z.array(sentence(20, 240)).length(5),
    exercises: z.array(exerciseSchema).min(4).max(6),
    /** Questions for a class to argue about. */
    discussion: z.array(sentence(20, 300)).min(2).max(5),
  })
  .strict();

export type TeachingGuide = z.output<typeof teachSchema>;

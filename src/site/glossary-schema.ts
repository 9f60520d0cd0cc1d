// An entry of the glossary (content/glossary.yaml). The build rejects an entry that does not
// fit, naming the entry and the field; a <Term> naming an id that does not exist fails too.

import { z } from 'zod';

export const glossarySchema = z
  .object({
    /** Stable id: /glossary/#<id>, and what <Term id="..."> names. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens'),
    /** The term as the glossary lists it. */
    term: z.string().min(2).max(60),
    /** One sentence, shown in the popover where the term is used. */
    short: z
      .string()
      .min(20)
      .max(240)
      .refine((s) => /[.?!]$/.test(s.trim()), 'short must be one full sentence'),
    /** More, shown on the glossary page only. */
    long: z.string().min(20).optional(),
    /** Ids of related terms, linked from the glossary page. */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type GlossaryEntry = z.output<typeof glossarySchema>;

// The collections: one MDX file per chapter under content/chapters/, and the glossary in
// content/glossary.yaml. Content that does not fit its schema fails the build, naming file and field.

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { load } from 'js-yaml';
import { chapterSchema } from './site/chapter-schema.ts';
import { glossarySchema } from './site/glossary-schema.ts';
import { teachSchema } from './site/teach-schema.ts';
import { correctionEntrySchema } from './site/corrections-schema.ts';

const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
  schema: chapterSchema,
});

/** The glossary: every term the site defines, one YAML file. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossarySchema,
});

/** Teaching guides: one YAML file per chapter under content/teach/. */
const teach = defineCollection({
  loader: glob({ base: './content/teach', pattern: '*.yaml' }),
  schema: teachSchema,
});

/**
 * The corrections log, content/corrections.yaml: a list of {chapter, date, summary, details?}.
 * Entries have no ids of their own; each gets its position in the file.
 */
const corrections = defineCollection({
  loader: file('./content/corrections.yaml', {
    parser: (text) => {
      const data = load(text, { filename: 'content/corrections.yaml' });
      if (!Array.isArray(data)) throw new Error('content/corrections.yaml must be a list of corrections');
      return data.map((entry: Record<string, unknown>, i) => ({ id: String(i + 1), ...entry }));
    },
  }),
  schema: correctionEntrySchema,
});

export const collections = { chapters, glossary, teach, corrections };

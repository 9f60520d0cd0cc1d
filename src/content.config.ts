// The collections: one MDX file per chapter under content/chapters/, and the glossary in
// content/glossary.yaml. Content that does not fit its schema fails the build, naming file and field.

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './site/chapter-schema.ts';
import { glossarySchema } from './site/glossary-schema.ts';
import { teachSchema } from './site/teach-schema.ts';

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

export const collections = { chapters, glossary, teach };

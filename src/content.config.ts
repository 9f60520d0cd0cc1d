// The chapters collection: one MDX file per chapter under content/chapters/. A chapter whose
// frontmatter does not fit this schema fails the build with a message naming file and field.

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './site/chapter-schema.ts';

const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
  schema: chapterSchema,
});

export const collections = { chapters };

// A chapter's frontmatter is checked by the build: a bad one stops it, naming file and field.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../src/site/chapter-schema.ts';

const good = {
  title: 'A chapter',
  slug: 'a-chapter',
  order: 1,
  summary: 'A sentence that says what the chapter is about.',
  updated: '2026-11-22',
  sources: [{ title: 'A work', author: 'An author', year: 2021, supports: 'a claim' }],
};

describe('chapter frontmatter', () => {
  it('accepts a complete chapter and turns the date into a Date', () => {
    const parsed = chapterSchema.parse(good);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it.each([
    ['title', { title: undefined }],
    ['slug', { slug: 'Not A Slug' }],
    ['order', { order: 'first' }],
    ['summary', { summary: 'no full stop at the end of this sentence' }],
    ['sources', { sources: [] }],
    ['url', { sources: [{ ...good.sources[0], url: 'not a url' }] }],
    ['colour', { colour: 'red' }],
  ])('rejects a bad or unknown %s and names it', (field, patch) => {
    const result = chapterSchema.safeParse({ ...good, ...patch });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(field);
  });

  it('stops the build on bad frontmatter with a message naming the file and the field', () => {
    const root = fileURLToPath(new URL('./fixtures/bad-chapter/', import.meta.url));
    const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
    const run = spawnSync(astro, ['sync', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('broken-order.mdx');
    expect(output).toMatch(/order.*Expected type `"number"`, received `"string"`/);
  });
});

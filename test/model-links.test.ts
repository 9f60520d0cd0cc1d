// Every chapter's first mention of the model links to /model/, where the model is stated whole,
// and no chapter points readers at notes they cannot see.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proseMask } from './prose-scan.ts';

const dir = new URL('../content/chapters/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, mdx: readFileSync(new URL(file, dir), 'utf8') }));

const MENTION = /\b(?:the|this site['\u2019]s|the site['\u2019]s) model(?:['\u2019]s)?\b/i;

/** The first mention of the model in the prose, and whether it sits inside a link to /model/. */
export function firstMention(mdx: string): { text: string; linked: boolean } | null {
  const mask = proseMask(mdx);
  const m = MENTION.exec(mask);
  if (!m) return null;
  const open = mdx.lastIndexOf('[', m.index);
  const close = mdx.indexOf(']', m.index);
  const inside = open >= 0 && !mdx.slice(open, m.index).includes(']') && close >= m.index + m[0].length;
  const linked = inside && /^\]\(\/model\/[^)]*\)/.test(mdx.slice(close));
  return { text: m[0], linked };
}

describe('links to the model page', () => {
  it.each(chapters)('$file links its first mention of the model to /model/', ({ mdx }) => {
    const first = firstMention(mdx);
    expect(first, 'the chapter never mentions the model').not.toBeNull();
    expect(first!.linked, `first mention "${first!.text}" is not a link to /model/`).toBe(true);
  });

  it.each(chapters)('$file cites no notes a reader cannot see', ({ mdx }) => {
    expect(mdx).not.toMatch(/MODEL\.md|notes behind|model notes|shared\//i);
  });

  it('catches an unlinked first mention', () => {
    expect(firstMention('Intro.\n\nThe model says so. Then [the model](/model/) again.')!.linked).toBe(false);
    expect(firstMention('Intro.\n\nIn [the model](/model/) buyers buy.')!.linked).toBe(true);
    expect(firstMention("Intro.\n\nIn [the model's](/model/#x) terms.")!.linked).toBe(true);
    expect(firstMention('Intro.\n\nIn [the model](/chapters/x/) terms.')!.linked).toBe(false);
  });
});

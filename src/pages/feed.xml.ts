// An Atom feed of the chapters (by their last substantive revision) and of the corrections log,
// newest first, written when the site is built. Every text goes through the XML escaper.

import type { APIRoute } from 'astro';
import { chapterUrl, chaptersInOrder } from '../site/chapters.ts';
import { allCorrections } from '../site/corrections.ts';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Entry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('https://demandlab.example');
  const chapters = await chaptersInOrder();
  const titles = new Map(chapters.map((c) => [c.data.slug, c.data.title]));
  const entries: Entry[] = [
    ...chapters.map((c) => ({
      id: new URL(chapterUrl(c), base).href,
      title: c.data.title,
      link: new URL(chapterUrl(c), base).href,
      updated: c.data.updated.toISOString(),
      summary: c.data.summary,
    })),
    ...(await allCorrections()).map((c, i) => ({
      id: new URL(`/corrections/#${c.chapter}-${i + 1}`, base).href,
      title: `Correction to \u201c${titles.get(c.chapter) ?? c.chapter}\u201d`,
      link: new URL(`/corrections/#${c.chapter}`, base).href,
      updated: new Date(`${c.date}T00:00:00Z`).toISOString(),
      summary: c.summary,
    })),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
  const updated = entries[0]?.updated ?? new Date(0).toISOString();
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Demand Lab</title>
  <subtitle>Chapters and corrections: demand creation and demand capture in B2B marketing, with live simulations.</subtitle>
  <id>${xml(new URL('/', base).href)}</id>
  <link rel="alternate" href="${xml(new URL('/', base).href)}"/>
  <link rel="self" href="${xml(new URL('/feed.xml', base).href)}"/>
  <updated>${updated}</updated>
  <author><name>Demand Lab</name></author>
${entries
  .map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" href="${xml(e.link)}"/>
    <updated>${e.updated}</updated>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

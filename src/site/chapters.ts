// The chapters in reading order, their neighbours, and every source grouped across chapters.

import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Source } from './chapter-schema.ts';

export type Chapter = CollectionEntry<'chapters'>;

export async function chaptersInOrder(): Promise<Chapter[]> {
  const chapters = await getCollection('chapters');
  const slugs = new Set<string>();
  for (const chapter of chapters) {
    if (slugs.has(chapter.data.slug)) throw new Error(`two chapters have the slug "${chapter.data.slug}"`);
    slugs.add(chapter.data.slug);
  }
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export function chapterUrl(chapter: Chapter): string {
  return `/chapters/${chapter.data.slug}/`;
}

export interface GroupedSource {
  key: string;
  source: Source;
  chapters: Chapter[];
}

/** One entry per distinct work (same title, author and year), with the chapters that cite it. */
export function groupSources(chapters: readonly Chapter[]): GroupedSource[] {
  const groups = new Map<string, GroupedSource>();
  for (const chapter of chapters) {
    for (const source of chapter.data.sources) {
      const key = `${source.title.toLowerCase()}|${source.author.toLowerCase()}|${source.year}`;
      const group = groups.get(key) ?? { key, source, chapters: [] };
      if (!group.chapters.includes(chapter)) group.chapters.push(chapter);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => a.source.author.localeCompare(b.source.author) || (a.source.year ?? 0) - (b.source.year ?? 0),
  );
}

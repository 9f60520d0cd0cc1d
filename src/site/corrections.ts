// The corrections log as the pages read it: checked against the chapters, grouped by chapter.

import { getCollection } from 'astro:content';
import { checkCorrectionChapters, groupCorrections } from './corrections-schema.ts';
import type { Correction, CorrectionGroup } from './corrections-schema.ts';
import { chaptersInOrder } from './chapters.ts';

/** Every correction, in file order; the build stops on one naming a chapter that does not exist. */
async function chapterSlugs(): Promise<string[]> {
  return (await chaptersInOrder()).map((c) => c.data.slug);
}

export async function allCorrections(): Promise<Correction[]> {
  const entries = (await getCollection('corrections')).sort((a, b) => Number(a.id) - Number(b.id));
  const corrections = entries.map(({ data }) => {
    const { id: _id, ...correction } = data;
    return correction;
  });
  checkCorrectionChapters(corrections, await chapterSlugs());
  return corrections;
}

export async function correctionGroups(): Promise<CorrectionGroup[]> {
  return groupCorrections(await allCorrections(), await chapterSlugs());
}

/** The date of a chapter's latest correction, or null when it has none. */
export async function latestCorrection(slug: string): Promise<string | null> {
  return (await correctionGroups()).find((g) => g.chapter === slug)?.latest ?? null;
}

/** "23 November 2026" for a YYYY-MM-DD date. */
export function longDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

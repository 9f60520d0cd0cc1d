// A chapter's steps as data. A <Steps figure="pool-dots"> block in MDX holds <Step> passages,
// each with the figure settings it sets (`set`, written like the figure's part of an address:
// "cycleMonths=48&windowMonths=3") and the one to three controls it is about (`show`). The build
// numbers the steps (src/site/remark-steps.ts), draws each one's picture for readers without
// JavaScript, and writes the list onto the figure, so the chapter, presenter mode and
// /embed/<figure>/?step=N read the same steps. Pure: no DOM, no Astro.

import * as z from 'zod/mini';
import type { FigureDefinition } from './types.ts';

import { MAX_SHOWN } from './types.ts';
export { MAX_SHOWN };

export interface StepSpec {
  /** 1-based within its block. */
  n: number;
  /** The figure's own settings this step sets, by key (the address form, without the namespace). */
  set: Record<string, string>;
  /** The controls the step is about, shown beside the picture. */
  show: string[];
}

const keyList = z.pipe(
  z.string(),
  z.transform((s) =>
    s
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  ),
);

const settings = z.pipe(
  z.string(),
  z.transform((s) => {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [k, v] of new URLSearchParams(s.trim())) out[k] = v;
    return out;
  }),
);

/** What a <Step> is written with. */
export const stepPropsSchema = z.strictObject({
  figure: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  n: z.pipe(z.union([z.number(), z.string()]), z.transform(Number)).check(z.refine(Number.isInteger)),
  set: z._default(settings, {}),
  show: z._default(keyList, []),
  notes: z.optional(z.string()),
});

/** The keys a step may set or show: the figure's controls and its own settings. */
export function stepKeys(definition: FigureDefinition): Set<string> {
  return new Set<string>([...definition.controls, ...Object.keys(definition.extras)]);
}

/** Problems with a step for this figure, in words an author can act on; empty when it is sound. */
export function stepProblems(definition: FigureDefinition, step: StepSpec): string[] {
  const keys = stepKeys(definition);
  const known = [...keys].join(', ');
  const problems: string[] = [];
  for (const key of Object.keys(step.set))
    if (!keys.has(key))
      problems.push(`step ${step.n} sets "${key}", which is not a setting of ${definition.name} (${known})`);
  for (const key of step.show)
    if (!keys.has(key))
      problems.push(`step ${step.n} shows "${key}", which is not a setting of ${definition.name} (${known})`);
  if (step.show.length > MAX_SHOWN)
    problems.push(`step ${step.n} shows ${step.show.length} controls; at most ${MAX_SHOWN}`);
  return problems;
}

/**
 * Every <Steps> block of a chapter's MDX source, with its steps as written. Attributes are plain
 * strings, so a small reader of the source is exact; the build checks the same steps again as it
 * renders them.
 */
export function stepsInSource(mdx: string): { figure: string; steps: StepSpec[] }[] {
  const blocks: { figure: string; steps: StepSpec[] }[] = [];
  for (const block of mdx.matchAll(/<Steps\b([^>]*)>([\s\S]*?)<\/Steps>/g)) {
    const figure = attribute(block[1]!, 'figure');
    if (!figure) continue;
    const steps: StepSpec[] = [];
    for (const step of block[2]!.matchAll(/<Step\b((?:[^>"]|"[^"]*")*)>/g)) {
      const props = stepPropsSchema.parse({
        figure,
        n: steps.length + 1,
        set: attribute(step[1]!, 'set') ?? '',
        show: attribute(step[1]!, 'show') ?? '',
      });
      steps.push({ n: props.n, set: props.set, show: props.show });
    }
    blocks.push({ figure, steps });
  }
  return blocks;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]!.replace(/&amp;/g, '&') : undefined;
}

/** The figures a chapter's MDX source shows, on their own (<Figure name>) or driven by steps (<Steps figure>). */
export function figuresInSource(mdx: string): string[] {
  return [...mdx.matchAll(/<(?:Figure\s+name|Steps\s+figure)="([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

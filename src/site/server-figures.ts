// Build-time rendering of figures: the default state of each figure computed once per build
// and drawn with linkedom's document, so every chapter reads completely without JavaScript.
// Imported only from .astro frontmatter; never shipped to the browser.

import { parseHTML } from 'linkedom';
import { figureByName } from '../figures/registry.ts';
import { buildFigureBody, buildPlot } from '../views/render.ts';
import { defaultState, readFigure } from '../figures/url-state.ts';
import { readQuery } from '../state/query.ts';
import { readReader } from '../state/reader.ts';
import type { FigureDefinition, FigureState } from '../figures/types.ts';
import { stepProblems, stepsInSource } from '../figures/steps.ts';
import type { StepSpec } from '../figures/steps.ts';

/** Width the build draws at; the browser redraws at the column's real width. */
export const BUILD_WIDTH = 760;

interface Computed {
  definition: FigureDefinition<unknown>;
  state: FigureState;
  rows: unknown;
}

const computed = new Map<string, Computed>();

function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

function compute(name: string): Computed {
  let entry = computed.get(name);
  if (!entry) {
    const definition = figureByName(name);
    const state = defaultState(definition);
    entry = { definition, state, rows: definition.compute(state) };
    computed.set(name, entry);
  }
  return entry;
}

/**
 * The figure's body as HTML: static controls, the chart, its summary and its data table. Site
 * search indexes only the summary: every other part (legend, chart, buttons, controls, data
 * table) is marked data-pagefind-ignore.
 */
export function figureBodyHtml(name: string): string {
  const { definition, state, rows } = compute(name);
  const body = buildFigureBody(definition, state, rows, serverDocument(), { width: BUILD_WIDTH, interactive: false });
  for (const part of body.children)
    if (!part.classList.contains('figure-summary')) part.setAttribute('data-pagefind-ignore', '');
  return body.outerHTML;
}

export function figureMeta(name: string): { title: string; caption: string; namespace: string } {
  const { definition } = compute(name);
  return { title: definition.title, caption: definition.caption, namespace: definition.namespace };
}

/** A small static picture of a figure, for lists of chapters. */
export function figureThumbnailHtml(name: string, width = 280): string {
  const { definition, state, rows } = compute(name);
  const svg = buildPlot(definition, rows, state, serverDocument(), width, Math.round(width * 0.62));
  svg.setAttribute('class', `${svg.getAttribute('class')} thumbnail-svg`);
  return svg.outerHTML;
}

/** A number the prose quotes, as the figure computes it by default. */
export function figureStat(name: string, stat: string): string {
  const { definition, state, rows } = compute(name);
  const stats = definition.stats(rows, state);
  if (!Object.hasOwn(stats, stat))
    throw new Error(`figure ${name} has no stat ${stat}; it has ${Object.keys(stats).join(', ')}`);
  return stats[stat]!;
}

/** A figure's prose numbers at saved settings (an address query): what an exercise's answer quotes. */
export function figureStatsAt(name: string, search: string): Record<string, string> {
  const definition = figureByName(name);
  const query = readQuery(`?${search}`);
  const reader = readReader(query.reader);
  const read = readFigure(definition, reader.scenario, query.figures[definition.namespace]);
  const problems = [...query.stray, ...reader.problems, ...read.problems];
  if (problems.length) throw new Error(`exercise settings for ${name} "${search}": ${problems.join('; ')}`);
  return definition.stats(definition.compute(read.state), read.state);
}

/** Replaces each {stat} in a text with the figure's number; an unknown stat fails the build. */
export function fillStats(text: string, stats: Record<string, string>): string {
  return text.replace(/\{([A-Za-z0-9]+)\}/g, (_, stat: string) => {
    if (!Object.hasOwn(stats, stat))
      throw new Error(`unknown stat {${stat}}; the figure has ${Object.keys(stats).join(', ')}`);
    return stats[stat]!;
  });
}

/** The figure at its defaults as standalone SVG text of the given size, for build-time images. */
export function figureSvg(name: string, width: number, height: number, labelSize?: number): string {
  const { definition, state, rows } = compute(name);
  const chart = buildPlot(definition, rows, state, serverDocument(), width, height, labelSize);
  return chart.outerHTML;
}

const chapterSources = import.meta.glob<string>('../../content/chapters/*.mdx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let stepIndex: Map<string, StepSpec[]> | null = null;

/** The steps written for a figure in the chapters (the first block that drives it), checked. */
export function stepsOf(name: string): StepSpec[] {
  if (!stepIndex) {
    stepIndex = new Map();
    for (const [path, mdx] of Object.entries(chapterSources))
      for (const block of stepsInSource(mdx)) {
        const definition = figureByName(block.figure);
        const problems = block.steps.flatMap((step) => stepProblems(definition, step));
        if (problems.length) throw new Error(`${path}: <Steps figure="${block.figure}">: ${problems.join('; ')}`);
        if (!stepIndex.has(block.figure)) stepIndex.set(block.figure, block.steps);
      }
  }
  return stepIndex.get(name) ?? [];
}

/** The state a step shows on top of the default reader numbers; a bad setting fails the build. */
export function stepState(
  name: string,
  set: Record<string, string>,
): { definition: FigureDefinition<unknown>; state: FigureState } {
  const definition = figureByName(name);
  const read = readFigure(definition, readReader({}).scenario, set);
  if (read.problems.length)
    throw new Error(`a step of ${name} sets ${JSON.stringify(set)}: ${read.problems.join('; ')}`);
  return { definition, state: read.state };
}

/** A step's picture, drawn at build time for readers without JavaScript, with its summary below. */
export function stepPictureHtml(name: string, set: Record<string, string>): { svg: string; summary: string } {
  const { definition, state } = stepState(name, set);
  const rows = definition.compute(state);
  const svg = buildPlot(definition, rows, state, serverDocument(), BUILD_WIDTH).outerHTML;
  return { svg, summary: definition.summary(rows, state) };
}

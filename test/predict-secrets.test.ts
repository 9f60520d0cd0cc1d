// Predictions keep their secret: for every <Predict> in every chapter, the answer's value, as the
// page prints it at the default settings, appears nowhere in the prose above the reveal (the
// chapter up to the box, and the box's question). The figure and the passage that states the
// answer sit inside the box, hidden until the reader commits a guess (<Answer>).

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../src/islands/predict.ts';
import { formatPercent } from '../src/lib/format.ts';
import { figureByName } from '../src/figures/registry.ts';
import { defaultState } from '../src/figures/url-state.ts';
import { readableProse } from './pacing-scan.ts';
import { statsOf } from './prose-helpers.ts';

const dir = new URL('../content/chapters/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, mdx: readFileSync(new URL(file, dir), 'utf8') }));

type Unit = 'percent' | 'months' | 'times';

export interface Prediction {
  file: string;
  figure: string;
  value: string;
  unit: Unit;
  question: string;
  /** Offset of the box in the chapter source. */
  at: number;
  /** What the box holds: the figure (or steps) and the <Answer>. */
  body: string;
}

export function predictionsOf(file: string, mdx: string): Prediction[] {
  return [...mdx.matchAll(/<Predict\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/Predict>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    return {
      file,
      figure: attr('figure'),
      value: attr('value'),
      unit: attr('unit') as Unit,
      question: attr('question'),
      at: m.index,
      body: m[2]!,
    };
  });
}

/** The answer at the defaults, as the reveal prints it and as a percent the prose might print. */
export function answerTexts(p: Prediction): string[] {
  const definition = figureByName(p.figure);
  const state = defaultState(definition);
  const answer = definition.values?.(definition.compute(state), state)[p.value];
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return [];
  const texts = new Set([formatAnswer(answer, p.unit)]);
  if (p.unit === 'percent') texts.add(formatPercent(answer));
  if (p.unit === 'months') texts.add(`${Math.round(answer)}-month`);
  return [...texts];
}

/** Whether `text` states `value` as a number of its own (not "5%" inside "95%"). */
export function states(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}`).test(text);
}

const cache = new Map<string, Record<string, string>>();
const num = (figure: string, stat: string) =>
  (cache.get(figure) ?? cache.set(figure, statsOf(figure)).get(figure)!)[stat] ?? '';

const predictions = chapters.flatMap(({ file, mdx }) => predictionsOf(file, mdx).map((p) => ({ p, mdx })));

describe('predictions keep their secret', () => {
  it('finds the boxes', () => {
    expect(predictions.length).toBeGreaterThan(0);
    console.log(`predictions checked: ${predictions.length} in ${chapters.length} chapters`);
  });

  for (const { p, mdx } of predictions) {
    describe(`${p.file}: ${p.figure}.${p.value}`, () => {
      it('holds the passage that states its answer, marked <Answer>', () => {
        expect(p.body).toMatch(/<Answer>/);
      });

      it('does not state its answer above the reveal', () => {
        const above = `${readableProse(mdx.slice(0, p.at), num)}\n${p.question}`;
        const texts = answerTexts(p);
        expect(texts.length, 'the figure computes an answer at the defaults').toBeGreaterThan(0);
        for (const text of texts) expect(states(above, text), `"${text}" appears above the box`).toBe(false);
      });
    });
  }
});

// Golden SVG snapshots of every chart function, drawn from fixed rows of the model (seeded),
// exactly as the build draws them.
import { describe, expect, it } from 'vitest';
import { poolDots } from '../src/charts/poolDots.ts';
import { shareLines } from '../src/charts/shareLines.ts';
import { waitHistogram } from '../src/charts/waitHistogram.ts';
import { figures } from '../src/figures/registry.ts';
import { buildFigureBody } from '../src/figures/render.ts';
import { defaultState } from '../src/figures/url-state.ts';
import { compareGolden, normalizeSvg, serverDocument } from './snapshot.ts';

const size = { width: 640, height: 360 };

describe('chart functions (golden SVG)', () => {
  it('poolDots draws 1,000 dots on a 40 x 25 grid, one mark per state', () => {
    const roles = ['c-out', 'c-entering', 'c-in', 'c-bought'] as const;
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      x: i % 40,
      y: Math.floor(i / 40),
      role: roles[(i * 7) % 97 < 5 ? 2 : i % 53 === 0 ? 1 : i % 61 === 0 ? 3 : 0]!,
    }));
    const svg = poolDots(rows, { ...size, document: serverDocument() });
    expect(svg.querySelectorAll('circle')).toHaveLength(1000);
    expect(compareGolden('poolDots', svg.outerHTML)).toBeNull();
  });

  it('shareLines draws one labelled line per series on a 0-100% axis', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      { month: i + 1, series: 'In market', role: 'c-in' as const, value: 0.05 },
      { month: i + 1, series: 'Ever in market', role: 'c-ever' as const, value: Math.min(1, (i + 3) / 60) },
    ]).flat();
    const svg = shareLines(rows, { ...size, document: serverDocument() });
    expect(svg.querySelectorAll('path[d]').length).toBeGreaterThanOrEqual(2);
    expect(svg.textContent).toContain('Ever in market');
    expect(compareGolden('shareLines', svg.outerHTML)).toBeNull();
  });

  it('waitHistogram draws one bar per span of months', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ from: 3 * i + 1, to: 3 * i + 3, share: 1 / 40 }));
    const svg = waitHistogram(rows, { ...size, document: serverDocument() });
    expect(svg.querySelectorAll('rect')).toHaveLength(40);
    expect(compareGolden('waitHistogram', svg.outerHTML)).toBeNull();
  });
});

describe('figures as the build draws them (golden SVG)', () => {
  for (const [name, definition] of Object.entries(figures)) {
    it(`${name}: default state, with its summary as the chart's text alternative`, () => {
      const state = defaultState(definition);
      const rows = definition.compute(state);
      const body = buildFigureBody(definition, state, rows, serverDocument(), { width: 640, interactive: false });
      const svg = body.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(definition.summary(rows, state));
      expect(body.textContent).not.toMatch(/NaN|undefined|Infinity/);
      expect(compareGolden(`figure-${name}`, svg.outerHTML)).toBeNull();
    });
  }

  it('renumbers ids and rounds floats before comparing', () => {
    expect(normalizeSvg('<g id="clip-9" clip-path="url(#clip-9)"><path d="M1.23456,2.0001"/></g>')).toBe(
      '<g id="id-0" clip-path="url(#id-0)">\n<path d="M1.23,2"/>\n</g>',
    );
  });
});

// The charts are drawn with d3 straight into SVG (src/charts/frame.ts), in Observable Plot's
// markup. This holds them to Plot: every figure is drawn twice, once as the site draws it and
// once with each chart swapped for the Plot drawing it replaced (test/reference/), at its
// defaults and far settings, at a phone's width, a laptop's and presenting; the two must have the
// same lines, paths, rects, circles and texts, at the same places to 0.1 px, with the same
// inherited styles. The pool's dots are left out: they were redrawn on purpose, one path a state
// (test/charts.test.ts checks each dot's place).
import { describe, expect, it, vi } from 'vitest';
import type { FigureDefinition } from '../src/figures/types.ts';
import { plotHeight } from '../src/figures/types.ts';
import { serverDocument } from './snapshot.ts';

type Registry = Record<string, FigureDefinition<unknown>>;

/** Each chart module and its Plot drawing. */
const REFERENCES: Record<string, () => Promise<Record<string, unknown>>> = {
  '../src/charts/lineChart.ts': async () => ({
    lineChart: (await import('./reference/plot-line-chart.ts')).plotLineChart,
  }),
  '../src/charts/shareLines.ts': async () => ({
    shareLines: (await import('./reference/plot-share-lines.ts')).plotShareLines,
  }),
  '../src/charts/waitHistogram.ts': async () => ({
    waitHistogram: (await import('./reference/plot-wait-histogram.ts')).plotWaitHistogram,
  }),
  '../src/charts/priceLadder.ts': async () => ({
    priceLadder: (await import('./reference/plot-price-ladder.ts')).plotPriceLadder,
  }),
  '../src/charts/categories.ts': async () => {
    const m = await import('./reference/plot-categories.ts');
    return { categoryDots: m.plotCategoryDots, categoryBars: m.plotCategoryBars };
  },
};

async function registry(withPlot: boolean): Promise<Registry> {
  vi.resetModules();
  for (const [path, reference] of Object.entries(REFERENCES)) {
    if (withPlot) vi.doMock(path, reference);
    else vi.doUnmock(path);
  }
  return (await import('../src/figures/registry.ts')).figures;
}

const INHERITED = [
  'class',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'fill',
  'fill-opacity',
  'stroke-opacity',
  'text-anchor',
  'font-size',
  'font-weight',
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
  'color',
  'font-variant',
  'clip-path',
];
const GEOMETRY = ['x1', 'x2', 'y1', 'y2', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'd'];

const round = (text: string) => text.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

function translate(transform: string | null): [number, number] {
  let x = 0;
  let y = 0;
  for (const m of (transform ?? '').matchAll(/translate\(([-\d.e]+),\s*([-\d.e]+)\)/g)) {
    x += Number(m[1]);
    y += Number(m[2]);
  }
  return [x, y];
}

/** Every drawn thing of an SVG with where it is and the styles it inherits, as sorted strings. */
function drawn(svg: Element): string[] {
  const out: string[] = [];
  const walk = (node: Element, inherited: Record<string, string>, ox: number, oy: number) => {
    const tag = node.tagName.toLowerCase();
    if (tag === 'style' || tag === 'clippath' || tag === 'title') return;
    const own = { ...inherited };
    for (const name of INHERITED) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      own[name] =
        name === 'class'
          ? value
              .split(/\s+/)
              .filter((c) => c && !c.startsWith('plot-') && c !== 'figure-svg')
              .join(' ')
          : name === 'clip-path'
            ? 'clipped'
            : value;
    }
    const size = /font-size:\s*([\d.]+)px/.exec(node.getAttribute('style') ?? '');
    if (size) own['font-size'] = size[1]!;
    const [dx, dy] = translate(node.getAttribute('transform'));
    const [x, y] = [ox + dx, oy + dy];
    const styles = Object.entries(own)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    if (tag === 'text') {
      const at = (name: string) => node.getAttribute(name) ?? '';
      const px = (name: string) => (at(name).endsWith('em') ? 0 : Number(at(name)) || 0);
      out.push(
        round(
          `text "${node.textContent}" at ${x + px('x')},${y + px('y')} y=${at('y').endsWith('em') ? at('y') : ''} dy=${at('dy')}`,
        ) + ` ${styles}`,
      );
      return;
    }
    if (['line', 'path', 'rect', 'circle'].includes(tag)) {
      const geometry = GEOMETRY.filter((name) => node.hasAttribute(name))
        .map((name) => `${name}=${round(node.getAttribute(name)!)}`)
        .join(' ');
      out.push(`${tag} at ${round(`${x},${y}`)} ${geometry} ${styles}`);
    }
    for (const child of node.children) walk(child, own, x, y);
  };
  walk(svg, {}, 0, 0);
  return out.sort();
}

const FAR: Record<string, Record<string, number>> = {
  defaults: {},
  'long cycle': { cycleMonths: 120 },
  'huge budget': { monthlyBudget: 50_000_000 },
  'short horizon': { horizonMonths: 6 },
};

describe('the d3 charts draw what Plot drew', async () => {
  const plot = await registry(true);
  const site = await registry(false);
  const { parseScenario } = await import('../src/model/index.ts');
  const { defaultState, readFigure } = await import('../src/figures/url-state.ts');
  const names = Object.keys(site).filter((name) => name !== 'pool-dots');

  it('compares every figure but the pool of dots', () => {
    expect(names.length).toBe(Object.keys(site).length - 1);
  });

  it.each(names)('%s', (name) => {
    for (const [setting, patch] of Object.entries(FAR)) {
      const definition = site[name]!;
      const { scenario } = parseScenario({ ...defaultState(definition).scenario, ...patch });
      const state = readFigure(definition, scenario).state;
      for (const [width, labelSize] of [
        [347, undefined],
        [760, undefined],
        [1200, 24],
      ] as const) {
        const draw = (figures: Registry) => {
          const figure = figures[name]!;
          const rows = figure.compute(state);
          const height = labelSize ? 600 : plotHeight(figure, width);
          return figure.draw(rows, state, {
            width,
            height,
            document: serverDocument(),
            ...(labelSize ? { labelSize } : {}),
          });
        };
        const ours = drawn(draw(site));
        const plots = drawn(draw(plot));
        expect(ours.length, `${name}, ${setting}, ${width} px`).toBeGreaterThan(10);
        expect(ours, `${name}, ${setting}, ${width} px${labelSize ? ', presenting' : ''}`).toEqual(plots);
      }
    }
  });
});

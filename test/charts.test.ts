// Golden SVG snapshots of every chart function, drawn from fixed rows of the model (seeded),
// exactly as the build draws them.
import { describe, expect, it } from 'vitest';
import { lineChart } from '../src/charts/lineChart.ts';
import type { Marker } from '../src/charts/lineChart.ts';
import { spreadLabels } from '../src/charts/labels.ts';
import { poolDots } from '../src/charts/poolDots.ts';
import { priceLadder } from '../src/charts/priceLadder.ts';
import { stackPanels } from '../src/charts/stack.ts';
import { shareLines } from '../src/charts/shareLines.ts';
import { waitHistogram } from '../src/charts/waitHistogram.ts';
import { figures } from '../src/figures/registry.ts';
import { buildFigureBody } from '../src/views/render.ts';
import { defaultState } from '../src/figures/url-state.ts';
import { compareGolden, normalizeSvg, serverDocument } from './snapshot.ts';

const size = { width: 640, height: 360 };

describe('chart functions (golden SVG)', () => {
  it('poolDots draws 1,000 dots on a 40 x 25 grid, one mark per state, each dot on its cell', () => {
    const roles = ['c-out', 'c-entering', 'c-in', 'c-bought'] as const;
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      x: i % 40,
      y: Math.floor(i / 40),
      role: roles[(i * 7) % 97 < 5 ? 2 : i % 53 === 0 ? 1 : i % 61 === 0 ? 3 : 0]!,
    }));
    const svg = poolDots(rows, { ...size, document: serverDocument() });
    // One path a state, one round-capped point ("M x,y h0") a buyer, centred on its cell.
    const scale = (svg as unknown as { scale(name: string): { apply(v: number): number } }).scale;
    const [x, y] = [scale.call(svg, 'x'), scale.call(svg, 'y')];
    let dots = 0;
    for (const role of roles) {
      const paths = svg.querySelectorAll(`g[aria-label="dot"].${role} path`);
      // Entering dots are drawn twice, a dot of ink under the coloured one: a ring around it.
      expect(paths.length, role).toBe(role === 'c-entering' ? 2 : 1);
      const d = paths[paths.length - 1]!.getAttribute('d') ?? '';
      const points = [...d.matchAll(/M([-\d.]+),([-\d.]+)h0/g)];
      expect(d.replace(/M[-\d.]+,[-\d.]+h0/g, ''), role).toBe('');
      const own = rows.filter((row) => row.role === role);
      expect(points, role).toHaveLength(own.length);
      points.forEach((m, i) => {
        expect(Number(m[1])).toBeCloseTo(x.apply(own[i]!.x), 1);
        expect(Number(m[2])).toBeCloseTo(y.apply(own[i]!.y), 1);
      });
      // Round caps as wide as the dot: a dot of the same size whatever the cell.
      expect(paths[paths.length - 1]!.closest('g')!.getAttribute('stroke-linecap')).toBe('round');
      dots += points.length;
    }
    expect(dots).toBe(1000);
    // Row 0 is at the top, column 0 at the left, inside the 6 px margin.
    expect(x.apply(0)).toBeGreaterThan(6);
    expect(y.apply(0)).toBeLessThan(y.apply(24));
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

describe('chart functions of the later chapters (golden SVG)', () => {
  const months = Array.from({ length: 36 }, (_, i) => i + 1);
  const lines = [
    ...months.map((m) => ({ x: m, series: '10% brand', role: 'c-activation' as const, value: 190 + m })),
    ...months.map((m) => ({
      x: m,
      series: '60% brand',
      role: 'c-brand' as const,
      value: m === 20 ? null : 240 - 2 * m,
      dashed: true,
    })),
  ];

  it('lineChart draws labelled lines with bands, spans, rules and markers, and breaks a line at a missing value', () => {
    const svg = lineChart(lines, {
      ...size,
      document: serverDocument(),
      xLabel: 'Month',
      yLabel: 'Cost per lead',
      yFormat: '$,.0f',
      bands: months.map((m) => ({
        x: m,
        series: '10% brand',
        role: 'c-activation' as const,
        low: 180 + m,
        high: 200 + m,
      })),
      spans: [{ from: 7, to: 12, label: 'cut' }],
      rules: [{ y: 200, label: 'reference' }],
      markers: [{ x: 15, y: 205, label: 'month 15', role: 'c-brand' }],
    });
    expect(svg.textContent).toContain('month 15');
    expect(svg.textContent).toContain('60% brand');
    expect(compareGolden('lineChart', svg.outerHTML)).toBeNull();
  });

  it('priceLadder shades the clicks bought and marks the average and last click', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      rank: (i + 0.5) / 100,
      price: 15 * Math.exp(0.8 * ((i - 50) / 30)),
      bought: i < 70,
    }));
    const svg = priceLadder(rows, { avgCpc: 12, marginalCpc: 30 }, { ...size, document: serverDocument() });
    expect(svg.textContent).toContain('last click bought');
    expect(compareGolden('priceLadder', svg.outerHTML)).toBeNull();
  });

  it('stackPanels puts panels one under another in a single SVG', () => {
    const document = serverDocument();
    const panel = () => lineChart(lines, { width: 640, height: 200, document, xLabel: 'Month', yLabel: 'Value' });
    const svg = stackPanels([panel(), panel()], { width: 640, height: 408, document });
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 408');
    expect(svg.querySelectorAll(':scope > svg')).toHaveLength(2);
    expect(svg.querySelectorAll('style')).toHaveLength(0);
    expect(compareGolden('stackPanels', svg.outerHTML)).toBeNull();
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

describe('lineChart on a phone', () => {
  const document = serverDocument();
  const months = Array.from({ length: 24 }, (_, i) => i + 1);
  const rows = [
    ...months.map((m) => ({ x: m, series: 'Leads', role: 'c-activation' as const, value: 100 + m })),
    ...months.map((m) => ({ x: m, series: 'Cost per lead', role: 'c-in' as const, value: 101 + m, dashed: true })),
    ...months.map((m) => ({ x: m, series: 'Missing', role: 'c-brand' as const, value: m > 12 ? null : 50 })),
  ];
  const draw = (markers: Marker[] = []) =>
    lineChart(rows, { width: 342, height: 240, document, xLabel: 'Month', yLabel: 'Value', markers });

  it('names every line at its end, apart from each other and inside the SVG, at 342 px', () => {
    const svg = draw();
    const names = [...svg.querySelectorAll('.end-labels text')];
    expect(names.map((n) => n.textContent)).toEqual(['Leads', 'Cost per lead', 'Missing']);
    const ys = names.map((n) => Number(n.getAttribute('y'))).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(11);
    for (const n of names) {
      const right = Number(n.getAttribute('x')) + n.textContent!.length * 11 * 0.58;
      expect(right).toBeLessThanOrEqual(342);
    }
  });

  it('draws a marker that names its line only where that line is drawn, at its value', () => {
    const on = draw([{ x: 6, y: 0, label: 'here', series: 'Missing' }]);
    expect(on.textContent).toContain('here');
    const off = draw([{ x: 18, y: 0, label: 'gone', series: 'Missing' }]);
    expect(off.textContent).not.toContain('gone');
    expect(off.querySelectorAll('g[aria-label="dot"]')).toHaveLength(0);
  });
});

describe('spreadLabels', () => {
  it('keeps the order, moves close labels apart and keeps them within the frame', () => {
    expect(spreadLabels([50, 52, 54], 10, 0, 200)).toEqual([50, 60, 70]);
    expect(spreadLabels([195, 199], 10, 0, 200)).toEqual([190, 200]);
    expect(spreadLabels([5, 1], 10, 8, 200)).toEqual([18, 8]);
  });
});

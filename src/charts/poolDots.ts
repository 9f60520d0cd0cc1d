// The pool as dots: one dot per buyer on a fixed grid, coloured by the buyer's state this
// month. Entering buyers get a ring so the state reads without colour too. Drawn with d3's
// scales straight into SVG (frame.ts), answering scale('x') and scale('y') for the tap handle.

import { chartRoot, inner, linear, svgNode } from './frame.ts';
import type { Attributes, Frame } from './frame.ts';
import type { Role } from './palette.ts';

export interface DotRow {
  x: number;
  y: number;
  role: Extract<Role, 'c-out' | 'c-entering' | 'c-in' | 'c-bought'>;
  /** The buyer the reader follows: ringed. */
  followed?: boolean;
}

export interface ChartOptions {
  width: number;
  height: number;
  document: Document;
  /** Presentation typography: labels at this size in px, ticks smaller (see labels.ts). */
  labelSize?: number;
}

export function poolDots(rows: readonly DotRow[], { width, height, document }: ChartOptions): SVGSVGElement {
  let columns = 1;
  let lines = 1;
  for (const row of rows) {
    if (row.x + 1 > columns) columns = row.x + 1;
    if (row.y + 1 > lines) lines = row.y + 1;
  }
  const r = Math.max(1.5, Math.min((width - 8) / columns, (height - 8) / lines) * 0.36);
  const frame: Frame = { width, height, marginTop: 6, marginRight: 6, marginBottom: 6, marginLeft: 6 };
  const box = inner(frame);
  const x = linear([-0.5, columns - 0.5], [box.left, box.right]);
  // Row 0 at the top.
  const y = linear([-0.5, lines - 0.5], [box.top, box.bottom]);
  const svg = chartRoot(document, frame, 'chart-dots', { x, y });
  // One path a state, each dot a zero-length line with a round cap as wide as the dot ("M x,y h0"):
  // four elements instead of a thousand, each a few bytes a dot, so a redraw on every step of a
  // slider stays cheap to build and lay out, and a chapter's step pictures stay small.
  const points = (of: readonly DotRow[]) => {
    let d = '';
    for (const row of of) d += `M${round(x(row.x))},${round(y(row.y))}h0`;
    return d;
  };
  const dots = (of: readonly DotRow[], radius: number, attributes: Attributes, ...under: SVGElement[]) =>
    svgNode(
      document,
      'g',
      { 'aria-label': 'dot', fill: 'none', stroke: 'currentColor', 'stroke-linecap': 'round', ...attributes },
      ...under,
      svgNode(document, 'path', { d: points(of), 'stroke-width': round(2 * radius) }),
    );
  const of = (role: DotRow['role']) => rows.filter((row) => row.role === role);
  const radius = round(r);
  const entering = of('c-entering');
  const ring = Math.max(1, r * 0.35);
  svg.append(
    dots(of('c-out'), radius, { class: 'c-out' }),
    dots(of('c-bought'), radius, { class: 'c-bought' }),
    dots(of('c-in'), radius, { class: 'c-in' }),
    // Entering: the dot over a dot of ink a ring wider, so the state reads without colour too.
    dots(
      entering,
      r * 1.25 - ring / 2,
      { class: 'c-entering' },
      svgNode(document, 'path', {
        d: points(entering),
        stroke: 'var(--ink, #1b2733)',
        'stroke-width': round(2 * (r * 1.25 + ring / 2)),
      }),
    ),
  );
  // The buyer followed: a ring of ink around its dot, drawn as a circle (one, so its size is nothing).
  const followed = rows.filter((row) => row.followed);
  if (followed.length) {
    const ringRadius = round(r * 2.1);
    let d = '';
    for (const row of followed) {
      const [cx, cy] = [round(x(row.x)), round(y(row.y))];
      d += `M${round(cx + ringRadius)},${cy}A${ringRadius},${ringRadius},0,1,1,${round(cx - ringRadius)},${cy}A${ringRadius},${ringRadius},0,1,1,${round(cx + ringRadius)},${cy}Z`;
    }
    svg.append(
      svgNode(
        document,
        'g',
        {
          'aria-label': 'dot',
          fill: 'none',
          stroke: 'var(--ink, #1b2733)',
          'stroke-width': round(Math.max(1.5, r * 0.5)),
        },
        svgNode(document, 'path', { d }),
      ),
    );
  }
  return svg;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

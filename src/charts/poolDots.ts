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
  // One path a state, each dot a circle in it: four elements instead of a thousand, so a redraw
  // on every step of a slider stays cheap to build and to lay out.
  const dots = (of: readonly DotRow[], radius: number, attributes: Attributes) => {
    let d = '';
    for (const row of of) {
      const cx = round(x(row.x));
      const cy = round(y(row.y));
      d += `M${round(cx + radius)},${cy}A${radius},${radius},0,1,1,${round(cx - radius)},${cy}A${radius},${radius},0,1,1,${round(cx + radius)},${cy}Z`;
    }
    return svgNode(document, 'g', { 'aria-label': 'dot', fill: 'currentColor', ...attributes }, svgNode(document, 'path', { d }));
  };
  const of = (role: DotRow['role']) => rows.filter((row) => row.role === role);
  const radius = round(r);
  svg.append(
    dots(of('c-out'), radius, { class: 'c-out' }),
    dots(of('c-bought'), radius, { class: 'c-bought' }),
    dots(of('c-in'), radius, { class: 'c-in' }),
    dots(of('c-entering'), round(r * 1.25), {
      class: 'c-entering',
      stroke: 'var(--ink, #1b2733)',
      'stroke-width': round(Math.max(1, r * 0.35)),
    }),
  );
  const followed = rows.filter((row) => row.followed);
  if (followed.length)
    svg.append(
      dots(followed, round(r * 2.1), {
        fill: 'none',
        stroke: 'var(--ink, #1b2733)',
        'stroke-width': round(Math.max(1.5, r * 0.5)),
      }),
    );
  return svg;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

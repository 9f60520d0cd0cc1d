// The pool as dots: one dot per buyer on a fixed grid, coloured by the buyer's state this
// month. Entering buyers get a ring so the state reads without colour too.

import * as Plot from '@observablehq/plot';
import { paint } from './palette.ts';
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
  const columns = Math.max(1, ...rows.map((r) => r.x + 1));
  const lines = Math.max(1, ...rows.map((r) => r.y + 1));
  const r = Math.max(1.5, Math.min((width - 8) / columns, (height - 8) / lines) * 0.36);
  const of = (role: DotRow['role']) => rows.filter((row) => row.role === role);
  const svg = Plot.plot({
    document,
    width,
    height,
    margin: 6,
    className: 'chart-dots',
    x: { axis: null, domain: [-0.5, columns - 0.5] },
    y: { axis: null, domain: [-0.5, lines - 0.5], reverse: true },
    marks: [
      Plot.dot(of('c-out'), { x: 'x', y: 'y', r, fill: 'currentColor', className: 'c-out' }),
      Plot.dot(of('c-bought'), { x: 'x', y: 'y', r, fill: 'currentColor', className: 'c-bought' }),
      Plot.dot(of('c-in'), { x: 'x', y: 'y', r, fill: 'currentColor', className: 'c-in' }),
      Plot.dot(of('c-entering'), {
        x: 'x',
        y: 'y',
        r: r * 1.25,
        fill: 'currentColor',
        stroke: 'var(--ink, #1b2733)',
        strokeWidth: Math.max(1, r * 0.35),
        className: 'c-entering',
      }),
      ...(rows.some((row) => row.followed)
        ? [
            Plot.dot(
              rows.filter((row) => row.followed),
              {
                x: 'x',
                y: 'y',
                r: r * 2.1,
                fill: 'none',
                stroke: 'var(--ink, #1b2733)',
                strokeWidth: Math.max(1.5, r * 0.5),
              },
            ),
          ]
        : []),
    ],
  }) as SVGSVGElement;
  return paint(svg);
}

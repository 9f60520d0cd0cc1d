// How long until buyers who are out of market today next enter it: the share of them in
// each span of months, with the spans past the horizon gathered in one bar at the end.

import * as Plot from '@observablehq/plot';
import { paint } from './palette.ts';
import type { ChartOptions } from './poolDots.ts';

export interface WaitRow {
  /** First month of the span (1-based, months from now). */
  from: number;
  /** Last month of the span, inclusive. */
  to: number;
  share: number;
}

export function waitHistogram(rows: readonly WaitRow[], { width, height, document }: ChartOptions): SVGSVGElement {
  const end = Math.max(1, ...rows.map((r) => r.to));
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginBottom: 36,
    className: 'chart-wait',
    x: { label: 'Months until the buyer next enters the market', domain: [0, end] },
    y: { label: 'Share of out-of-market buyers', tickFormat: '.0%', grid: true },
    marks: [
      Plot.rectY(rows, {
        x1: (r: WaitRow) => r.from - 1,
        x2: 'to',
        y: 'share',
        fill: 'currentColor',
        inset: 0.5,
        className: 'c-ever',
      }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement;
  return paint(svg);
}

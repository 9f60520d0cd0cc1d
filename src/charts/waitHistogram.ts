// How long until buyers who are out of market today next enter it: the share of them in
// each span of months, with the spans past the horizon gathered in one bar at the end. Drawn
// with d3 (frame.ts).

import { axes, chartRoot, extentOf, inner, linear, ruleAcross, svgNode } from './frame.ts';
import type { Frame } from './frame.ts';
import { axisTitleNodes, labelMargins, typography } from './labels.ts';
import { tickSpec } from './ticks.ts';
import type { ChartOptions } from './poolDots.ts';

export interface WaitRow {
  /** First month of the span (1-based, months from now). */
  from: number;
  /** Last month of the span, inclusive. */
  to: number;
  share: number;
}

export function waitHistogram(rows: readonly WaitRow[], options: ChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  const xLabel = 'Months until the buyer next enters the market';
  const yLabel = 'Share of out-of-market buyers';
  const end = Math.max(1, ...rows.map((r) => r.to));
  const frame: Frame = {
    width,
    height,
    marginTop: 20,
    marginRight: 20,
    marginLeft: 48,
    marginBottom: 36,
    ...(t ? labelMargins(t) : {}),
  };
  const box = inner(frame);
  const x = linear([0, end], [box.left, box.right]);
  // Bars stand on zero, as Plot stacks them.
  const y = linear(extentOf([0, ...rows.map((r) => r.share)]) ?? [0, 1], [box.bottom, box.top]);
  const svg = chartRoot(document, frame, 'chart-wait', { x, y }, t?.tick);
  svg.append(
    ...axes(
      document,
      frame,
      x,
      y,
      { label: t ? null : xLabel },
      {
        label: t ? null : yLabel,
        // The precision follows the ticks: at a long cycle the shares are small (0.5%, 1.0%, 1.5%).
        format: tickSpec('.0%'),
        grid: true,
        // Presenting, the chart is tall: fewer ticks, so whole percents are not repeated.
        ...(t ? { ticks: Math.max(3, Math.floor(height / 90)) } : {}),
      },
    ),
  );
  if (t) svg.append(...axisTitleNodes(document, frame, t, xLabel, yLabel));
  // Each bar inset by half a pixel on every side, as Plot's inset: 0.5.
  const bars = rows
    .filter((r) => Number.isFinite(r.share))
    .map((r) => {
      const [x1, x2] = [x(r.from - 1), x(r.to)];
      const [top, bottom] = [y(Math.max(0, r.share)), y(Math.min(0, r.share))];
      return svgNode(document, 'rect', {
        x: Math.min(x1, x2) + 0.5,
        y: top + 0.5,
        width: Math.max(0, Math.abs(x2 - x1) - 1),
        height: Math.max(0, bottom - top - 1),
      });
    });
  svg.append(
    svgNode(document, 'g', { 'aria-label': 'rect', class: 'c-ever' }, ...bars),
    ruleAcross(document, frame, y(0)),
  );
  return svg;
}

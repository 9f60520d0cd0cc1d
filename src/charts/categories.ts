// Charts over named categories rather than a numeric axis: dots per category for several series
// (the stage ladder), and horizontal bars, one per category (tiers of accounts). Drawn with d3
// (frame.ts).

import { scaleBand, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import {
  chartRoot,
  extentOf,
  inner,
  lineMark,
  linear,
  linearTicks,
  ruleAcross,
  svgNode,
  textNode,
  xAxisNodes,
  yAxisNodes,
} from './frame.ts';
import type { Frame } from './frame.ts';
import { axisTitleNodes, labelMargins, typography } from './labels.ts';
import { tickSpec } from './ticks.ts';
import type { Role } from './palette.ts';
import type { ChartOptions } from './poolDots.ts';

export interface CategoryPoint {
  category: string;
  series: string;
  role: Role;
  value: number;
  /** Join this series' dots with a line. */
  line?: boolean;
}

export interface CategoryChartOptions extends ChartOptions {
  categories: readonly string[];
  xLabel: string;
  yLabel: string;
  yFormat?: string;
  yDomain?: [number, number];
}

/** Dots for each series at each category, on a shared y axis; some series joined by a line. */
export function categoryDots(points: readonly CategoryPoint[], options: CategoryChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  // A category may name itself on more than one line ("Pre-PMF\n6 mo"): room for the extra lines.
  const lines = Math.max(1, ...options.categories.map((c) => c.split('\n').length));
  const extraBottom = Math.round((lines - 1) * (t ? t.tick : 10) * 1.2);
  const series = [...new Set(points.map((p) => p.series))];
  const frame: Frame = {
    width,
    height,
    marginRight: 20,
    marginLeft: 52,
    marginTop: 22,
    ...(t ? labelMargins(t) : {}),
    marginBottom: (t ? labelMargins(t).marginBottom : 40) + extraBottom,
  };
  const box = inner(frame);
  const x = scalePoint<string>()
    .domain([...options.categories])
    .range([box.left, box.right])
    .padding(0.4)
    .round(true);
  const valid = points.filter((p) => Number.isFinite(p.value));
  const y = linear(options.yDomain ?? extentOf([0, ...valid.map((p) => p.value)]) ?? [0, 1], [box.bottom, box.top]);
  const at = (category: string) => x(category) ?? Number.NaN;
  const svg = chartRoot(document, frame, 'chart-categories', { y }, t?.tick);
  const yCount = t ? Math.max(3, Math.floor(height / 80)) : (box.bottom - box.top) / 35;
  svg.append(
    ...yAxisNodes(document, frame, {
      ticks: linearTicks(y, yCount, tickSpec(options.yFormat)),
      title: t ? null : options.yLabel,
      grid: true,
    }),
    ...xAxisNodes(document, frame, {
      ticks: options.categories.map((c) => ({ at: at(c), label: c })),
      title: t ? null : options.xLabel,
      tabular: false,
      centred: true,
    }),
    ruleAcross(document, frame, y(0)),
  );
  for (const name of series) {
    const own = valid.filter((p) => p.series === name && options.categories.includes(p.category));
    const first = points.find((p) => p.series === name)!;
    if (first.line) {
      const path = line<CategoryPoint>()
        .x((p) => at(p.category))
        .y((p) => y(p.value))(own);
      svg.append(lineMark(document, { class: first.role, 'stroke-width': 2 }, own.length ? path : null));
    }
    svg.append(
      svgNode(
        document,
        'g',
        {
          'aria-label': 'dot',
          class: first.role,
          fill: first.line ? 'currentColor' : 'none',
          stroke: 'currentColor',
          'stroke-width': 2,
        },
        ...own.map((p) => svgNode(document, 'circle', { cx: at(p.category), cy: y(p.value), r: first.line ? 6 : 5 })),
      ),
    );
  }
  if (t) svg.append(...axisTitleNodes(document, frame, t, options.xLabel, options.yLabel, extraBottom));
  return svg;
}

export interface BarRow {
  category: string;
  value: number | null;
  role: Role;
  label: string;
}

/** One horizontal bar per category, labelled with its value at its end. */
export function categoryBars(
  rows: readonly BarRow[],
  options: ChartOptions & { xLabel: string; xFormat?: string },
): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  const valid = rows.filter((r) => r.value !== null && Number.isFinite(r.value)) as (BarRow & { value: number })[];
  const max = Math.max(1e-9, ...valid.map((r) => r.value));
  const size = t ? t.label : 11;
  const frame: Frame = {
    width,
    height,
    marginTop: 20,
    marginLeft: Math.min(Math.round(width * 0.35), Math.max(...rows.map((r) => r.category.length)) * size * 0.6 + 12),
    marginRight: Math.max(56, Math.max(...rows.map((r) => r.label.length)) * size * 0.6 + 8),
    marginBottom: 36,
    ...(t ? labelMargins(t) : {}),
  };
  const box = inner(frame);
  const x = linear([0, max], [box.left, box.right], { zero: true });
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.category))
    .range([box.top, box.bottom])
    .padding(0.1)
    .round(true);
  const band = y.bandwidth();
  const at = (category: string) => y(category) ?? Number.NaN;
  const svg = chartRoot(document, frame, 'chart-bars', { x }, t?.tick);
  svg.append(
    ...yAxisNodes(document, frame, {
      ticks: y.domain().map((c) => ({ at: at(c), label: c })),
      title: null,
      tabular: false,
      offset: band / 2,
    }),
    ...xAxisNodes(document, frame, {
      ticks: linearTicks(x, Math.max(2, Math.floor(width / 140)), tickSpec(options.xFormat)),
      title: t ? null : options.xLabel,
      grid: true,
    }),
  );
  if (t) svg.append(...axisTitleNodes(document, frame, t, options.xLabel, undefined));
  // Bars from zero, inset 2 px on every side, grouped by role (one colour a group).
  for (const role of new Set(valid.map((r) => r.role))) {
    svg.append(
      svgNode(
        document,
        'g',
        { 'aria-label': 'bar', class: role },
        ...valid
          .filter((r) => r.role === role)
          .map((r) => {
            const [x1, x2] = [x(Math.min(0, r.value)), x(Math.max(0, r.value))];
            return svgNode(document, 'rect', {
              x: x1 + 2,
              y: at(r.category) + 2,
              width: Math.max(0, x2 - x1 - 4),
              height: Math.max(0, band - 4),
            });
          }),
      ),
    );
  }
  svg.append(
    svgNode(
      document,
      'g',
      {
        'aria-label': 'text',
        'text-anchor': 'start',
        transform: `translate(4,${band / 2})`,
        ...(t ? { 'font-size': t.label } : {}),
      },
      ...valid.map((r) =>
        textNode(document, r.label, { transform: `translate(${x(r.value)},${at(r.category)})` }, 'middle'),
      ),
    ),
    svgNode(
      document,
      'g',
      { 'aria-label': 'rule', stroke: 'currentColor' },
      svgNode(document, 'line', { x1: x(0), x2: x(0), y1: box.top, y2: box.bottom }),
    ),
  );
  return svg;
}

// Values over a shared x (months, or spend): one line per series in its role's colour, named at
// its right end, with optional bands, shaded spans, reference rules and point markers. Most
// figures of the later chapters are this chart with different rows and options. It is drawn
// with d3 straight into SVG in Plot's markup (frame.ts says why), at about a sixth of the cost.

import { area, curveLinear, curveStepAfter, line } from 'd3-shape';
import { axes, chartRoot, clipped, extentOf, inner, lineMark, linear, ruleAcross, svgNode, textNode } from './frame.ts';
import type { Attributes, Frame } from './frame.ts';
import { appendEndLabels, axisTitleNodes, labelMargins, labelWidth, typography } from './labels.ts';
import { tickSpec } from './ticks.ts';
import type { Role } from './palette.ts';
import type { EndLabel } from './labels.ts';
import type { ChartOptions } from './poolDots.ts';

export interface LineRow {
  x: number;
  series: string;
  role: Role;
  value: number | null;
  dashed?: boolean;
}

export interface BandRow {
  x: number;
  series: string;
  role: Role;
  low: number;
  high: number;
}

export interface Rule {
  x?: number;
  y?: number;
  label: string;
  role?: Role;
  /** Where a vertical rule is named: at the top of the chart (default) or at the bottom. */
  labelAt?: 'top' | 'bottom';
}

export interface Marker {
  x: number;
  y: number;
  label: string;
  role?: Role;
  /**
   * The line the marker sits on: then it is drawn only where that line is drawn (a value at the
   * marker's x), at the line's value there, never on a line that is missing.
   */
  series?: string;
}

export interface LineChartOptions extends ChartOptions {
  xLabel: string;
  yLabel: string;
  /** d3-format specifier for the axes, e.g. "$,.0f" or ".0%". */
  xFormat?: string;
  yFormat?: string;
  xDomain?: [number, number];
  yDomain?: [number, number];
  bands?: readonly BandRow[];
  rules?: readonly Rule[];
  markers?: readonly Marker[];
  /** Shaded spans of x, e.g. the months of a cut or the spend past the pool's edge. */
  spans?: readonly { from: number; to: number; label: string }[];
  curve?: 'linear' | 'step-after';
  /** Name each line at its right end (default: yes, at every width). */
  labelEnds?: boolean;
}

export function lineChart(rows: readonly LineRow[], options: LineChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const series = [...new Set(rows.map((r) => r.series))];
  const wide = width >= 480;
  const labelled = options.labelEnds !== false;
  const t = typography(options);
  // Label sizes only when presenting, so the everyday drawing is unchanged.
  const sized: Attributes = t ? { 'font-size': t.label } : {};
  const valid = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  const xs = rows.map((r) => r.x);
  const xDomain = options.xDomain ?? [Math.min(...xs), Math.max(...xs)];
  const markers = onDrawnLines(options.markers ?? [], valid);
  // Line names in the right margin, at every width: 12 px (11 on a phone), sized to the longest.
  const labelSize = t ? t.label : wide ? 12 : 11;
  const ends = labelled ? endLabels(valid, series) : [];
  const endRoom = ends.length
    ? Math.max(wide ? 128 : 0, ...ends.map((label) => labelWidth(label.text, labelSize) + 6))
    : 16;
  const frame: Frame = {
    width,
    height,
    marginLeft: 56,
    marginRight: endRoom,
    marginTop: 22,
    marginBottom: 36,
    ...(t ? labelMargins(t) : {}),
  };
  const box = inner(frame);
  // The y domain as Plot infers it: every value a mark puts on y, with zero, rounded out.
  const yDomain = options.yDomain ??
    flatDomain(valid) ??
    extentOf([
      0,
      ...valid.map((r) => r.value),
      ...(options.bands ?? []).flatMap((b) => [b.low, b.high]),
      ...(options.rules ?? []).map((r) => r.y),
      ...markers.map((m) => m.y),
    ]) ?? [0, 1];
  const x = linear(xDomain, [box.left, box.right]);
  const y = linear(yDomain, [box.bottom, box.top], { zero: true, nice: true });
  const svg = chartRoot(document, frame, 'chart-lines', { x, y }, t?.tick);
  const g = (attributes: Attributes, ...children: Node[]) => svgNode(document, 'g', attributes, ...children);
  svg.append(
    ...axes(
      document,
      frame,
      x,
      y,
      {
        label: t ? null : options.xLabel,
        format: tickSpec(options.xFormat),
        ticks: Math.max(3, Math.floor(width / (t ? 150 : 110))),
      },
      {
        label: t ? null : options.yLabel,
        format: tickSpec(options.yFormat),
        grid: true,
        // Presenting, the chart is tall: a tick every 80px or so rather than the dense default.
        ...(t ? { ticks: Math.max(3, Math.floor(height / 80)) } : {}),
      },
    ),
  );
  // An empty label draws nothing, as Plot's text mark skips it.
  const text = (label: string, at: Attributes, lineAnchor: 'top' | 'middle' | 'bottom') =>
    label ? [textNode(document, label, at, lineAnchor)] : [];
  for (const span of options.spans ?? []) {
    const [x1, x2] = [x(span.from), x(span.to)];
    svg.append(
      g(
        { 'aria-label': 'rect', class: 'span', 'fill-opacity': 0.08 },
        svgNode(document, 'rect', {
          x: Math.min(x1, x2),
          y: box.top,
          width: Math.abs(x2 - x1),
          height: box.bottom - box.top,
        }),
      ),
      g(
        { 'aria-label': 'text', 'fill-opacity': 0.8, transform: 'translate(0,4)', ...sized },
        ...text(span.label, { transform: `translate(${x((span.from + span.to) / 2)},${box.top})` }, 'top'),
      ),
    );
  }
  for (const name of series) {
    const band = (options.bands ?? []).filter((b) => b.series === name);
    if (!band.length) continue;
    const path = area<BandRow>()
      .x((b) => x(b.x))
      .y0((b) => y(b.low))
      .y1((b) => y(b.high))
      .defined((b) => Number.isFinite(b.low) && Number.isFinite(b.high))(band);
    svg.append(
      g(
        { 'aria-label': 'area', class: band[0]!.role, 'fill-opacity': 0.18 },
        svgNode(document, 'path', { d: path ?? '' }),
      ),
    );
  }
  svg.append(ruleAcross(document, frame, y(0)));
  for (const rule of options.rules ?? []) {
    const role = rule.role ?? 'c-ever';
    if (rule.y !== undefined) {
      svg.append(
        ruleAcross(document, frame, y(rule.y), { class: role, 'stroke-dasharray': '4 3' }),
        g(
          {
            'aria-label': 'text',
            class: role,
            'text-anchor': 'start',
            // Presenting, the label goes under its rule: above it would meet the y title in the margin.
            transform: `translate(0,${t ? Math.round(t.label * 0.8) : -6})`,
            ...HALO,
            ...sized,
          },
          ...text(rule.label, { transform: `translate(${x(xDomain[0])},${y(rule.y)})` }, 'middle'),
        ),
      );
    }
    if (rule.x !== undefined) {
      const bottom = rule.labelAt === 'bottom';
      // A rule in the right half is named to its left, so the name stays inside the chart.
      const right = rightHalf(rule.x, xDomain);
      svg.append(
        g(
          { 'aria-label': 'rule', class: role, stroke: 'currentColor', 'stroke-dasharray': '4 3' },
          svgNode(document, 'line', { x1: x(rule.x), x2: x(rule.x), y1: box.top, y2: box.bottom }),
        ),
        g(
          {
            'aria-label': 'text',
            class: role,
            'text-anchor': right ? 'end' : 'start',
            transform: `translate(${right ? -4 : 4},${(bottom ? -1 : 1) * (t ? Math.round(t.label * 1.2) : 16)})`,
            ...HALO,
            ...sized,
          },
          ...text(
            rule.label,
            { transform: `translate(${x(rule.x)},${bottom ? box.bottom : box.top})` },
            bottom ? 'bottom' : 'top',
          ),
        ),
      );
    }
  }
  const curve = options.curve === 'step-after' ? curveStepAfter : curveLinear;
  const lines = series.map((name) => {
    const own = rows.filter((r) => r.series === name);
    const path = line<LineRow>()
      .x((r) => x(r.x))
      .y((r) => y(r.value as number))
      .defined((r) => r.value !== null && Number.isFinite(r.value) && Number.isFinite(r.x))
      .curve(curve)(own);
    return lineMark(
      document,
      { class: own[0]!.role, 'stroke-width': 2.5, 'stroke-dasharray': own[0]!.dashed ? '6 4' : undefined },
      path,
    );
  });
  svg.append(...clipped(document, frame, ...lines));
  for (const marker of markers) {
    const role = marker.role ?? 'c-ever';
    const where = place(marker, options, valid);
    svg.append(
      g(
        { 'aria-label': 'dot', class: role, stroke: 'var(--bg, white)', 'stroke-width': 1.5 },
        svgNode(document, 'circle', { cx: x(marker.x), cy: y(marker.y), r: 5 }),
      ),
      g(
        {
          'aria-label': 'text',
          class: role,
          // Near either end of the axis a marker's name runs inward, so it stays inside the picture.
          // A horizontal rule named just above the marker (rules are named at the left) sends the
          // name under the dot; rules just above and below it, to the right of the dot instead.
          'text-anchor': where === 'right' ? 'start' : edge(marker.x, xDomain),
          transform: `translate(${where === 'right' ? -4 : 0},${(where === 'below' ? -1 : 1) * (t ? -Math.round(t.label * 0.9) : -12)})`,
          'font-weight': 600,
          ...HALO,
          ...sized,
        },
        ...text(marker.label, { transform: `translate(${x(marker.x)},${y(marker.y)})` }, 'middle'),
      ),
    );
  }
  if (t) svg.append(...axisTitleNodes(document, frame, t, options.xLabel, options.yLabel));
  appendEndLabels(svg, ends, { document, size: labelSize });
  return svg;
}

/** A y domain when every value is zero (a deal size of $0), where Plot's would collapse to NaN ticks. */
function flatDomain(valid: readonly LineRow[]): [number, number] | undefined {
  return valid.every((r) => r.value === 0) ? [0, 1] : undefined;
}

/** The name of each drawn line at its last point (a line with no value has no label). */
function endLabels(valid: readonly LineRow[], series: readonly string[]): EndLabel[] {
  return series
    .map((name) => valid.filter((r) => r.series === name).at(-1))
    .filter((r): r is LineRow => r !== undefined)
    .map((r) => ({ x: r.x, y: r.value as number, text: r.series, role: r.role }));
}

/** Labels over lines and shading keep a thin outline of the page's background, so they read on anything. */
const HALO = {
  stroke: 'var(--bg, white)',
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
} as const satisfies Attributes;

/** Where a marker's name goes, given the horizontal rules within about 18 px of it (estimated). */
function place(marker: Marker, options: LineChartOptions, valid: readonly LineRow[]): 'above' | 'below' | 'right' {
  const ys = (options.rules ?? []).flatMap((r) => (r.y === undefined ? [] : [r.y]));
  if (!ys.length) return 'above';
  const values = valid.map((r) => r.value as number);
  const [low, high] = options.yDomain ?? [Math.min(0, ...values, ...ys), Math.max(...values, ...ys)];
  const perPixel = (high - low) / Math.max(1, options.height - 58) || 1;
  const above = ys.some((y) => y >= marker.y && (y - marker.y) / perPixel < 18);
  const below = ys.some((y) => y < marker.y && (marker.y - y) / perPixel < 18);
  return above && below ? 'right' : above ? 'below' : 'above';
}

function rightHalf(x: number, [from, to]: readonly [number, number]): boolean {
  return x > (from + to) / 2;
}

function edge(x: number, [from, to]: readonly [number, number]): 'start' | 'middle' | 'end' {
  const at = (x - from) / (to - from || 1);
  return at > 0.85 ? 'end' : at < 0.15 ? 'start' : 'middle';
}

/** Markers that name a line keep only those on it where it is drawn, at its value there. */
function onDrawnLines(markers: readonly Marker[], valid: readonly LineRow[]): Marker[] {
  return markers.flatMap((marker) => {
    if (marker.series === undefined) return [marker];
    const point = valid.find((r) => r.series === marker.series && r.x === marker.x);
    return point ? [{ ...marker, y: point.value as number }] : [];
  });
}

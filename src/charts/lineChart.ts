// Values over a shared x (months, or spend): one line per series in its role's colour, named at
// its right end, with optional bands, shaded spans, reference rules and point markers. Most
// figures of the later chapters are this chart with different rows and options.

import * as Plot from '@observablehq/plot';
import { axisTitles, labelWidth, plotTypography, typography } from './labels.ts';
import { paint } from './palette.ts';
import type { Role } from './palette.ts';
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
}

export interface Marker {
  x: number;
  y: number;
  label: string;
  role?: Role;
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
  /** Name each line at its right end (on wide charts). */
  labelEnds?: boolean;
}

export function lineChart(rows: readonly LineRow[], options: LineChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const series = [...new Set(rows.map((r) => r.series))];
  const wide = width >= 480 && options.labelEnds !== false;
  const t = typography(options);
  // Label options only when presenting, so the everyday drawing is unchanged.
  const sized = (size: number) => (t ? { fontSize: t.label } : size ? { fontSize: size } : {});
  const valid = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  const xs = rows.map((r) => r.x);
  const xDomain = options.xDomain ?? [Math.min(...xs), Math.max(...xs)];
  const marks: Plot.Markish[] = [];
  for (const span of options.spans ?? []) {
    marks.push(
      Plot.rectX([span], { x1: 'from', x2: 'to', fill: 'currentColor', fillOpacity: 0.08, className: 'span' }),
    );
    marks.push(
      Plot.text([span], {
        x: (d: typeof span) => (d.from + d.to) / 2,
        frameAnchor: 'top',
        dy: 4,
        text: 'label',
        fill: 'currentColor',
        fillOpacity: 0.8,
        ...sized(0),
      }),
    );
  }
  for (const name of series) {
    const band = (options.bands ?? []).filter((b) => b.series === name);
    if (band.length) {
      marks.push(
        Plot.areaY(band, {
          x: 'x',
          y1: 'low',
          y2: 'high',
          fill: 'currentColor',
          fillOpacity: 0.18,
          className: band[0]!.role,
        }),
      );
    }
  }
  marks.push(Plot.ruleY([0]));
  for (const rule of options.rules ?? []) {
    if (rule.y !== undefined) {
      marks.push(
        Plot.ruleY([rule.y], { stroke: 'currentColor', strokeDasharray: '4 3', className: rule.role ?? 'c-ever' }),
      );
      marks.push(
        Plot.text([rule], {
          x: xDomain[0],
          y: 'y',
          text: 'label',
          textAnchor: 'start',
          // Presenting, the label goes under its rule: above it would meet the y title in the margin.
          dy: t ? Math.round(t.label * 0.8) : -6,
          fill: 'currentColor',
          className: rule.role ?? 'c-ever',
          ...sized(0),
        }),
      );
    }
    if (rule.x !== undefined) {
      marks.push(
        Plot.ruleX([rule.x], { stroke: 'currentColor', strokeDasharray: '4 3', className: rule.role ?? 'c-ever' }),
      );
      marks.push(
        Plot.text([rule], {
          x: 'x',
          frameAnchor: 'top',
          text: 'label',
          textAnchor: 'start',
          dx: 4,
          dy: t ? Math.round(t.label * 1.2) : 16,
          fill: 'currentColor',
          className: rule.role ?? 'c-ever',
          ...sized(0),
        }),
      );
    }
  }
  for (const name of series) {
    const line = rows.filter((r) => r.series === name);
    const first = line[0]!;
    marks.push(
      Plot.line(line, {
        x: 'x',
        y: 'value',
        stroke: 'currentColor',
        strokeWidth: 2.5,
        strokeDasharray: first.dashed ? '6 4' : undefined,
        curve: options.curve ?? 'linear',
        clip: true,
        className: first.role,
      }),
    );
  }
  if (wide) {
    for (const label of endLabels(valid, series, options)) {
      marks.push(
        Plot.text([label], {
          x: 'x',
          y: 'y',
          text: 'series',
          dx: 6,
          textAnchor: 'start',
          fill: 'currentColor',
          ...sized(12),
          className: label.role,
        }),
      );
    }
  }
  for (const marker of options.markers ?? []) {
    marks.push(
      Plot.dot([marker], {
        x: 'x',
        y: 'y',
        r: 5,
        fill: 'currentColor',
        stroke: 'var(--bg, white)',
        className: marker.role ?? 'c-ever',
      }),
    );
    marks.push(
      Plot.text([marker], {
        x: 'x',
        y: 'y',
        text: 'label',
        dy: t ? -Math.round(t.label * 0.9) : -12,
        fill: 'currentColor',
        fontWeight: 600,
        className: marker.role ?? 'c-ever',
        ...sized(0),
      }),
    );
  }
  if (t) marks.push(...axisTitles(t, options.xLabel, options.yLabel));
  const endRoom = t ? Math.max(128, ...series.map((name) => labelWidth(name, t.label))) : 128;
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginRight: wide ? endRoom : 16,
    marginTop: 22,
    marginBottom: 36,
    ...plotTypography(t),
    className: 'chart-lines',
    x: {
      label: t ? null : options.xLabel,
      domain: xDomain,
      tickFormat: options.xFormat,
      ticks: Math.max(3, Math.floor(width / (t ? 150 : 110))),
    },
    y: {
      label: t ? null : options.yLabel,
      // Presenting, the chart is tall: a tick every 80px or so rather than Plot's dense default.
      ...(t ? { ticks: Math.max(3, Math.floor(height / 80)) } : {}),
      domain: options.yDomain ?? flatDomain(valid),
      tickFormat: options.yFormat,
      grid: true,
      nice: true,
      zero: true,
    },
    marks,
  }) as SVGSVGElement;
  return paint(svg);
}

/** A y domain when every value is zero (a deal size of $0), where Plot's would collapse to NaN ticks. */
function flatDomain(valid: readonly LineRow[]): [number, number] | undefined {
  return valid.every((r) => r.value === 0) ? [0, 1] : undefined;
}

/**
 * The name of each line at its last point, nudged apart vertically so that lines ending close
 * together keep readable labels (at least 14 px between them).
 */
function endLabels(valid: readonly LineRow[], series: readonly string[], options: LineChartOptions) {
  const labels = series
    .map((name) => valid.filter((r) => r.series === name).at(-1))
    .filter((r): r is LineRow => r !== undefined)
    .map((r) => ({ x: r.x, y: r.value as number, series: r.series, role: r.role }));
  if (labels.length < 2) return labels;
  const values = valid.map((r) => r.value as number);
  const [low, high] = options.yDomain ?? [Math.min(0, ...values), Math.max(...values)];
  const perPixel = (high - low) / Math.max(1, options.height - 58);
  labels.sort((a, b) => a.y - b.y);
  const gap = (options.labelSize ?? 12) + 2;
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + gap * perPixel);
  return labels;
}

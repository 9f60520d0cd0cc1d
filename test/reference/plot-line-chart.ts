// The site's line chart as it was drawn with Observable Plot (src/charts/lineChart.ts at commit
// 0107f40, before it was drawn with d3 straight into SVG), kept as the reference the d3 drawing is
// compared with in test/plot-parity.test.ts: the same rows and options must give the same
// lines, shapes, texts and styles. Test code only; Plot is a development dependency.

// Values over a shared x (months, or spend): one line per series in its role's colour, named at
// its right end, with optional bands, shaded spans, reference rules and point markers. Most
// figures of the later chapters are this chart with different rows and options.

import * as Plot from '@observablehq/plot';
import { appendEndLabels, labelWidth, typography } from '../../src/charts/labels.ts';
import type { EndLabel } from '../../src/charts/labels.ts';
import { axisTitles, paint, plotTypography } from './plot-common.ts';
import { tickSpec } from '../../src/charts/ticks.ts';
import type { LineChartOptions, LineRow, Marker } from '../../src/charts/lineChart.ts';

export function plotLineChart(rows: readonly LineRow[], options: LineChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const series = [...new Set(rows.map((r) => r.series))];
  const wide = width >= 480;
  const labelled = options.labelEnds !== false;
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
          ...HALO,
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
          frameAnchor: rule.labelAt === 'bottom' ? 'bottom' : 'top',
          text: 'label',
          // A rule in the right half is named to its left, so the name stays inside the chart.
          textAnchor: rightHalf(rule.x, xDomain) ? 'end' : 'start',
          dx: rightHalf(rule.x, xDomain) ? -4 : 4,
          dy: (rule.labelAt === 'bottom' ? -1 : 1) * (t ? Math.round(t.label * 1.2) : 16),
          fill: 'currentColor',
          className: rule.role ?? 'c-ever',
          ...HALO,
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
  for (const marker of onDrawnLines(options.markers ?? [], valid)) {
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
        // Near either end of the axis a marker's name runs inward, so it stays inside the picture.
        // A horizontal rule named just above the marker (rules are named at the left) sends the
        // name under the dot; rules just above and below it, to the right of the dot instead.
        textAnchor: place(marker, options, valid) === 'right' ? 'start' : edge(marker.x, xDomain),
        dx: place(marker, options, valid) === 'right' ? -4 : 0,
        dy: (place(marker, options, valid) === 'below' ? -1 : 1) * (t ? -Math.round(t.label * 0.9) : -12),
        fill: 'currentColor',
        fontWeight: 600,
        className: marker.role ?? 'c-ever',
        ...HALO,
        ...sized(0),
      }),
    );
  }
  if (t) marks.push(...axisTitles(t, options.xLabel, options.yLabel));
  // Line names in the right margin, at every width: 12 px (11 on a phone), sized to the longest.
  const labelSize = t ? t.label : wide ? 12 : 11;
  const ends = labelled ? endLabels(valid, series) : [];
  const endRoom = ends.length
    ? Math.max(wide ? 128 : 0, ...ends.map((label) => labelWidth(label.text, labelSize) + 6))
    : 16;
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginRight: endRoom,
    marginTop: 22,
    marginBottom: 36,
    ...plotTypography(t),
    className: 'chart-lines',
    x: {
      label: t ? null : options.xLabel,
      domain: xDomain,
      tickFormat: tickSpec(options.xFormat),
      ticks: Math.max(3, Math.floor(width / (t ? 150 : 110))),
    },
    y: {
      label: t ? null : options.yLabel,
      // Presenting, the chart is tall: a tick every 80px or so rather than Plot's dense default.
      ...(t ? { ticks: Math.max(3, Math.floor(height / 80)) } : {}),
      domain: options.yDomain ?? flatDomain(valid),
      tickFormat: tickSpec(options.yFormat),
      grid: true,
      nice: true,
      zero: true,
    },
    marks,
  }) as SVGSVGElement;
  appendEndLabels(svg, ends, { document, size: labelSize });
  return paint(svg);
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
const HALO = { stroke: 'var(--bg, white)', strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

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

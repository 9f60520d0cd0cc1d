// The site's categories chart as Observable Plot drew it (src/charts/categories.ts at commit 4437d9a), the
// reference test/plot-parity.test.ts holds the d3 drawing to. Test code only.

// Charts over named categories rather than a numeric axis: dots per category for several series
// (the stage ladder), and horizontal bars, one per category (tiers of accounts).

import * as Plot from '@observablehq/plot';
import type { CategoryPoint, CategoryChartOptions, BarRow } from '../../src/charts/categories.ts';
import { labelMargins, typography } from '../../src/charts/labels.ts';
import { axisTitles, plotTypography, paint } from './plot-common.ts';
import { tickSpec } from '../../src/charts/ticks.ts';
import type { ChartOptions } from '../../src/charts/poolDots.ts';

/** Dots for each series at each category, on a shared y axis; some series joined by a line. */
export function plotCategoryDots(points: readonly CategoryPoint[], options: CategoryChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  // A category may name itself on more than one line ("Pre-PMF\n6 mo"): room for the extra lines.
  const lines = Math.max(1, ...options.categories.map((c) => c.split('\n').length));
  const extraBottom = Math.round((lines - 1) * (t ? t.tick : 10) * 1.2);
  const series = [...new Set(points.map((p) => p.series))];
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  for (const name of series) {
    const own = points.filter((p) => p.series === name);
    if (own[0]?.line) {
      marks.push(
        Plot.line(own, { x: 'category', y: 'value', stroke: 'currentColor', strokeWidth: 2, className: own[0].role }),
      );
    }
    marks.push(
      Plot.dot(own, {
        x: 'category',
        y: 'value',
        r: own[0]?.line ? 6 : 5,
        fill: own[0]?.line ? 'currentColor' : 'none',
        stroke: 'currentColor',
        strokeWidth: 2,
        className: own[0]!.role,
      }),
    );
  }
  if (t) marks.push(...axisTitles(t, options.xLabel, options.yLabel, extraBottom));
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 52,
    marginTop: 22,
    ...plotTypography(t),
    marginBottom: (t ? labelMargins(t).marginBottom : 40) + extraBottom,
    className: 'chart-categories',
    x: { type: 'point', domain: [...options.categories], label: t ? null : options.xLabel, padding: 0.4 },
    y: {
      label: t ? null : options.yLabel,
      domain: options.yDomain,
      tickFormat: tickSpec(options.yFormat),
      grid: true,
      ...(t ? { ticks: Math.max(3, Math.floor(height / 80)) } : {}),
    },
    marks,
  }) as SVGSVGElement;
  return paint(svg);
}

/** One horizontal bar per category, labelled with its value at its end. */
export function plotCategoryBars(
  rows: readonly BarRow[],
  options: ChartOptions & { xLabel: string; xFormat?: string },
): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  const valid = rows.filter((r) => r.value !== null && Number.isFinite(r.value)) as (BarRow & { value: number })[];
  const max = Math.max(1e-9, ...valid.map((r) => r.value));
  const size = t ? t.label : 11;
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: Math.min(Math.round(width * 0.35), Math.max(...rows.map((r) => r.category.length)) * size * 0.6 + 12),
    marginRight: Math.max(56, Math.max(...rows.map((r) => r.label.length)) * size * 0.6 + 8),
    marginBottom: 36,
    ...plotTypography(t),
    className: 'chart-bars',
    x: {
      label: t ? null : options.xLabel,
      domain: [0, max],
      tickFormat: tickSpec(options.xFormat),
      grid: true,
      ticks: Math.max(2, Math.floor(width / 140)),
    },
    y: { label: null, domain: rows.map((r) => r.category) },
    marks: [
      ...(t ? axisTitles(t, options.xLabel, undefined) : []),
      ...[...new Set(valid.map((r) => r.role))].map((role) =>
        Plot.barX(
          valid.filter((r) => r.role === role),
          { y: 'category', x: 'value', fill: 'currentColor', className: role, inset: 2 },
        ),
      ),
      Plot.text(valid, {
        y: 'category',
        x: 'value',
        text: 'label',
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
        ...(t ? { fontSize: t.label } : {}),
      }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement;
  return paint(svg);
}

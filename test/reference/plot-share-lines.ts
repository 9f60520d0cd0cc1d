// The site's shareLines chart as Observable Plot drew it (src/charts/shareLines.ts at commit 4437d9a), the
// reference test/plot-parity.test.ts holds the d3 drawing to. Test code only.

// Shares over months as labelled lines: each series is drawn in its role's colour and named
// at its right end, so the chart needs no separate legend.

import * as Plot from '@observablehq/plot';
import type { ShareRow } from '../../src/charts/shareLines.ts';
import { appendEndLabels, labelWidth, typography } from '../../src/charts/labels.ts';
import { axisTitles, plotTypography, paint } from './plot-common.ts';
import { tickSpec } from '../../src/charts/ticks.ts';
import type { ChartOptions } from '../../src/charts/poolDots.ts';

export function plotShareLines(rows: readonly ShareRow[], options: ChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  const series = [...new Set(rows.map((r) => r.series))];
  const last = series.map((name) => rows.filter((r) => r.series === name).at(-1)!);
  const months = Math.max(1, ...rows.map((r) => r.month));
  // Each line is named at its right end at every width (11 px on a phone), so no legend is needed.
  const size = t ? t.label : width < 480 ? 11 : 12;
  const labelRoom = Math.max(width < 480 ? 0 : 120, ...series.map((name) => labelWidth(name, size) + 6));
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: labelRoom,
    marginBottom: 36,
    ...plotTypography(t),
    className: 'chart-lines',
    x: {
      label: t ? null : 'Month',
      domain: [1, months],
      ticks: Math.min(10, Math.ceil(months / 6), Math.floor((width - 44 - labelRoom) / 40)),
    },
    y: { label: t ? null : 'Share of buyers', domain: [0, 1], tickFormat: tickSpec('.0%'), grid: true },
    marks: [
      ...(t ? axisTitles(t, 'Month', 'Share of buyers') : []),
      Plot.ruleY([0]),
      ...series.map((name) => {
        const role = rows.find((r) => r.series === name)!.role;
        return Plot.line(
          rows.filter((r) => r.series === name),
          { x: 'month', y: 'value', stroke: 'currentColor', strokeWidth: 2.5, className: role },
        );
      }),
    ],
  }) as SVGSVGElement;
  appendEndLabels(
    svg,
    last.map((row) => ({ x: row.month, y: row.value, text: row.series, role: row.role })),
    { document, size },
  );
  return paint(svg);
}

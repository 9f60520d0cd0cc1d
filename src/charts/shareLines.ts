// Shares over months as labelled lines: each series is drawn in its role's colour and named
// at its right end, so the chart needs no separate legend. Drawn with d3 (frame.ts).

import { line } from 'd3-shape';
import { axes, chartRoot, inner, lineMark, linear, ruleAcross } from './frame.ts';
import type { Frame } from './frame.ts';
import { appendEndLabels, axisTitleNodes, labelMargins, labelWidth, typography } from './labels.ts';
import { tickSpec } from './ticks.ts';
import type { Role } from './palette.ts';
import type { ChartOptions } from './poolDots.ts';

export interface ShareRow {
  month: number;
  series: string;
  role: Role;
  value: number;
}

export function shareLines(rows: readonly ShareRow[], options: ChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  const series = [...new Set(rows.map((r) => r.series))];
  const last = series.map((name) => rows.filter((r) => r.series === name).at(-1)!);
  const months = Math.max(1, ...rows.map((r) => r.month));
  // Each line is named at its right end at every width (11 px on a phone), so no legend is needed.
  const size = t ? t.label : width < 480 ? 11 : 12;
  const labelRoom = Math.max(width < 480 ? 0 : 120, ...series.map((name) => labelWidth(name, size) + 6));
  const frame: Frame = {
    width,
    height,
    marginTop: 20,
    marginLeft: 44,
    marginRight: labelRoom,
    marginBottom: 36,
    ...(t ? labelMargins(t) : {}),
  };
  const box = inner(frame);
  const x = linear([1, months], [box.left, box.right]);
  const y = linear([0, 1], [box.bottom, box.top]);
  const svg = chartRoot(document, frame, 'chart-lines', { x, y }, t?.tick);
  svg.append(
    ...axes(
      document,
      frame,
      x,
      y,
      {
        label: t ? null : 'Month',
        ticks: Math.min(10, Math.ceil(months / 6), Math.floor((width - 44 - labelRoom) / 40)),
      },
      { label: t ? null : 'Share of buyers', format: tickSpec('.0%'), grid: true },
    ),
  );
  if (t) svg.append(...axisTitleNodes(document, frame, t, 'Month', 'Share of buyers'));
  svg.append(ruleAcross(document, frame, y(0)));
  for (const name of series) {
    const own = rows.filter((r) => r.series === name);
    const path = line<ShareRow>()
      .x((r) => x(r.month))
      .y((r) => y(r.value))
      .defined((r) => Number.isFinite(r.value) && Number.isFinite(r.month))(own);
    svg.append(lineMark(document, { class: own[0]!.role, 'stroke-width': 2.5 }, path));
  }
  appendEndLabels(
    svg,
    last.map((row) => ({ x: row.month, y: row.value, text: row.series, role: row.role })),
    { document, size },
  );
  return svg;
}

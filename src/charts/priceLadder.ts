// This month's click opportunities sorted from cheapest to dearest, with the part bought at
// the current spend shaded: the last click bought sits well above the average one. Drawn with
// d3 (frame.ts).

import { area, line } from 'd3-shape';
import { axes, chartRoot, extentOf, inner, lineMark, linear, ruleAcross, svgNode, textNode } from './frame.ts';
import type { Attributes, Frame } from './frame.ts';
import { axisTitleNodes, labelMargins, labelWidth, typography } from './labels.ts';
import { tickSpec } from './ticks.ts';
import type { ChartOptions } from './poolDots.ts';

export interface LadderRow {
  /** Share of this month's opportunities priced at or below this one (0-1). */
  rank: number;
  price: number;
  bought: boolean;
}

export interface LadderMarks {
  avgCpc: number | null;
  marginalCpc: number | null;
}

export function priceLadder(rows: readonly LadderRow[], marks: LadderMarks, options: ChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const wide = width >= 480;
  const t = typography(options);
  const xLabel = 'Click opportunities this month, cheapest first';
  const yLabel = 'Clearing price of the click';
  const rules = [
    ...(marks.avgCpc === null ? [] : [{ y: marks.avgCpc, label: 'average click', role: 'c-activation' }]),
    ...(marks.marginalCpc === null ? [] : [{ y: marks.marginalCpc, label: 'last click bought', role: 'c-in' }]),
  ];
  const frame: Frame = {
    width,
    height,
    marginTop: 20,
    marginLeft: 56,
    marginRight: wide ? (t ? labelWidth('last click bought', t.label) : 120) : 16,
    marginBottom: 36,
    ...(t ? labelMargins(t) : {}),
  };
  const box = inner(frame);
  const x = linear([0, 1], [box.left, box.right]);
  // The prices stand on zero (Plot stacks an area on it) and the rules are on the axis too.
  const y = linear(extentOf([0, ...rows.map((r) => r.price), ...rules.map((r) => r.y)]) ?? [0, 1], [
    box.bottom,
    box.top,
  ]);
  const svg = chartRoot(document, frame, 'chart-ladder', { x, y }, t?.tick);
  const g = (attributes: Attributes, ...children: Node[]) => svgNode(document, 'g', attributes, ...children);
  svg.append(
    ...axes(
      document,
      frame,
      x,
      y,
      { label: t ? null : xLabel, format: tickSpec('.0%') },
      { label: t ? null : yLabel, format: tickSpec('$,.0f'), grid: true },
    ),
  );
  if (t) svg.append(...axisTitleNodes(document, frame, t, xLabel, yLabel));
  const defined = (r: LadderRow) => Number.isFinite(r.rank) && Number.isFinite(r.price);
  const shade = (of: readonly LadderRow[]) =>
    area<LadderRow>()
      .x((r) => x(r.rank))
      .y0(y(0))
      .y1((r) => y(r.price))
      .defined(defined)(of) ?? '';
  const bought = rows.filter((r) => r.bought);
  svg.append(
    g({ 'aria-label': 'area', class: 'c-out', 'fill-opacity': 0.25 }, svgNode(document, 'path', { d: shade(rows) })),
    g(
      { 'aria-label': 'area', class: 'c-activation', 'fill-opacity': 0.85 },
      ...(bought.length ? [svgNode(document, 'path', { d: shade(bought) })] : []),
    ),
    lineMark(
      document,
      { class: 'c-ever', 'stroke-width': 1.5 },
      line<LadderRow>()
        .x((r) => x(r.rank))
        .y((r) => y(r.price))
        .defined(defined)(rows),
    ),
    ruleAcross(document, frame, y(0)),
  );
  for (const rule of rules) {
    const right = wide || rule.role === 'c-in';
    // Named in the right margin when there is room; on a phone, just above the rule (the average
    // at the left, the last click at the right, so the two names never meet), over a halo of the
    // page's background so the name reads across the shaded clicks.
    svg.append(
      ruleAcross(document, frame, y(rule.y), { class: rule.role, 'stroke-dasharray': '4 3' }),
      g(
        {
          'aria-label': 'text',
          class: rule.role,
          'text-anchor': wide || rule.role !== 'c-in' ? 'start' : 'end',
          transform: `translate(${wide ? 6 : rule.role === 'c-in' ? -4 : 4},${wide ? 0 : -8})`,
          ...(wide
            ? {}
            : { stroke: 'var(--bg, white)', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }),
          ...(t ? { 'font-size': t.label } : {}),
        },
        textNode(document, rule.label, { transform: `translate(${x(right ? 1 : 0)},${y(rule.y)})` }, 'middle'),
      ),
    );
  }
  return svg;
}

// The site's priceLadder chart as Observable Plot drew it (src/charts/priceLadder.ts at commit 4437d9a), the
// reference test/plot-parity.test.ts holds the d3 drawing to. Test code only.

// This month's click opportunities sorted from cheapest to dearest, with the part bought at
// the current spend shaded: the last click bought sits well above the average one.

import * as Plot from '@observablehq/plot';
import type { LadderRow, LadderMarks } from '../../src/charts/priceLadder.ts';
import { labelWidth, typography } from '../../src/charts/labels.ts';
import { axisTitles, plotTypography, paint } from './plot-common.ts';
import { tickSpec } from '../../src/charts/ticks.ts';
import type { ChartOptions } from '../../src/charts/poolDots.ts';

export function plotPriceLadder(rows: readonly LadderRow[], marks: LadderMarks, options: ChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const wide = width >= 480;
  const t = typography(options);
  const xLabel = 'Click opportunities this month, cheapest first';
  const yLabel = 'Clearing price of the click';
  const rules = [
    ...(marks.avgCpc === null ? [] : [{ y: marks.avgCpc, label: 'average click', role: 'c-activation' }]),
    ...(marks.marginalCpc === null ? [] : [{ y: marks.marginalCpc, label: 'last click bought', role: 'c-in' }]),
  ];
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 56,
    marginRight: wide ? (t ? labelWidth('last click bought', t.label) : 120) : 16,
    marginBottom: 36,
    ...plotTypography(t),
    className: 'chart-ladder',
    x: { label: t ? null : xLabel, domain: [0, 1], tickFormat: tickSpec('.0%') },
    y: { label: t ? null : yLabel, tickFormat: tickSpec('$,.0f'), grid: true },
    marks: [
      ...(t ? axisTitles(t, xLabel, yLabel) : []),
      Plot.areaY(rows, { x: 'rank', y: 'price', fill: 'currentColor', fillOpacity: 0.25, className: 'c-out' }),
      Plot.areaY(
        rows.filter((r) => r.bought),
        { x: 'rank', y: 'price', fill: 'currentColor', fillOpacity: 0.85, className: 'c-activation' },
      ),
      Plot.line(rows, { x: 'rank', y: 'price', stroke: 'currentColor', strokeWidth: 1.5, className: 'c-ever' }),
      Plot.ruleY([0]),
      ...rules.flatMap((rule) => [
        Plot.ruleY([rule], { y: 'y', stroke: 'currentColor', strokeDasharray: '4 3', className: rule.role }),
        // Named in the right margin when there is room; on a phone, just above the rule (the average
        // at the left, the last click at the right, so the two names never meet), over a halo of the
        // page's background so the name reads across the shaded clicks.
        Plot.text([rule], {
          x: wide || rule.role === 'c-in' ? 1 : 0,
          y: 'y',
          text: 'label',
          dx: wide ? 6 : rule.role === 'c-in' ? -4 : 4,
          dy: wide ? 0 : -8,
          textAnchor: wide || rule.role !== 'c-in' ? 'start' : 'end',
          fill: 'currentColor',
          ...(wide ? {} : { stroke: 'var(--bg, white)', strokeWidth: 3, paintOrder: 'stroke' }),
          className: rule.role,
          ...(t ? { fontSize: t.label } : {}),
        }),
      ]),
    ],
  }) as SVGSVGElement;
  return paint(svg);
}

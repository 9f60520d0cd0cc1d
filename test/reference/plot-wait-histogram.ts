// The site's waitHistogram chart as Observable Plot drew it (src/charts/waitHistogram.ts at commit 4437d9a), the
// reference test/plot-parity.test.ts holds the d3 drawing to. Test code only.

// How long until buyers who are out of market today next enter it: the share of them in
// each span of months, with the spans past the horizon gathered in one bar at the end.

import * as Plot from '@observablehq/plot';
import type { WaitRow } from '../../src/charts/waitHistogram.ts';
import { typography } from '../../src/charts/labels.ts';
import { axisTitles, plotTypography, paint } from './plot-common.ts';
import { tickSpec } from '../../src/charts/ticks.ts';
import type { ChartOptions } from '../../src/charts/poolDots.ts';

export function plotWaitHistogram(rows: readonly WaitRow[], options: ChartOptions): SVGSVGElement {
  const { width, height, document } = options;
  const t = typography(options);
  const xLabel = 'Months until the buyer next enters the market';
  const yLabel = 'Share of out-of-market buyers';
  const end = Math.max(1, ...rows.map((r) => r.to));
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginBottom: 36,
    ...plotTypography(t),
    className: 'chart-wait',
    x: { label: t ? null : xLabel, domain: [0, end] },
    // Presenting, the chart is tall: fewer ticks, so whole percents are not repeated.
    y: {
      label: t ? null : yLabel,
      // The precision follows the ticks: at a long cycle the shares are small (0.5%, 1.0%, 1.5%).
      tickFormat: tickSpec('.0%'),
      grid: true,
      ...(t ? { ticks: Math.max(3, Math.floor(height / 90)) } : {}),
    },
    marks: [
      ...(t ? axisTitles(t, xLabel, yLabel) : []),
      Plot.rectY(rows, {
        x1: (r: WaitRow) => r.from - 1,
        x2: 'to',
        y: 'share',
        fill: 'currentColor',
        inset: 0.5,
        className: 'c-ever',
      }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement;
  return paint(svg);
}

// What the Plot drawings of test/reference/ share, as the site's charts had them before they were
// drawn with d3 (commit 4437d9a): the role colours set after Plot drew, and presentation
// typography as Plot text marks and options. Test code only.

import * as Plot from '@observablehq/plot';
import { labelMargins } from '../../src/charts/labels.ts';
import type { Typography } from '../../src/charts/labels.ts';
import { palette } from '../../src/charts/palette.ts';

/** The fallback colour of each role's marks, as the site's palette.ts set it after Plot drew. */
export function paint<T extends Element>(svg: T): T {
  for (const [role, colour] of Object.entries(palette)) {
    for (const node of svg.querySelectorAll(`.${role}`)) node.setAttribute('color', colour);
  }
  return svg;
}

export function axisTitles(
  t: Typography,
  xLabel: string | undefined,
  yLabel: string | undefined,
  /** Room added below the ticks (for tick labels of more than one line), so the x title stays below them. */
  extraBottom = 0,
): Plot.Markish[] {
  const m = labelMargins(t);
  const marks: Plot.Markish[] = [];
  if (yLabel)
    marks.push(
      Plot.text([`\u2191 ${yLabel}`], {
        frameAnchor: 'top-left',
        dx: -m.marginLeft + 2,
        dy: -m.marginTop + 2,
        lineAnchor: 'top',
        textAnchor: 'start',
        fontSize: t.label,
        fill: 'currentColor',
      }),
    );
  if (xLabel)
    marks.push(
      Plot.text([`${xLabel} \u2192`], {
        frameAnchor: 'bottom-right',
        dy: m.marginBottom + extraBottom - 8,
        lineAnchor: 'bottom',
        textAnchor: 'end',
        fontSize: t.label,
        fill: 'currentColor',
      }),
    );
  return marks;
}

export function plotTypography(t: Typography | null): Record<string, unknown> {
  return t ? { ...labelMargins(t), style: { fontSize: `${t.tick}px` } } : {};
}

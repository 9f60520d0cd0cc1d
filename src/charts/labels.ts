// Presentation typography: a chart drawn for a projector sets its labels (axis titles, line
// names, marker and rule labels) at a given size and makes room for them, while the tick labels
// stay small. Without a label size a chart draws exactly as it always has.

import * as Plot from '@observablehq/plot';
import type { ChartOptions } from './poolDots.ts';

export interface Typography {
  /** Font size of every label but the ticks, in px. */
  label: number;
  /** Font size of the tick labels, in px. */
  tick: number;
}

export function typography(options: ChartOptions): Typography | null {
  const label = options.labelSize;
  return label && label > 0 ? { label, tick: Math.round(label * 0.6) } : null;
}

/** Room the labels need: above for the y title, below for the ticks and the x title, left for the ticks. */
export function labelMargins(t: Typography): { marginTop: number; marginBottom: number; marginLeft: number } {
  return {
    marginTop: Math.round(t.label * 1.4),
    marginBottom: Math.round(t.tick + 14 + t.label * 1.2),
    marginLeft: Math.round(t.tick * 5),
  };
}

/** Width a one-line label needs at this size (an estimate: 0.58 em a character). */
export function labelWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.58) + 12;
}

/** The axis titles as text marks, so they take the label size while the axes keep the tick size. */
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

/** Plot options for the tick size and the label room; empty without presentation typography. */
export function plotTypography(t: Typography | null): Record<string, unknown> {
  return t ? { ...labelMargins(t), style: { fontSize: `${t.tick}px` } } : {};
}

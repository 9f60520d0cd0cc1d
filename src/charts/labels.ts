// Presentation typography: a chart drawn for a projector sets its labels (axis titles, line
// names, marker and rule labels) at a given size and makes room for them, while the tick labels
// stay small. Without a label size a chart draws exactly as it always has.

import { inner, svgNode, textNode } from './frame.ts';
import type { Frame } from './frame.ts';
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

/** The same axis titles drawn straight into SVG, for the charts drawn without Plot (frame.ts). */
export function axisTitleNodes(
  document: Document,
  frame: Frame,
  t: Typography,
  xLabel: string | undefined,
  yLabel: string | undefined,
  /** Room added below the ticks (for tick labels of more than one line), so the x title stays below them. */
  extraBottom = 0,
): SVGElement[] {
  const m = labelMargins(t);
  const box = inner(frame);
  const out: SVGElement[] = [];
  if (yLabel)
    out.push(
      svgNode(
        document,
        'g',
        {
          'aria-label': 'text',
          fill: 'currentColor',
          'font-size': t.label,
          'text-anchor': 'start',
          transform: `translate(${-m.marginLeft + 2},${-m.marginTop + 2})`,
        },
        textNode(document, `\u2191 ${yLabel}`, { transform: `translate(${box.left},${box.top})` }, 'top'),
      ),
    );
  if (xLabel)
    out.push(
      svgNode(
        document,
        'g',
        {
          'aria-label': 'text',
          fill: 'currentColor',
          'font-size': t.label,
          'text-anchor': 'end',
          transform: `translate(0,${m.marginBottom + extraBottom - 8})`,
        },
        textNode(document, `${xLabel} \u2192`, { transform: `translate(${box.right},${box.bottom})` }, 'bottom'),
      ),
    );
  return out;
}

export interface EndLabel {
  /** The line's last drawn point, in data units. */
  x: number;
  y: number;
  text: string;
  /** Role class: the label takes its line's colour. */
  role: string;
}

/**
 * Positions of line labels in px, nudged apart so that none is closer than `gap` to the next and
 * all stay within [top, bottom] (when they fit): first down from the top, then up from the bottom.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => o.y);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k ? ys[k - 1]! + gap : top);
  for (let k = ys.length - 1; k >= 0; k--) ys[k] = Math.min(ys[k]!, k < ys.length - 1 ? ys[k + 1]! - gap : bottom);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k ? ys[k - 1]! + gap : top);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Names each line at its right end, in the chart's right margin, after Plot has drawn the chart
 * (so the labels use its scales): at every width, so a phone reads which line is which without a
 * legend. Labels of lines that end close together are moved apart and none leaves the SVG.
 */
export function appendEndLabels(
  svg: SVGSVGElement,
  labels: readonly EndLabel[],
  { document, size, dx = 6 }: { document: Document; size: number; dx?: number },
): void {
  if (!labels.length) return;
  const scales = (svg as unknown as { scale(name: string): { apply(v: number): number; range: number[] } | undefined })
    .scale;
  const x = scales.call(svg, 'x');
  const y = scales.call(svg, 'y');
  if (!x || !y) return;
  const [bottom, top] = [Math.max(...y.range), Math.min(...y.range)];
  const height = Number(svg.getAttribute('height'));
  const gap = size + 2;
  const ys = spreadLabels(
    labels.map((l) => y.apply(l.y)),
    gap,
    Math.max(size / 2 + 1, top - 6),
    Math.min(height - size / 2 - 1, bottom),
  );
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'end-labels');
  group.setAttribute('font-size', String(size));
  group.setAttribute('text-anchor', 'start');
  labels.forEach((label, i) => {
    const text = svgNode(document, 'text', { class: label.role });
    text.setAttribute('fill', 'currentColor');
    text.setAttribute('x', String(Math.round((x.apply(label.x) + dx) * 10) / 10));
    text.setAttribute('y', String(Math.round(ys[i]! * 10) / 10));
    text.setAttribute('dy', '0.32em');
    text.textContent = label.text;
    group.append(text);
  });
  svg.append(group);
}

// The few pieces of a chart that a redraw on every slider step needs, drawn straight into SVG
// with d3's scales and shapes: a frame with margins, linear scales, axes with a grid, and mark
// groups. Observable Plot draws the site's other charts; for the line chart and the pool's dots,
// which most figures redraw on every input, its general machinery (channels, scale inference,
// mark initialisers) cost about 3 ms a panel, over the 8 ms budget for four panels (issue #16,
// item 12). The output keeps Plot's markup: the same groups, labelled the same way
// ("y-axis tick label", "line", "dot"), placed and styled as Plot places them, and the SVG
// answers `scale('x')` as a Plot chart does, which the handles and the line names use.

import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';

const SVG = 'http://www.w3.org/2000/svg';

export type Attributes = Record<string, string | number | undefined>;

/** An SVG element with its attributes (undefined ones left out) and children. */
export function svgNode(document: Document, tag: string, attributes: Attributes = {}, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

/** A text element: one line, or one tspan a line for text with line breaks (as Plot writes them). */
export function textNode(document: Document, text: string, attributes: Attributes, lineAnchor: 'top' | 'middle' | 'bottom'): SVGElement {
  const lines = text.split(/\r\n?|\n/);
  const n = lines.length;
  const y = lineAnchor === 'top' ? 0.71 : lineAnchor === 'bottom' ? 1 - n : (164 - n * 100) / 200;
  const node = svgNode(document, 'text', attributes);
  if (n === 1) {
    if (y) node.setAttribute('y', `${round(y)}em`);
    node.textContent = text;
    return node;
  }
  lines.forEach((line, i) => {
    const span = svgNode(document, 'tspan', { x: 0, y: `${round(y + i)}em` });
    span.textContent = line;
    node.append(span);
  });
  return node;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The scale a chart answers to `scale(name)`, with the parts of Plot's answer that callers here read. */
export interface ChartScale {
  type: 'linear';
  domain: number[];
  range: number[];
  apply(value: number): number;
  invert(value: number): number;
}

export interface Frame {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
}

/** The drawing area's edges in px. */
export function inner(frame: Frame): { left: number; right: number; top: number; bottom: number } {
  return {
    left: frame.marginLeft,
    right: frame.width - frame.marginRight,
    top: frame.marginTop,
    bottom: frame.height - frame.marginBottom,
  };
}

/** The chart's root element, answering `scale('x')` and `scale('y')` as a Plot chart does. */
export function chartRoot(
  document: Document,
  frame: Frame,
  className: string,
  scales: Record<'x' | 'y', ScaleLinear<number, number>>,
  fontSize = 10,
): SVGSVGElement {
  const svg = svgNode(document, 'svg', {
    class: className,
    fill: 'currentColor',
    'font-family': 'system-ui, sans-serif',
    'font-size': fontSize,
    'text-anchor': 'middle',
    width: frame.width,
    height: frame.height,
    viewBox: `0 0 ${frame.width} ${frame.height}`,
  }) as SVGSVGElement;
  const answer = (name: string): ChartScale | undefined => {
    const scale = scales[name as 'x' | 'y'];
    if (!scale) return undefined;
    return {
      type: 'linear',
      domain: scale.domain(),
      range: scale.range(),
      apply: (value) => scale(value),
      invert: (value) => scale.invert(value),
    };
  };
  Object.defineProperty(svg, 'scale', { value: answer, configurable: true });
  return svg;
}

/**
 * A linear scale as Plot makes one: the domain widened to include zero (`zero`), then rounded
 * out to nice values (`nice`), as d3's scale.nice() does with its default ten ticks.
 */
export function linear(
  domain: readonly [number, number],
  range: readonly [number, number],
  { zero = false, nice = false }: { zero?: boolean; nice?: boolean } = {},
): ScaleLinear<number, number> {
  let [a, b] = domain;
  if (zero) {
    const [min, max] = a <= b ? [a, b] : [b, a];
    if (min > 0 || max < 0) {
      const ascending = a < b ? 1 : a > b ? -1 : 1;
      if (ascending === Math.sign(min)) a = 0;
      else b = 0;
    }
  }
  const scale = scaleLinear().domain([a, b]);
  if (nice) scale.nice();
  return scale.range([...range]);
}

/** The extent of finite values, or undefined when there are none. */
export function extentOf(values: Iterable<number | null | undefined>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : undefined;
}

export interface AxisOptions {
  /** About how many ticks (d3's count); Plot's default is one every 80 px across, 35 px up. */
  ticks?: number;
  /** d3-format specifier; without its precision the ticks choose it (see ticks.ts). */
  format?: string | undefined;
  /** The title, drawn as Plot draws it ("↑ Leads", "Month →"); null for none. */
  label: string | null;
  grid?: boolean;
}

/**
 * The y axis on the left and the x axis at the bottom, in Plot's order and markup: grid, ticks,
 * tick labels, title.
 */
export function axes(
  document: Document,
  frame: Frame,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  xAxis: AxisOptions,
  yAxis: AxisOptions,
): SVGElement[] {
  const box = inner(frame);
  const out: SVGElement[] = [];
  const yCount = yAxis.ticks ?? (box.bottom - box.top) / 35;
  const yTicks = y.ticks(yCount);
  const yFormat = y.tickFormat(yCount, yAxis.format);
  if (yAxis.grid)
    out.push(
      svgNode(
        document,
        'g',
        { 'aria-label': 'y-grid', 'aria-hidden': 'true', stroke: 'currentColor', 'stroke-opacity': 0.1 },
        ...yTicks.map((t) => svgNode(document, 'line', { x1: box.left, x2: box.right, y1: y(t), y2: y(t) })),
      ),
    );
  out.push(
    svgNode(
      document,
      'g',
      { 'aria-label': 'y-axis tick', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor' },
      ...yTicks.map((t) => svgNode(document, 'path', { transform: `translate(${box.left},${y(t)})`, d: 'M0,0L-6,0' })),
    ),
  );
  out.push(
    svgNode(
      document,
      'g',
      { 'aria-label': 'y-axis tick label', transform: 'translate(-9,0)', 'font-variant': 'tabular-nums', 'text-anchor': 'end' },
      ...yTicks.map((t) =>
        textNode(document, yFormat(t), { transform: `translate(${box.left},${y(t)})` }, 'middle'),
      ),
    ),
  );
  if (yAxis.label)
    out.push(
      svgNode(
        document,
        'g',
        { 'aria-label': 'y-axis label', transform: `translate(${-(frame.marginLeft - 3)},${-(frame.marginTop - 3)})`, 'text-anchor': 'start' },
        textNode(document, `\u2191 ${yAxis.label}`, { transform: `translate(${box.left},${box.top})` }, 'top'),
      ),
    );
  const xCount = xAxis.ticks ?? (box.right - box.left) / 80;
  const xTicks = x.ticks(xCount);
  const xFormat = x.tickFormat(xCount, xAxis.format);
  out.push(
    svgNode(
      document,
      'g',
      { 'aria-label': 'x-axis tick', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor' },
      ...xTicks.map((t) => svgNode(document, 'path', { transform: `translate(${x(t)},${box.bottom})`, d: 'M0,0L0,6' })),
    ),
  );
  out.push(
    svgNode(
      document,
      'g',
      { 'aria-label': 'x-axis tick label', transform: 'translate(0,9)', 'font-variant': 'tabular-nums' },
      ...xTicks.map((t) => textNode(document, xFormat(t), { transform: `translate(${x(t)},${box.bottom})` }, 'top')),
    ),
  );
  if (xAxis.label)
    out.push(
      svgNode(
        document,
        'g',
        { 'aria-label': 'x-axis label', transform: `translate(${frame.marginRight - 3},${frame.marginBottom - 3})`, 'text-anchor': 'end' },
        textNode(document, `${xAxis.label} \u2192`, { transform: `translate(${box.right},${box.bottom})` }, 'bottom'),
      ),
    );
  return out;
}

let clips = 0;

/**
 * Children drawn only inside the frame's drawing area (Plot's `clip: true`), behind a clip path
 * whose id is unique on the page: the build's ids and the browser's redraws are numbered apart,
 * so a chart redrawn in the browser never takes the id of one the build drew beside it.
 */
export function clipped(document: Document, frame: Frame, ...children: Node[]): SVGElement[] {
  const box = inner(frame);
  const id = `chart-clip-${typeof window === 'undefined' || document !== window.document ? 's' : 'c'}${++clips}`;
  const clip = svgNode(
    document,
    'clipPath',
    { id },
    svgNode(document, 'rect', {
      x: box.left,
      y: box.top,
      width: Math.max(0, box.right - box.left),
      height: Math.max(0, box.bottom - box.top),
    }),
  );
  return [clip, svgNode(document, 'g', { 'clip-path': `url(#${id})` }, ...children)];
}

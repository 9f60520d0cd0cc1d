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
import { palette } from './palette.ts';
import type { Role } from './palette.ts';

const SVG = 'http://www.w3.org/2000/svg';

export type Attributes = Record<string, string | number | undefined>;

/**
 * An SVG element with its attributes (undefined ones left out) and children. An element of a
 * role's class (palette.ts) gets the role's fallback colour as it is made.
 */
export function svgNode(document: Document, tag: string, attributes: Attributes = {}, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag) as SVGElement;
  const role = attributes['class'];
  if (typeof role === 'string' && Object.hasOwn(palette, role)) node.setAttribute('color', palette[role as Role]);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

/** A text element: one line, or one tspan a line for text with line breaks (as Plot writes them). */
export function textNode(
  document: Document,
  text: string,
  attributes: Attributes,
  lineAnchor: 'top' | 'middle' | 'bottom',
): SVGElement {
  const lines = text.split(/\r\n?|\n/);
  const n = lines.length;
  const y = lineAnchor === 'top' ? 0.71 : lineAnchor === 'bottom' ? 1 - n : (164 - n * 100) / 200;
  const node = svgNode(document, 'text', attributes);
  if (n === 1) {
    if (y) node.setAttribute('y', `${round(y)}em`);
    node.textContent = text;
    return node;
  }
  // As Plot writes lines: the first drawn line placed by y, each next one a line (or more, past
  // empty lines) below the last.
  let m = 0;
  lines.forEach((line, i) => {
    ++m;
    if (!line) return;
    const span = svgNode(document, 'tspan', i === m - 1 ? { x: 0, y: `${round(y + i)}em` } : { x: 0, dy: `${m}em` });
    span.textContent = line;
    node.append(span);
    m = 0;
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
  /** The numeric scales; a categorical axis has none to answer with. */
  scales: Partial<Record<'x' | 'y', ScaleLinear<number, number>>>,
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

/** A tick: where it is along its axis, in px, and what it says. */
export interface Tick {
  at: number;
  label: string;
}

/** A linear scale's ticks as Plot writes them: d3's ticks and tick format for about `count` ticks. */
export function linearTicks(scale: ScaleLinear<number, number>, count: number, format?: string): Tick[] {
  const f = scale.tickFormat(count, format);
  return scale.ticks(count).map((t) => ({ at: scale(t), label: f(t) }));
}

export interface AxisNodes {
  ticks: readonly Tick[];
  /** The title, drawn as Plot draws it ("↑ Leads", "Month →"); null for none. */
  title: string | null;
  grid?: boolean;
  /** Digits in tick labels line up (numbers); off for category names. */
  tabular?: boolean;
  /** Ticks sit this far along from their position (half a band, for bars). */
  offset?: number;
}

/** The y axis on the left, in Plot's markup: grid, ticks, tick labels, title. */
export function yAxisNodes(document: Document, frame: Frame, axis: AxisNodes): SVGElement[] {
  const box = inner(frame);
  const offset = axis.offset ?? 0;
  const shift = offset ? `translate(0,${offset})` : undefined;
  const out: SVGElement[] = [];
  if (axis.grid)
    out.push(
      svgNode(
        document,
        'g',
        {
          'aria-label': 'y-grid',
          'aria-hidden': 'true',
          stroke: 'currentColor',
          'stroke-opacity': 0.1,
          transform: shift,
        },
        ...axis.ticks.map((t) => svgNode(document, 'line', { x1: box.left, x2: box.right, y1: t.at, y2: t.at })),
      ),
    );
  out.push(
    svgNode(
      document,
      'g',
      { 'aria-label': 'y-axis tick', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', transform: shift },
      ...axis.ticks.map((t) =>
        svgNode(document, 'path', { transform: `translate(${box.left},${t.at})`, d: 'M0,0L-6,0' }),
      ),
    ),
    svgNode(
      document,
      'g',
      {
        'aria-label': 'y-axis tick label',
        transform: `translate(-9,${offset})`,
        'font-variant': axis.tabular === false ? undefined : 'tabular-nums',
        'text-anchor': 'end',
      },
      ...axis.ticks.map((t) => textNode(document, t.label, { transform: `translate(${box.left},${t.at})` }, 'middle')),
    ),
  );
  if (axis.title)
    out.push(
      svgNode(
        document,
        'g',
        {
          'aria-label': 'y-axis label',
          transform: `translate(${-(frame.marginLeft - 3)},${-(frame.marginTop - 3)})`,
          'text-anchor': 'start',
        },
        textNode(document, `\u2191 ${axis.title}`, { transform: `translate(${box.left},${box.top})` }, 'top'),
      ),
    );
  return out;
}

/**
 * The x axis at the bottom, in Plot's markup: grid, ticks, tick labels, title. A numeric axis is
 * titled at its right end with an arrow ("Month →"); a categorical one (`centred`) under its
 * middle, with none.
 */
export function xAxisNodes(document: Document, frame: Frame, axis: AxisNodes & { centred?: boolean }): SVGElement[] {
  const box = inner(frame);
  const out: SVGElement[] = [];
  if (axis.grid)
    out.push(
      svgNode(
        document,
        'g',
        { 'aria-label': 'x-grid', 'aria-hidden': 'true', stroke: 'currentColor', 'stroke-opacity': 0.1 },
        ...axis.ticks.map((t) => svgNode(document, 'line', { x1: t.at, x2: t.at, y1: box.top, y2: box.bottom })),
      ),
    );
  out.push(
    svgNode(
      document,
      'g',
      { 'aria-label': 'x-axis tick', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor' },
      ...axis.ticks.map((t) =>
        svgNode(document, 'path', { transform: `translate(${t.at},${box.bottom})`, d: 'M0,0L0,6' }),
      ),
    ),
    svgNode(
      document,
      'g',
      {
        'aria-label': 'x-axis tick label',
        transform: 'translate(0,9)',
        'font-variant': axis.tabular === false ? undefined : 'tabular-nums',
      },
      ...axis.ticks.map((t) => textNode(document, t.label, { transform: `translate(${t.at},${box.bottom})` }, 'top')),
    ),
  );
  if (axis.title)
    out.push(
      axis.centred
        ? svgNode(
            document,
            'g',
            { 'aria-label': 'x-axis label', transform: `translate(0,${frame.marginBottom - 3})` },
            textNode(
              document,
              axis.title,
              { transform: `translate(${(box.left + box.right) / 2},${box.bottom})` },
              'bottom',
            ),
          )
        : svgNode(
            document,
            'g',
            {
              'aria-label': 'x-axis label',
              transform: `translate(${frame.marginRight - 3},${frame.marginBottom - 3})`,
              'text-anchor': 'end',
            },
            textNode(
              document,
              `${axis.title} \u2192`,
              { transform: `translate(${box.right},${box.bottom})` },
              'bottom',
            ),
          ),
    );
  return out;
}

export interface AxisOptions {
  /** About how many ticks (d3's count); Plot's default is one every 80 px across, 35 px up. */
  ticks?: number;
  /** d3-format specifier; without its precision the ticks choose it (see ticks.ts). */
  format?: string | undefined;
  /** The title; null for none. */
  label: string | null;
  grid?: boolean;
}

/** Two linear axes, the y axis on the left and the x axis at the bottom, in Plot's order. */
export function axes(
  document: Document,
  frame: Frame,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  xAxis: AxisOptions,
  yAxis: AxisOptions,
): SVGElement[] {
  const box = inner(frame);
  return [
    ...yAxisNodes(document, frame, {
      ticks: linearTicks(y, yAxis.ticks ?? (box.bottom - box.top) / 35, yAxis.format),
      title: yAxis.label,
      grid: yAxis.grid ?? false,
    }),
    ...xAxisNodes(document, frame, {
      ticks: linearTicks(x, xAxis.ticks ?? (box.right - box.left) / 80, xAxis.format),
      title: xAxis.label,
      grid: xAxis.grid ?? false,
    }),
  ];
}

/** A horizontal rule across the drawing area at a y in px (Plot's ruleY), with the group's styles. */
export function ruleAcross(document: Document, frame: Frame, y: number, attributes: Attributes = {}): SVGElement {
  const box = inner(frame);
  return svgNode(
    document,
    'g',
    { 'aria-label': 'rule', ...attributes, stroke: 'currentColor' },
    svgNode(document, 'line', { x1: box.left, x2: box.right, y1: y, y2: y }),
  );
}

/**
 * A line mark (Plot's line): its role, the stroke styles Plot gives a line (no fill, round joins
 * and caps) and its path; a line with nothing to draw has no path, as in Plot.
 */
export function lineMark(document: Document, attributes: Attributes, d: string | null): SVGElement {
  return svgNode(
    document,
    'g',
    {
      'aria-label': 'line',
      ...attributes,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    },
    ...(d ? [svgNode(document, 'path', { d })] : []),
  );
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

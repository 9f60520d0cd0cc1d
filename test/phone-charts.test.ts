// Figures that read on a phone (issue 16, item 8): every figure drawn as the build and the island
// draw it, at a phone's width and a laptop's, at its defaults and at far settings (short and long
// purchase cycles, tiny and huge budgets, short and long horizons), checked for what a reader on a
// phone would trip over: two equal tick labels on one axis, a line without its name, line names
// on top of each other or cut at the edge, chart text outside the picture.
import { describe, expect, it } from 'vitest';
import { figures } from '../src/figures/registry.ts';
import { defaultState, readFigure } from '../src/figures/url-state.ts';
import type { FigureDefinition, FigureState } from '../src/figures/types.ts';
import { parseScenario } from '../src/model/index.ts';
import { parameters } from '../src/model/parameters.ts';
import type { ParameterKey } from '../src/model/parameters.ts';
import { plotHeight } from '../src/figures/types.ts';
import { serverDocument } from './snapshot.ts';

/**
 * On a 390 px phone a plot is 347 px wide (311 px in a prediction box or beside steps); 390 px
 * itself, and 760 px, a laptop's column.
 */
export const WIDTHS = [311, 347, 390, 760] as const;

/** Reader's numbers far from the defaults. */
export const FAR: Record<string, Record<string, number>> = {
  'short cycle': { cycleMonths: 6, windowMonths: 2 },
  'long cycle': { cycleMonths: 120 },
  'longest cycle': { cycleMonths: 240 },
  'tiny budget': { monthlyBudget: 500 },
  'huge budget': { monthlyBudget: 50_000_000 },
  'short horizon': { horizonMonths: 6 },
  'all brand': { brandShare: 1 },
  'no brand': { brandShare: 0 },
};

export function statesOf(definition: FigureDefinition): [string, FigureState][] {
  const out: [string, FigureState][] = [['defaults', defaultState(definition)]];
  for (const [name, patch] of Object.entries(FAR)) {
    const { scenario } = parseScenario({ ...defaultState(definition).scenario, ...patch });
    out.push([name, readFigure(definition, scenario).state]);
  }
  return out;
}

export function draw(definition: FigureDefinition, state: FigureState, width: number): Element {
  const rows = definition.compute(state);
  return definition.draw(rows, state, { width, height: plotHeight(definition, width), document: serverDocument() });
}

/** Each axis's tick labels, in order (Plot marks the group "x-axis tick label" or "y-axis tick label"). */
export function tickLabels(svg: Element): string[][] {
  return [...svg.querySelectorAll('g[aria-label$="tick label"]')].map((g) =>
    [...g.querySelectorAll('text')].map((t) => t.textContent ?? ''),
  );
}

/** The SVG (a panel, in a stack) that holds an element, and its size. */
function frameOf(node: Element): { width: number; height: number } {
  let svg: Element | null = node.parentElement;
  while (svg && svg.tagName.toLowerCase() !== 'svg') svg = svg.parentElement;
  return { width: Number(svg?.getAttribute('width')), height: Number(svg?.getAttribute('height')) };
}

function attr(node: Element | null, name: string): string | null {
  for (let n = node; n; n = n.parentElement) {
    const value = n.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/** A generous estimate of the width of a line of text (0.6 em a character, as wide as digits and capitals run). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.6;
}

export interface PlacedText {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  frame: { width: number; height: number };
}

/** A length attribute in px; one in em (a line's baseline shift) counts as 0. */
function px(value: string | null): number {
  return value && !value.endsWith('em') ? parseFloat(value) || 0 : 0;
}

/** Every text of a chart but its tick labels, with its estimated horizontal extent in its panel. */
export function placedTexts(svg: Element): PlacedText[] {
  const out: PlacedText[] = [];
  for (const node of svg.querySelectorAll('text')) {
    if (node.closest('g[aria-label$="tick label"]')) continue;
    const text = (node.textContent ?? '').trim();
    if (!text) continue;
    const size = Number(attr(node, 'font-size') ?? 10);
    const translate = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(node.getAttribute('transform') ?? '');
    const x = px(node.getAttribute('x')) + (translate ? Number(translate[1]) : 0);
    const y = px(node.getAttribute('y')) + (translate ? Number(translate[2]) : 0);
    const dx = px(node.getAttribute('dx'));
    const anchor = attr(node, 'text-anchor') ?? 'start';
    const w = textWidth(text, size);
    const at = x + dx;
    const [x0, x1] = anchor === 'end' ? [at - w, at] : anchor === 'middle' ? [at - w / 2, at + w / 2] : [at, at + w];
    out.push({ text, x0, x1, y, size, frame: frameOf(node) });
  }
  return out;
}

const cases = Object.entries(figures).flatMap(([name, definition]) =>
  statesOf(definition).map(([setting, state]) => ({ name, definition, setting, state })),
);

describe('tick labels never repeat on an axis', () => {
  for (const { name, definition, setting, state } of cases) {
    it(`${name} at ${setting}`, () => {
      for (const width of WIDTHS) {
        const svg = draw(definition, state, width);
        for (const labels of tickLabels(svg))
          expect(new Set(labels).size, `${name}, ${setting}, ${width} px: ${labels.join(', ')}`).toBe(labels.length);
        // Nor do the labels of an x axis run into each other.
        for (const axis of svg.querySelectorAll('g[aria-label="x-axis tick label"]')) {
          const ticks = [...axis.querySelectorAll('text')].map((t) => ({
            x: Number(/translate\(([-\d.e]+)/.exec(t.getAttribute('transform') ?? '')?.[1]),
            // A label of several lines (tspans) is as wide as its longest line.
            w: Math.max(
              ...[...t.querySelectorAll('tspan')].map((line) => textWidth(line.textContent ?? '', 10)),
              t.querySelector('tspan') ? 0 : textWidth(t.textContent ?? '', 10),
            ),
          }));
          for (let i = 1; i < ticks.length; i++)
            expect(
              ticks[i]!.x - ticks[i - 1]!.x,
              `${name}, ${setting}, ${width} px: x ticks crowd`,
            ).toBeGreaterThanOrEqual((ticks[i]!.w + ticks[i - 1]!.w) / 2 + 2);
        }
      }
    });
  }
});

describe('every line is named at its end, the names apart and inside the picture', () => {
  for (const { name, definition, setting, state } of cases) {
    it(`${name} at ${setting}`, () => {
      for (const width of WIDTHS) {
        const svg = draw(definition, state, width);
        // Line charts (one SVG, or panels of a stack): with two lines or more, each has its name.
        const panels = [svg, ...svg.querySelectorAll('svg')].filter((p) =>
          p.getAttribute('class')?.includes('chart-lines'),
        );
        for (const panel of panels) {
          const own = (selector: string) =>
            [...panel.querySelectorAll(selector)].filter((n) => n.closest('svg') === panel);
          const lines = own('g[aria-label="line"]').filter((g) =>
            /[LHV]/.test(g.querySelector('path')?.getAttribute('d') ?? ''),
          );
          const names = own('.end-labels text');
          const where = `${name}, ${setting}, ${width} px`;
          if (lines.length > 1)
            expect(names.length, `${where}: lines ${lines.length}, names ${names.length}`).toBe(lines.length);
          const ys = names.map((n) => Number(n.getAttribute('y'))).sort((a, b) => a - b);
          const size = Number(panel.querySelector('.end-labels')?.getAttribute('font-size') ?? 12);
          for (let i = 1; i < ys.length; i++)
            expect(ys[i]! - ys[i - 1]!, `${where}: names overlap`).toBeGreaterThanOrEqual(size);
        }
      }
    });
  }
});

describe('chart text stays inside the picture at a phone width', () => {
  for (const { name, definition, setting, state } of cases) {
    it(`${name} at ${setting}`, () => {
      for (const width of WIDTHS.slice(0, 3)) {
        const svg = draw(definition, state, width);
        for (const t of placedTexts(svg)) {
          const where = `${name}, ${setting}, ${width} px: "${t.text}" spans ${Math.round(t.x0)}-${Math.round(t.x1)} of ${t.frame.width}`;
          expect(t.x0, where).toBeGreaterThanOrEqual(-1);
          expect(t.x1, where).toBeLessThanOrEqual(t.frame.width + 1);
          expect(t.y, where).toBeGreaterThanOrEqual(0);
          expect(t.y, where).toBeLessThanOrEqual(t.frame.height);
        }
      }
    });
  }
});

describe('a legend gives each colour one meaning', () => {
  for (const [name, definition] of Object.entries(figures)) {
    it(name, () => {
      const colours = definition.legend.map((item) => item.className);
      expect(new Set(colours).size, colours.join(', ')).toBe(colours.length);
      for (const item of definition.legend) expect(item.label, item.label).not.toMatch(/;/);
    });
  }

  it('sales velocity: no colour names a month in one panel and a split in the other', () => {
    const svg = draw(figures['sales-velocity']!, defaultState(figures['sales-velocity']!), 390);
    const meanings = new Map<string, Set<string>>();
    for (const text of svg.querySelectorAll('.end-labels text')) {
      const role = text.getAttribute('class')!;
      meanings.set(role, (meanings.get(role) ?? new Set()).add(text.textContent ?? ''));
    }
    expect(meanings.size).toBe(5);
    for (const [role, names] of meanings) expect([...names], role).toHaveLength(1);
  });
});

describe('every figure shows what its text points at', () => {
  const mql = figures['mql-trap']!;
  it('the MQL trap marks "gate half": a rule at 50% and a dot on each of its six lines', () => {
    const svg = draw(mql, defaultState(mql), 390);
    expect(svg.textContent).toContain('half gated');
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(6);
    for (const panel of svg.querySelectorAll('svg'))
      expect(panel.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(2);
  });

  it('the MQL trap names one rule when your gated share is half', () => {
    const { scenario } = parseScenario({ ...defaultState(mql).scenario, gatedShare: 0.5 });
    const svg = draw(mql, readFigure(mql, scenario).state, 390);
    expect(svg.textContent).not.toContain('half gated');
    expect(svg.textContent).toContain('yours: 50%');
  });

  it('the rotating pool draws the share that carries over from three months earlier', () => {
    const shares = figures['pool-shares']!;
    const svg = draw(shares, defaultState(shares), 390);
    expect([...svg.querySelectorAll('.end-labels text')].map((t) => t.textContent)).toContain('Carried over');
    expect(svg.querySelectorAll('g[aria-label="line"]')).toHaveLength(3);
  });

  it('"Brand compounds": the crossover marker sits on the 60% line, where it is drawn', () => {
    const cpl = figures['cpl-time']!;
    const state = defaultState(cpl);
    const svg = draw(cpl, state, 390);
    const dot = svg.querySelector('g[aria-label="dot"] circle');
    expect(dot).not.toBeNull();
    expect(svg.textContent).toMatch(/month \d+/);
  });
});

describe('every option of a select fits a 340 px control', () => {
  // A select's text is 0.85rem (13.6 px) of the system sans serif, about 0.6 em a character at most;
  // the control's padding and arrow take about 30 px.
  const fits = (label: string) => label.length * 13.6 * 0.6 + 30 <= 340;
  for (const [name, definition] of Object.entries(figures)) {
    it(name, () => {
      const labels: string[] = [];
      for (const spec of Object.values(definition.extras)) labels.push(...(spec.choices ?? []).map((c) => c.label));
      for (const key of definition.controls) {
        const spec = parameters[key as ParameterKey] as { kind: string; optionLabels?: Record<string, string> };
        if (spec.kind === 'choice') labels.push(...Object.values(spec.optionLabels ?? {}));
      }
      for (const label of labels) expect(fits(label), `${name}: "${label}"`).toBe(true);
    });
  }
});

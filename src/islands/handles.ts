// Handles on the picture: a setting the reader can drag on the chart itself (the brand share on
// a sweep, the spend point on a response curve, the edges of a brand cut) or pick by tapping (a
// buyer among the dots). Each handle is a focusable slider (role="slider") with a hit area of at
// least 44 px, moved by pointer, touch or the arrow keys, announcing its value; it calls the
// same setter as the figure's own slider, so the two always agree. Loaded only by figures that
// declare handles.

import { parameters } from '../model/index.ts';
import type { ParameterKey } from '../model/index.ts';
import { formatValue } from '../lib/format.ts';
import type { FigureDefinition, FigureHandle, FigureState } from '../figures/types.ts';

/** What a chart attaches to the SVG it returns, as Observable Plot does: its scales, with apply and invert (src/charts/frame.ts). */
interface PlotScale {
  type: string;
  domain: number[];
  range: number[];
  apply(value: number): number;
  invert?(pixel: number): number;
}

type ScaleOf = (name: 'x' | 'y') => PlotScale | undefined;

export interface HandleSpec {
  min: number;
  max: number;
  step: number;
  /** The value as a reader reads it: "40%", "$20,000", "Buyer 123". */
  format(value: number): string;
}

export interface HandleHost {
  state(): FigureState;
  /** The setting's value now. */
  value(setting: string): number;
  /** The figure whose settings the handles move. */
  definition: FigureDefinition<unknown>;
  set(setting: string, value: number): void;
}

/** A handle's range, step and words: the figure's slider's, so the two move alike. */
export function handleSpec(definition: FigureDefinition<unknown>, key: string): HandleSpec {
  const extra = Object.hasOwn(definition.extras, key) ? definition.extras[key] : undefined;
  const spec = extra ?? parameters[key as ParameterKey];
  if (spec.kind !== 'number') throw new Error(`a handle needs a number setting: ${key}`);
  const override = definition.overrides?.[key as ParameterKey] ?? {};
  const choices = extra?.choices;
  return {
    min: override.min ?? spec.min,
    max: override.max ?? spec.max,
    step: override.step ?? spec.step,
    format: (value) => choices?.find((c) => c.value === value)?.label ?? formatValue(value, spec.format),
  };
}

/** The chart's scales: the first SVG in the plot that carries a scale() (a stacked chart's top panel). */
function scalesOf(plot: HTMLElement): { svg: SVGSVGElement; scale: ScaleOf } | null {
  for (const svg of plot.querySelectorAll<SVGSVGElement>('svg')) {
    const scale = (svg as unknown as { scale?: ScaleOf }).scale;
    if (typeof scale === 'function') return { svg, scale: (name) => scale.call(svg, name) };
  }
  return null;
}

/** Rounds to the handle's step and keeps within its range. */
export function snap(value: number, spec: HandleSpec): number {
  const stepped = Math.round((value - spec.min) / spec.step) * spec.step + spec.min;
  const clamped = Math.min(spec.max, Math.max(spec.min, stepped));
  return Number(clamped.toPrecision(12));
}

/** Where a key moves a handle: a step, ten steps, or an end of its range; null for other keys. */
export function keyMove(key: string, value: number, spec: HandleSpec, rowStep?: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return snap(value + spec.step, spec);
    case 'ArrowLeft':
      return snap(value - spec.step, spec);
    // On a grid, up and down move a row; on an axis, they move a step like right and left.
    case 'ArrowUp':
      return snap(value + (rowStep ? -rowStep : 1) * spec.step, spec);
    case 'ArrowDown':
      return snap(value + (rowStep ? rowStep : -1) * spec.step, spec);
    case 'PageUp':
      return snap(value + spec.step * 10, spec);
    case 'PageDown':
      return snap(value - spec.step * 10, spec);
    case 'Home':
      return spec.min;
    case 'End':
      return spec.max;
    default:
      return null;
  }
}

export class Handles {
  private readonly layer: HTMLElement;
  private readonly nodes = new Map<FigureHandle, HTMLElement>();
  private dragging: FigureHandle | null = null;

  constructor(
    private readonly plot: HTMLElement,
    private readonly handles: readonly FigureHandle[],
    private readonly host: HandleHost,
  ) {
    this.layer = document.createElement('div');
    this.layer.className = 'figure-handles';
    for (const handle of handles) {
      const node = document.createElement('div');
      node.className = `figure-handle figure-handle-${handle.kind ?? 'x'}`;
      node.tabIndex = 0;
      node.setAttribute('role', 'slider');
      node.setAttribute('aria-label', handle.label);
      node.dataset['handle'] = handle.setting;
      const grip = document.createElement('span');
      grip.className = 'figure-handle-grip';
      grip.setAttribute('aria-hidden', 'true');
      node.append(grip);
      node.addEventListener('keydown', (event) => this.key(handle, event));
      node.addEventListener('pointerdown', (event) => this.grab(handle, event));
      this.nodes.set(handle, node);
      this.layer.append(node);
    }
    // A tap or drag anywhere on the picture moves the nearest handle there.
    plot.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('.figure-handle')) return;
      const nearest = this.nearest(event);
      if (nearest) this.grab(nearest, event);
    });
    plot.addEventListener('pointermove', (event) => {
      if (this.dragging) this.drag(this.dragging, event);
    });
    const release = () => (this.dragging = null);
    plot.addEventListener('pointerup', release);
    plot.addEventListener('pointercancel', release);
    plot.classList.add('has-handles');
  }

  /** Puts the handles where the state puts them on the chart just drawn. */
  place(): void {
    if (!this.layer.isConnected) this.plot.append(this.layer);
    const found = scalesOf(this.plot);
    const state = this.host.state();
    for (const [handle, node] of this.nodes) {
      const spec = handleSpec(this.host.definition, handle.setting);
      const value = this.host.value(handle.setting);
      node.setAttribute('aria-valuemin', String(spec.min));
      node.setAttribute('aria-valuemax', String(spec.max));
      node.setAttribute('aria-valuenow', String(value));
      node.setAttribute('aria-valuetext', spec.format(value));
      node.title = `${handle.label}: ${spec.format(value)}`;
      const point = found ? this.toPixels(found, handle, state, value) : null;
      node.hidden = point === null;
      if (!point) continue;
      node.style.left = `${point.x}px`;
      if (point.y !== undefined) node.style.top = `${point.y}px`;
    }
  }

  private toPixels(
    found: { svg: SVGSVGElement; scale: ScaleOf },
    handle: FigureHandle,
    state: FigureState,
    value: number,
  ): { x: number; y?: number } | null {
    const box = found.svg.getBoundingClientRect();
    const origin = this.plot.getBoundingClientRect();
    const width = Number(found.svg.getAttribute('width')) || box.width;
    const ratio = box.width / width;
    const x = found.scale('x');
    if (!x) return null;
    const at: { x: number; y?: number } =
      handle.kind === 'grid' ? handle.grid!(state, value) : { x: handle.x?.(state, value) ?? value };
    const px = box.left - origin.left + x.apply(at.x) * ratio;
    if (!Number.isFinite(px)) return null;
    if (handle.kind !== 'grid') return { x: px };
    const y = found.scale('y');
    if (!y || at.y === undefined) return null;
    return { x: px, y: box.top - origin.top + y.apply(at.y) * ratio };
  }

  /** The value under the pointer, for a handle. */
  private valueAt(handle: FigureHandle, event: PointerEvent): number | null {
    const found = scalesOf(this.plot);
    if (!found) return null;
    const box = found.svg.getBoundingClientRect();
    const width = Number(found.svg.getAttribute('width')) || box.width;
    const ratio = box.width / width;
    const x = found.scale('x');
    const sx = (event.clientX - box.left) / ratio;
    if (!x?.invert) return null;
    const state = this.host.state();
    if (handle.kind === 'grid') {
      const y = found.scale('y');
      if (!y?.invert) return null;
      const sy = (event.clientY - box.top) / ratio;
      return handle.fromGrid!(state, x.invert(sx), y.invert(sy));
    }
    const chartX = x.invert(sx);
    return handle.fromX ? handle.fromX(state, chartX) : chartX;
  }

  private nearest(event: PointerEvent): FigureHandle | null {
    if (this.handles.length === 1) return this.handles[0]!;
    let best: FigureHandle | null = null;
    let distance = Infinity;
    for (const [handle, node] of this.nodes) {
      const box = node.getBoundingClientRect();
      const d = Math.abs(event.clientX - (box.left + box.width / 2));
      if (d < distance) [best, distance] = [handle, d];
    }
    return best;
  }

  private grab(handle: FigureHandle, event: PointerEvent): void {
    event.preventDefault();
    this.dragging = handle;
    this.plot.setPointerCapture?.(event.pointerId);
    this.nodes.get(handle)?.focus({ preventScroll: true });
    this.drag(handle, event);
  }

  private drag(handle: FigureHandle, event: PointerEvent): void {
    const raw = this.valueAt(handle, event);
    if (raw === null || !Number.isFinite(raw)) return;
    const value = snap(raw, handleSpec(this.host.definition, handle.setting));
    if (value !== this.host.value(handle.setting)) this.host.set(handle.setting, value);
  }

  private key(handle: FigureHandle, event: KeyboardEvent): void {
    const spec = handleSpec(this.host.definition, handle.setting);
    const next = keyMove(event.key, this.host.value(handle.setting), spec, handle.rowStep);
    if (next === null) return;
    event.preventDefault();
    this.host.set(handle.setting, next);
  }
}

// What a figure is: a pure description that the build (in Node, with linkedom) and the
// island (in the browser) both use, so the SVG in the HTML and the live one come from the
// same code. A definition computes rows from a state and draws them; it owns no DOM.

import type { NumberParameter, ParameterKey, Scenario, ScenarioPatch } from '../model/index.ts';

/**
 * A figure's own setting that is not a model parameter (a seed, a month of playback, a switch).
 * Its value is always a number, so one validator serves them all; `control` says how it is
 * shown: a slider or number field (default), a checkbox (0 or 1), or a list of labelled values.
 */
export type ExtraSetting = NumberParameter & {
  control?: 'toggle' | 'choice';
  choices?: readonly { value: number; label: string }[];
  /** Where the setting's default comes from, for whoever reads the figure's code. */
  source?: string;
};

/** At most this many controls beside the picture at once (issue #16: one control at a time). */
export const MAX_SHOWN = 3;

export interface FigureState {
  scenario: Scenario;
  extras: Record<string, number>;
}

export interface DrawOptions {
  width: number;
  height: number;
  document: Document;
  /** Presentation typography: chart labels at this size in px (presenter mode). */
  labelSize?: number;
}

export interface TableColumn {
  key: string;
  label: string;
  format: (value: unknown) => string;
}

export interface FigurePreset {
  id: string;
  label: string;
  patch: ScenarioPatch;
}

export interface LegendItem {
  /** CSS class that colours the swatch, shared with the chart's marks. */
  className: string;
  label: string;
}

/**
 * A setting the reader can move on the picture itself (src/islands/handles.ts): along the chart's
 * x axis (the brand share of a sweep, the spend on a response curve), or, `kind: 'grid'`, by
 * picking a point (a buyer among the dots).
 */
export interface FigureHandle {
  /** A control or extra of the figure; the handle and its slider set the same value. */
  setting: string;
  /** What the handle is, for assistive technology: "Brand share". */
  label: string;
  kind?: 'x' | 'grid';
  /** The chart's x for a value of the setting (default: the value itself). */
  x?(state: FigureState, value: number): number;
  /** The setting's value for a chart x (default: the x itself). */
  fromX?(state: FigureState, x: number): number;
  /** For a grid: the chart point of a value, and the value at a chart point. */
  grid?(state: FigureState, value: number): { x: number; y: number };
  fromGrid?(state: FigureState, x: number, y: number): number;
  /** For a grid: how far up and down move (a row). */
  rowStep?: number;
}

export interface FigureDefinition<Rows = unknown> {
  /** Stable name: the figure's id is `fig-<name>`. */
  name: string;
  /** Prefix of the figure's settings in the page URL: `?<namespace>.cycleMonths=48`. */
  namespace: string;
  title: string;
  caption: string;
  /**
   * What the figure is about fixes some keys over the reader's numbers (the price ladder is
   * activation only), with the reason the figure states in one line.
   */
  premise?: { patch: ScenarioPatch; reason: string };
  /** Model parameters the reader can change, in the order of the controls. */
  controls: ParameterKey[];
  /**
   * The one to three settings shown beside the picture when no step says otherwise (the rest sit
   * behind "All settings"); by default the first two controls.
   */
  primary?: string[];
  /**
   * How a control reads and ranges in this figure when the parameter's own would not serve:
   * "Activation spend" for the monthly budget, a slider to $200,000 rather than $100 million.
   * Values from a URL are still validated against the parameter's full range.
   */
  overrides?: Partial<
    Record<ParameterKey, Partial<Pick<NumberParameter, 'label' | 'description' | 'min' | 'max' | 'step'>>>
  >;
  /** The figure's own settings, validated like parameters. */
  extras: Record<string, ExtraSetting>;
  presets: FigurePreset[];
  legend: LegendItem[];
  /** Aspect of the plot: height = width * aspect, within [minHeight, maxHeight]. */
  aspect: number;
  minHeight: number;
  maxHeight: number;
  compute(state: FigureState): Rows;
  draw(rows: Rows, state: FigureState, options: DrawOptions): Element;
  /** One sentence saying what the figure shows now, computed from its rows. */
  summary(rows: Rows, state: FigureState): string;
  /** Plain numbers a reader can be asked to predict (see Predict.astro); shares as fractions. */
  values?(rows: Rows, state: FigureState): Record<string, number | null>;
  /** Formatted numbers the prose can quote (see Num.astro). */
  stats(rows: Rows, state: FigureState): Record<string, string>;
  table(rows: Rows, state: FigureState): { columns: TableColumn[]; rows: Record<string, unknown>[] };
  /** Settings the reader can move on the picture itself. */
  handles?: readonly FigureHandle[];
  /** Present when the figure plays month by month: the extra setting it advances. */
  playback?: { setting: string };
  /**
   * Present when part of the figure is computed in the background (the uncertainty band): while
   * `toggle` is on, the island sends `job(state)` to the worker's job of that `kind` and draws
   * `merge(rows, result)`.
   */
  background?: {
    toggle: string;
    /** A job kind registered in src/islands/background-worker.ts. */
    kind: string;
    /** What the job computes, for messages: "uncertainty band". */
    label: string;
    job(state: FigureState): unknown;
    merge(rows: Rows, result: unknown): Rows;
  };
}

export function plotHeight(definition: FigureDefinition, width: number): number {
  return Math.round(Math.min(definition.maxHeight, Math.max(definition.minHeight, width * definition.aspect)));
}

// Builds a figure's parts as DOM with an injected document: at build time in Node (linkedom),
// serialized into the page; in the browser by the island, which swaps in live parts. Text is
// only ever set with textContent, never parsed as HTML.

import { inactiveReason, parameters } from '../model/index.ts';
import type { ParameterKey } from '../model/index.ts';
import { formatValue } from '../lib/format.ts';
import type { ExtraSetting, FigureDefinition, FigureState } from '../figures/types.ts';
import { MAX_SHOWN, plotHeight } from '../figures/types.ts';
import { premiseNote } from '../figures/url-state.ts';
import { el } from './dom.ts';

type Doc = Document;

export function controlId(definition: FigureDefinition, key: string): string {
  return `${definition.name}-${key}`;
}

/** The value of a setting, scenario parameter or figure extra. */
export function settingValue(state: FigureState, key: string): number | string {
  if (key in state.extras) return state.extras[key]!;
  return state.scenario[key as ParameterKey] as number | string;
}

function numberBounds(definition: FigureDefinition, key: string, spec: ExtraSetting, value: number) {
  const override = definition.overrides?.[key as ParameterKey] ?? {};
  const step = override.step ?? spec.step;
  // A slider only lands on min + k * step: start the grid on a multiple of the step so that
  // round values ($40 at steps of $0.50 from a minimum of $0.10) can be shown exactly.
  const gridMin = Number((Math.ceil((override.min ?? spec.min) / step - 1e-9) * step).toPrecision(12));
  return { min: Math.min(gridMin, value), max: Math.max(override.max ?? spec.max, value), step };
}

/** A number control's range for a value: the figure's range, widened to hold the value. Null for a choice. */
export function controlBounds(
  definition: FigureDefinition,
  key: string,
  value: number,
): { min: number; max: number } | null {
  const spec = settingSpec(definition, key);
  return spec.kind === 'number' ? numberBounds(definition, key, spec, value) : null;
}

/** The spec of a setting: the figure's own extra, else the parameter's. */
export function settingSpec(definition: FigureDefinition, key: string) {
  return Object.hasOwn(definition.extras, key) ? definition.extras[key]! : parameters[key as ParameterKey];
}

function numberControl(
  document: Doc,
  definition: FigureDefinition,
  key: string,
  spec: ExtraSetting,
  value: number,
  interactive: boolean,
) {
  const id = controlId(definition, key);
  const override = definition.overrides?.[key as ParameterKey] ?? {};
  const label = override.label ?? spec.label;
  const { min, max, step } = numberBounds(definition, key, spec, value);
  const wrap = el(document, 'div', { class: 'control', 'data-control': key });
  const help = el(
    document,
    'span',
    { id: `${id}-help`, class: 'control-help' },
    override.description ?? spec.description,
  );
  const common = { id, name: key, 'aria-describedby': `${id}-help`, 'data-setting': key };
  if (spec.control === 'toggle') {
    wrap.classList.add('control-toggle');
    const input = el(document, 'input', { ...common, type: 'checkbox' });
    if (value) input.setAttribute('checked', '');
    if (!interactive) input.setAttribute('disabled', '');
    const text = el(document, 'label', { for: id });
    text.append(el(document, 'span', { class: 'control-label' }, label));
    wrap.append(input, text, help);
    return wrap;
  }
  if (spec.control === 'choice') {
    const text = el(document, 'label', { for: id });
    text.append(el(document, 'span', { class: 'control-label' }, label));
    const select = el(document, 'select', common);
    for (const choice of spec.choices ?? []) {
      const option = el(document, 'option', { value: String(choice.value) }, choice.label);
      if (choice.value === value) option.setAttribute('selected', '');
      select.append(option);
    }
    if (!interactive) select.setAttribute('disabled', '');
    wrap.append(text, select, help);
    return wrap;
  }
  const useRange = key !== 'seed';
  const text = el(document, 'label', { for: id });
  text.append(el(document, 'span', { class: 'control-label' }, label), ' ');
  // A number field shows its own value; a slider needs the formatted value beside it.
  if (useRange) {
    text.append(
      el(document, 'output', { for: id, id: `${id}-value`, class: 'control-value' }, formatValue(value, spec.format)),
    );
  }
  const input = el(document, 'input', {
    ...common,
    type: useRange ? 'range' : 'number',
    min: String(min),
    max: String(max),
    step: String(step),
    value: String(value),
  });
  if (useRange) input.setAttribute('aria-valuetext', formatValue(value, spec.format));
  if (!interactive) input.setAttribute('disabled', '');
  wrap.append(text, input, help);
  return wrap;
}

function choiceControl(
  document: Doc,
  definition: FigureDefinition,
  key: ParameterKey,
  value: string,
  interactive: boolean,
) {
  const spec = parameters[key];
  if (spec.kind !== 'choice') throw new Error(`invalid choice parameter: ${key}`);
  const id = controlId(definition, key);
  const wrap = el(document, 'div', { class: 'control', 'data-control': key });
  const label = el(document, 'label', { for: id });
  label.append(el(document, 'span', { class: 'control-label' }, definition.overrides?.[key]?.label ?? spec.label));
  const select = el(document, 'select', { id, name: key, 'aria-describedby': `${id}-help`, 'data-setting': key });
  for (const option of spec.options) {
    const node = el(document, 'option', { value: option }, spec.optionLabels[option]);
    if (option === value) node.setAttribute('selected', '');
    select.append(node);
  }
  if (!interactive) select.setAttribute('disabled', '');
  wrap.append(label, select, el(document, 'span', { id: `${id}-help`, class: 'control-help' }, spec.description));
  return wrap;
}

/**
 * Disables a control that changes nothing under the current settings and says why beside it
 * (or enables it again, the reason removed). The reason is part of the control's description.
 */
export function markInactive(document: Doc, wrap: Element, reason: string | null): void {
  const input = wrap.querySelector<HTMLInputElement | HTMLSelectElement>('[data-setting]');
  if (!input) return;
  const id = input.getAttribute('id') ?? '';
  let why = wrap.querySelector<HTMLElement>('.control-why');
  if (reason) {
    if (!why) {
      why = el(document, 'span', { class: 'control-why', id: `${id}-why` });
      wrap.append(why);
    }
    why.textContent = reason;
    input.setAttribute('disabled', '');
    input.setAttribute('aria-describedby', `${id}-help ${id}-why`);
    wrap.setAttribute('data-inactive', '');
  } else {
    why?.remove();
    wrap.removeAttribute('data-inactive');
    // Unchanged on almost every redraw: written only when it differs.
    if (input.getAttribute('aria-describedby') !== `${id}-help`) input.setAttribute('aria-describedby', `${id}-help`);
  }
}

/** The controls shown beside the picture when no step says otherwise: at most three. */
export function mainControls(definition: FigureDefinition): string[] {
  const keys = definition.primary ?? definition.controls.filter((k) => k !== 'heterogeneity').slice(0, 2);
  return keys.slice(0, MAX_SHOWN);
}

/** Every setting a figure offers, in the order of its controls: parameters, then its own settings. */
export function settingKeys(definition: FigureDefinition): string[] {
  return [
    ...definition.controls,
    ...Object.keys(definition.extras).filter((key) => definition.playback?.setting !== key),
  ];
}

function control(document: Doc, definition: FigureDefinition, state: FigureState, key: string, interactive: boolean) {
  if (Object.hasOwn(definition.extras, key))
    return numberControl(document, definition, key, definition.extras[key]!, state.extras[key]!, interactive);
  const spec = parameters[key as ParameterKey];
  const value = settingValue(state, key);
  return spec.kind === 'choice'
    ? choiceControl(document, definition, key as ParameterKey, String(value), interactive)
    : numberControl(document, definition, key, spec, Number(value), interactive);
}

/**
 * The controls in two groups: the ones the figure (or the step being read) is about, beside the
 * picture, and every other one, behind "All settings". `shown` names the first group.
 */
export function buildControls(
  document: Doc,
  definition: FigureDefinition,
  state: FigureState,
  interactive: boolean,
  shown: readonly string[] = mainControls(definition),
): { main: HTMLElement; rest: HTMLElement } {
  const main = el(document, 'fieldset', { class: 'figure-controls figure-controls-main' });
  main.append(el(document, 'legend', { class: 'visually-hidden' }, `Settings of \u201c${definition.title}\u201d`));
  const rest = el(document, 'fieldset', { class: 'figure-controls figure-controls-rest' });
  rest.append(el(document, 'legend', { class: 'visually-hidden' }, `More settings of \u201c${definition.title}\u201d`));
  const keys = settingKeys(definition);
  const build = (key: string) => {
    const node = control(document, definition, state, key, interactive);
    markInactive(document, node, inactiveReason(key, state.scenario));
    return node;
  };
  for (const key of shown) if (keys.includes(key)) main.append(build(key));
  for (const key of keys) if (!shown.includes(key)) rest.append(build(key));
  return { main, rest };
}

function toolButton(
  document: Doc,
  interactive: boolean,
  action: string,
  text: string,
  extra: Record<string, string> = {},
) {
  const b = el(document, 'button', { type: 'button', 'data-action': action, ...extra }, text);
  if (!interactive) b.setAttribute('disabled', '');
  return b;
}

/** Playback: reading the figure month by month, beside the picture. Buttons do nothing until the island wires them. */
export function buildPlayback(
  document: Doc,
  definition: FigureDefinition,
  state: FigureState,
  interactive: boolean,
): HTMLElement | null {
  if (!definition.playback) return null;
  const play = el(document, 'div', { class: 'figure-playback', role: 'group', 'aria-label': 'Playback' });
  const key = definition.playback.setting;
  const spec = definition.extras[key]!;
  play.append(
    toolButton(document, interactive, 'play', 'Play', { 'aria-pressed': 'false' }),
    toolButton(document, interactive, 'step', 'Step'),
    toolButton(document, interactive, 'rewind', 'Back to month 1'),
    numberControl(document, definition, key, spec, state.extras[key]!, interactive),
  );
  return play;
}

/** Presets and the figure's tools (full screen, SVG, PNG), kept under "All settings". */
export function buildToolbar(document: Doc, definition: FigureDefinition, interactive: boolean): HTMLElement {
  const bar = el(document, 'div', { class: 'figure-toolbar' });
  if (definition.presets.length) {
    const presets = el(document, 'div', { class: 'figure-presets', role: 'group', 'aria-label': 'Presets' });
    presets.append(el(document, 'span', { class: 'toolbar-label' }, 'Presets:'));
    for (const preset of definition.presets)
      presets.append(toolButton(document, interactive, 'preset', preset.label, { 'data-preset': preset.id }));
    bar.append(presets);
  }
  const tools = el(document, 'div', { class: 'figure-tools', role: 'group', 'aria-label': 'Figure tools' });
  tools.append(
    toolButton(document, interactive, 'fullscreen', 'Full screen'),
    toolButton(document, interactive, 'download-svg', 'SVG'),
    toolButton(document, interactive, 'download-png', 'PNG'),
  );
  bar.append(tools);
  return bar;
}

export function buildLegend(document: Doc, definition: FigureDefinition): HTMLElement {
  const list = el(document, 'ul', { class: 'figure-legend', 'aria-label': 'Legend' });
  for (const item of definition.legend) {
    const li = el(document, 'li');
    li.append(el(document, 'span', { class: `swatch ${item.className}`, 'aria-hidden': 'true' }), item.label);
    list.append(li);
  }
  return list;
}

/** The chart itself, as an image with the summary as its text alternative. */
export function buildPlot<Rows>(
  definition: FigureDefinition<Rows>,
  rows: Rows,
  state: FigureState,
  document: Doc,
  width: number,
  height = plotHeight(definition, width),
  labelSize?: number,
  /** The summary, when the caller has it already. */
  summary = definition.summary(rows, state),
): Element {
  const chart = definition.draw(rows, state, { width, height, document, ...(labelSize ? { labelSize } : {}) });
  // Charts label their groups as Plot does ("line", "y-axis tick label"), but inside role="img" those labels are
  // not allowed (axe: aria-prohibited-attr): the summary below is the text alternative.
  for (const node of chart.querySelectorAll('[aria-label], [aria-description]')) {
    // Tick labels stay recognisable: presenter mode holds every other label to 24px.
    if (node.getAttribute('aria-label')?.endsWith('tick label')) node.setAttribute('data-ticks', '');
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', summary);
  chart.setAttribute('class', `${chart.getAttribute('class') ?? ''} figure-svg`.trim());
  return chart;
}

/** A CSV cell: plain digits for numbers, empty for missing or non-finite values. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/**
 * Rows as CSV (RFC 4180, as d3-dsv's csvFormatRows writes it: a field with a quote, comma or line
 * break is quoted, quotes doubled; rows joined by \n). Written here so the browser does not load
 * d3-dsv for it; test/csv.test.ts compares the two.
 */
export function csvFormatRows(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((field) => (/["\n\r,]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(','))
    .join('\n');
}

/** The figure's data as CSV, headed by the table's column labels. */
export function csvText<Rows>(definition: FigureDefinition<Rows>, rows: Rows, state: FigureState): string {
  const table = definition.table(rows, state);
  return `${csvFormatRows([
    table.columns.map((c) => c.label),
    ...table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key]))),
  ])}\n`;
}

export function buildTable<Rows>(
  definition: FigureDefinition<Rows>,
  rows: Rows,
  state: FigureState,
  document: Doc,
): HTMLElement {
  const table = definition.table(rows, state);
  const wrap = el(document, 'div', { class: 'figure-table' });
  const t = el(document, 'table');
  t.append(el(document, 'caption', {}, `Data of \u201c${definition.title}\u201d`));
  const head = el(document, 'tr');
  for (const column of table.columns) head.append(el(document, 'th', { scope: 'col' }, column.label));
  const thead = el(document, 'thead');
  thead.append(head);
  t.append(thead);
  const body = el(document, 'tbody');
  for (const row of table.rows) {
    const tr = el(document, 'tr');
    for (const column of table.columns) tr.append(el(document, 'td', {}, column.format(row[column.key])));
    body.append(tr);
  }
  t.append(body);
  const csv = el(
    document,
    'a',
    {
      class: 'csv-link',
      download: `${definition.name}.csv`,
      href: `data:text/csv;charset=utf-8,${encodeURIComponent(csvText(definition, rows, state))}`,
    },
    'Download CSV',
  );
  wrap.append(csv, t);
  return wrap;
}

/**
 * Where the figure's numbers come from: the reader's, except what its premise fixes (said in
 * one line), and the experiments made in this figure only, with the ways back and forward.
 */
export function buildOwnLine(document: Doc, definition: FigureDefinition, interactive: boolean): HTMLElement {
  const wrap = el(document, 'div', { class: 'figure-own' });
  const premise = premiseNote(definition);
  if (premise) wrap.append(el(document, 'p', { class: 'figure-premise' }, premise));
  const line = el(document, 'p', { class: 'figure-own-line' });
  line.append(el(document, 'span', { class: 'figure-own-text' }, 'Shows your numbers.'), ' ');
  for (const [action, text] of [
    ['reset', 'Reset to your numbers'],
    ['promote', 'Make these your numbers'],
  ] as const) {
    const b = el(document, 'button', { type: 'button', 'data-action': action }, text);
    // Nothing to reset or promote until the reader changes something in this figure.
    b.setAttribute('disabled', '');
    b.setAttribute('hidden', '');
    line.append(b, ' ');
  }
  if (!interactive) line.setAttribute('data-static', '');
  wrap.append(line);
  return wrap;
}

/** The whole body of a figure, as the build puts it in the page. */
export function buildFigureBody<Rows>(
  definition: FigureDefinition<Rows>,
  state: FigureState,
  rows: Rows,
  document: Doc,
  { width, interactive }: { width: number; interactive: boolean },
): HTMLElement {
  const body = el(document, 'div', {
    class: 'figure-body',
    'data-state': interactive ? 'live' : 'static',
    // What the live figure loads besides its own code (the size audit reads these).
    ...(definition.playback ? { 'data-playback': '' } : {}),
    ...(definition.background ? { 'data-background': '' } : {}),
    ...(definition.handles?.length ? { 'data-handles': '' } : {}),
  });
  // The picture first, then what changes it: on a phone the reader sees the figure before
  // scrolling through its controls.
  body.append(el(document, 'p', { class: 'figure-notice', role: 'status', hidden: '' }));
  body.append(buildLegend(document, definition));
  const plot = el(document, 'div', { class: 'figure-plot' });
  plot.append(buildPlot(definition, rows, state, document, width));
  body.append(plot);
  const playback = buildPlayback(document, definition, state, interactive);
  if (playback) body.append(playback);
  const { main, rest } = buildControls(document, definition, state, interactive);
  body.append(main);
  body.append(el(document, 'p', { class: 'figure-summary', 'aria-live': 'polite' }, definition.summary(rows, state)));
  body.append(buildOwnLine(document, definition, interactive));
  // Everything else the figure can change, one click away.
  const all = el(document, 'details', { class: 'figure-all' });
  all.append(el(document, 'summary', {}, 'All settings'));
  all.append(rest, buildToolbar(document, definition, interactive));
  body.append(all);
  const details = el(document, 'details', { class: 'figure-data' });
  details.append(el(document, 'summary', {}, 'Data'));
  details.append(buildTable(definition, rows, state, document));
  body.append(details);
  return body;
}

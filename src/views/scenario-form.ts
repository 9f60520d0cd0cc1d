// The reader's numbers as a form: every scenario parameter, grouped (market, prices, memory,
// funnel, plan), each field generated from the parameter table with its unit, range, one-line
// description, source and how to estimate it. Built with an injected document, so the planner's
// form is in the HTML at build time and a chapter's panel is built the same way in the browser.

import { PARAMETER_GROUPS, marketPresets, parameterKeys, parameters, stagePresets } from '../model/index.ts';
import type { NumberParameter, ParameterKey, Scenario } from '../model/index.ts';
import { formatValue } from '../lib/format.ts';
import { estimates, sources } from '../model/parameter-notes.ts';
import { el } from './dom.ts';

type Doc = Document;

/** Shares are typed as percentages (5 for 5%): a planner thinks in percent, the model in fractions. */
export function fieldScale(spec: NumberParameter): number {
  return spec.format === 'percent' ? 100 : 1;
}

/** The number a field shows for a model value, without float noise (0.07 * 100 is 7.000000000000001). */
export function toField(spec: NumberParameter, value: number): string {
  return String(Number((value * fieldScale(spec)).toPrecision(12)));
}

/** The model value for what a field holds; the raw text when it is not a plain number, for the validator to report. */
export function fromField(spec: NumberParameter, text: string): number | string {
  const trimmed = text.trim().replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return text;
  return Number((Number(trimmed) / fieldScale(spec)).toPrecision(12));
}

function unitText(spec: NumberParameter): string {
  if (spec.format === 'percent') return '%';
  return spec.unit === 'share' ? '' : spec.unit;
}

function rangeText(spec: NumberParameter): string {
  return `${formatValue(spec.min, spec.format)} to ${formatValue(spec.max, spec.format)}`;
}

export function fieldId(prefix: string, key: string): string {
  return `${prefix}-${key}`;
}

function field(document: Doc, prefix: string, key: ParameterKey, value: unknown, interactive: boolean): HTMLElement {
  const spec = parameters[key];
  const id = fieldId(prefix, key);
  const wrap = el(document, 'div', { class: 'param-field', 'data-param': key });
  const label = el(document, 'label', { for: id, class: 'param-label' }, spec.label);
  const help = el(document, 'p', { id: `${id}-help`, class: 'param-help' });
  let input: HTMLInputElement | HTMLSelectElement;
  if (spec.kind === 'choice') {
    input = el(document, 'select', { id, name: key, 'data-param': key, 'aria-describedby': `${id}-help` });
    for (const option of spec.options) {
      const node = el(document, 'option', { value: option }, spec.optionLabels[option]);
      if (option === value) node.setAttribute('selected', '');
      input.append(node);
    }
    help.textContent = spec.description;
  } else {
    const scale = fieldScale(spec);
    input = el(document, 'input', {
      id,
      name: key,
      type: 'number',
      inputmode: 'decimal',
      'data-param': key,
      min: String(Number((spec.min * scale).toPrecision(12))),
      max: String(Number((spec.max * scale).toPrecision(12))),
      step: 'any',
      value: toField(spec, Number(value)),
      'aria-describedby': `${id}-help ${id}-range`,
    });
    help.textContent = spec.description;
  }
  if (!interactive) input.setAttribute('disabled', '');
  const row = el(document, 'div', { class: 'param-input' });
  row.append(input);
  if (spec.kind === 'number') {
    const unit = unitText(spec);
    if (unit) row.append(el(document, 'span', { class: 'param-unit', 'aria-hidden': 'true' }, unit));
  }
  wrap.append(label, row, help);
  if (spec.kind === 'number')
    wrap.append(
      el(
        document,
        'p',
        { id: `${id}-range`, class: 'param-range' },
        `Range ${rangeText(spec)}; default ${formatValue(spec.default, spec.format)}.`,
      ),
    );
  const more = el(document, 'details', { class: 'param-more' });
  more.append(el(document, 'summary', {}, 'Source and how to estimate it'));
  more.append(
    el(document, 'p', {}, `Source: ${sources[key]}`),
    el(document, 'p', {}, `Estimate it: ${estimates[key]}`),
  );
  wrap.append(more);
  return wrap;
}

/** Market and company-stage presets, as buttons the island wires. */
function presets(document: Doc, interactive: boolean): HTMLElement {
  const wrap = el(document, 'div', { class: 'param-presets' });
  for (const [title, list] of [
    ['Market presets', marketPresets],
    ['Company-stage presets', stagePresets],
  ] as const) {
    const group = el(document, 'div', { role: 'group', 'aria-label': title, class: 'preset-group' });
    group.append(el(document, 'span', { class: 'toolbar-label' }, `${title}:`));
    for (const preset of list) {
      const button = el(
        document,
        'button',
        { type: 'button', 'data-preset': preset.id, title: preset.note },
        preset.label,
      );
      if (!interactive) button.setAttribute('disabled', '');
      group.append(button);
    }
    wrap.append(group);
  }
  return wrap;
}

export function presetById(id: string) {
  return [...marketPresets, ...stagePresets].find((p) => p.id === id);
}

/** The whole grouped form. `prefix` keeps ids unique when a page has more than one. */
export function buildScenarioForm(
  document: Doc,
  scenario: Scenario,
  { prefix, interactive, title }: { prefix: string; interactive: boolean; title: string },
): HTMLElement {
  const form = el(document, 'form', { class: 'scenario-form', 'aria-label': title, novalidate: '' });
  form.append(el(document, 'p', { class: 'form-notice', role: 'status', hidden: '' }));
  form.append(presets(document, interactive));
  for (const group of PARAMETER_GROUPS) {
    const set = el(document, 'fieldset', { class: 'param-group', 'data-group': group.id });
    set.append(el(document, 'legend', {}, group.label));
    set.append(el(document, 'p', { class: 'param-group-note' }, group.description));
    const grid = el(document, 'div', { class: 'param-grid' });
    for (const key of parameterKeys)
      if (parameters[key].group === group.id) grid.append(field(document, prefix, key, scenario[key], interactive));
    set.append(grid);
    form.append(set);
  }
  return form;
}

// Wires a generated scenario form (src/views/scenario-form.ts) to a scenario held elsewhere:
// the reader's numbers on a chapter, or one of the planner's scenarios. Typing applies a value
// as soon as it is valid; leaving a field reports and repairs what was typed.

import { parameterKeys, parameters } from '../model/index.ts';
import type { ParameterKey, Scenario } from '../model/index.ts';
import { fieldId, fromField, presetById, toField } from '../views/scenario-form.ts';
import { showProblems } from './problems.ts';

export interface FormTarget {
  scenario(): Scenario;
  /** Applies raw values; returns one sentence per value that was replaced. */
  set(patch: Partial<Record<ParameterKey, unknown>>): string[];
}

function rawValue(key: ParameterKey, input: HTMLInputElement | HTMLSelectElement): unknown {
  const spec = parameters[key];
  return spec.kind === 'number' ? fromField(spec, input.value) : input.value;
}

export function wireScenarioForm(form: HTMLElement, prefix: string, target: FormTarget): { sync(): void } {
  const notice = form.querySelector<HTMLElement>('.form-notice');
  const sync = () => {
    const scenario = target.scenario();
    for (const key of parameterKeys) {
      const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(fieldId(prefix, key))}`);
      if (!input || document.activeElement === input) continue;
      const spec = parameters[key];
      const value = spec.kind === 'number' ? toField(spec, scenario[key] as number) : String(scenario[key]);
      if (input.value !== value) input.value = value;
      input.removeAttribute('aria-invalid');
    }
  };
  const apply = (input: HTMLInputElement | HTMLSelectElement, settled: boolean) => {
    const key = input.dataset['param'] as ParameterKey | undefined;
    if (!key || !Object.hasOwn(parameters, key)) return;
    const raw = rawValue(key, input);
    if (!settled) {
      // While typing, apply only what is already valid; say nothing until the field is left.
      const spec = parameters[key];
      if (spec.kind === 'number' && (typeof raw !== 'number' || raw < spec.min || raw > spec.max)) return;
    }
    performance.mark('figure-input');
    const problems = target.set({ [key]: raw });
    if (problems.length && settled) {
      input.setAttribute('aria-invalid', 'true');
      if (notice) showProblems(notice, problems, 'Replaced by a safe value:');
      const spec = parameters[key];
      const used = target.scenario()[key];
      input.value = spec.kind === 'number' ? toField(spec, used as number) : String(used);
    } else if (!problems.length) {
      input.removeAttribute('aria-invalid');
      if (notice && settled) notice.hidden = true;
    }
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    if (input.dataset['param']) apply(input, input.tagName === 'SELECT');
  });
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    if (input.dataset['param']) apply(input, true);
  });
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-preset]');
    const preset = button ? presetById(button.dataset['preset'] ?? '') : undefined;
    if (!preset) return;
    performance.mark('figure-input');
    target.set(preset.patch);
    if (notice) notice.hidden = true;
    sync();
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[disabled], input[disabled], select[disabled]'))
    button.disabled = false;
  return { sync };
}

// The planner page: up to three named scenarios in the address, the grouped form editing the
// selected one, its dashboard recomputed on every change, the comparison when there are two or
// more, and links that open every chapter with the selected scenario's numbers.
//
// Startup is cut into short tasks so that a phone's main thread is never held for long: the page
// already shows the defaults' dashboard drawn at build time, which is kept when the address carries
// no numbers; the comparison's code (the planner's only line chart) loads with a second scenario;
// and the form, enabled last, is the sign that everything is wired.

import { plannerComparison, plannerDashboard } from '../model/index.ts';
import { buildDashboard } from '../views/planner-view.ts';
import { buildScenarioForm } from '../views/scenario-form.ts';
import { MAX_SCENARIOS, readQuery, writeQuery } from '../state/query.ts';
import { add, duplicate, effective, plannerParams, readPlanner, remove, rename, setValues } from '../state/planner.ts';
import type { PlannerState } from '../state/planner.ts';
import { readerParams } from '../state/reader.ts';
import { pageState } from './page-state.ts';
import { provideDatasetSource } from './dataset-source.ts';
import { readTiers, tierParams } from '../state/tiers.ts';
import type { PlannerTier } from '../state/tiers.ts';
import { wireTiers } from './planner-tiers.ts';
import { showProblems } from './problems.ts';
import { wireScenarioForm } from './scenario-form.ts';

const PREFIX = 'plan';

type CompareModule = typeof import('../views/planner-compare.ts');
let compareModule: CompareModule | null = null;
let compareLoading: Promise<CompareModule> | null = null;

/** Gives the main thread back between startup phases (the browser can paint and handle input). */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export async function startPlanner(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-planner]');
  if (!root) return;
  const query = readQuery(location.search);
  const read = readPlanner(query);
  let state: PlannerState = read.state;
  let selected = 0;
  // The dataset section builds the scenario being edited, asked for when the reader builds it.
  provideDatasetSource(() => ({ scenario: effective(state, selected), name: state.scenarios[selected]!.name }));

  const notice = root.querySelector<HTMLElement>('.page-notice');
  const readTiersResult = readTiers(query.figures);
  let tiers: PlannerTier[] = readTiersResult.tiers;
  const problems = [...query.stray, ...read.problems, ...readTiersResult.problems];
  for (const ns of Object.keys(query.figures))
    if (!/^t\d+$/.test(ns)) problems.push(`"${ns}." settings belong to chapters\u2019 figures; ignored here`);
  if (notice && problems.length)
    showProblems(notice, problems, 'Some settings in this page\u2019s address were replaced or ignored:');
  if (notice && query.notes.length) {
    const note = document.createElement('p');
    note.textContent = query.notes.join(' ');
    notice.append(note);
    notice.hidden = false;
  }

  const list = root.querySelector<HTMLElement>('[data-scenario-list]')!;
  const dashboard = root.querySelector<HTMLElement>('[data-dashboard]')!;
  const compare = root.querySelector<HTMLElement>('[data-compare]')!;
  const comparison = root.querySelector<HTMLElement>('[data-comparison]')!;
  const formHost = root.querySelector<HTMLElement>('.planner-form')!;
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;

  // The form is wired last (see startup below); until then a change cannot come from it.
  let wired: { sync(): void } | null = null;
  const buildForm = () => {
    const staticForm = formHost.querySelector('form');
    const form = buildScenarioForm(document, effective(state, selected), {
      prefix: PREFIX,
      interactive: true,
      title: 'The numbers of the scenario being edited',
    });
    staticForm?.replaceWith(form);
    wired = wireScenarioForm(form, PREFIX, {
      scenario: () => effective(state, selected),
      set: (patch) => {
        const next = setValues(state, selected, patch);
        state = next.state;
        update();
        return next.problems;
      },
    });
  };

  const write = () => {
    // The page's state writes the address, with its own page keys (the dataset's seed and noise).
    const { reader, scenarios } = plannerParams(state);
    pageState().setPlanner(reader, scenarios, tierParams(tiers));
    const chapterSearch = writeQuery({ reader: readerParams(effective(state, selected)) });
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-planner-chapter]')) {
      const url = new URL(link.getAttribute('href') ?? '/', location.href);
      link.setAttribute('href', `${url.pathname}${chapterSearch}`);
    }
  };

  const renderList = () => {
    const items = state.scenarios.map((scenario, index) => {
      const item = document.createElement('li');
      item.className = 'scenario-item';
      item.dataset['index'] = String(index);
      const label = document.createElement('label');
      label.className = 'visually-hidden';
      label.htmlFor = `scenario-name-${index}`;
      label.textContent = `Name of scenario ${index + 1}`;
      const name = document.createElement('input');
      name.type = 'text';
      name.id = `scenario-name-${index}`;
      name.maxLength = 40;
      name.value = scenario.name;
      name.dataset['plannerName'] = String(index);
      const button = (action: string, text: string, extra: Record<string, string> = {}) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.dataset['plannerAction'] = action;
        b.dataset['index'] = String(index);
        b.textContent = text;
        for (const [key, value] of Object.entries(extra)) b.setAttribute(key, value);
        return b;
      };
      const edit = button('select', 'Edit these numbers', {
        'aria-pressed': String(index === selected),
        'aria-label': `Edit these numbers: ${scenario.name}`,
      });
      // With one scenario there is nothing to choose between.
      edit.hidden = state.scenarios.length === 1;
      const copy = button('duplicate', 'Duplicate', { 'aria-label': `Duplicate ${scenario.name}` });
      copy.disabled = state.scenarios.length >= MAX_SCENARIOS;
      const drop = button('remove', 'Remove', { 'aria-label': `Remove ${scenario.name}` });
      drop.disabled = state.scenarios.length <= 1;
      item.append(label, name, edit, copy, drop);
      return item;
    });
    list.replaceChildren(...items);
    const addButton = root.querySelector<HTMLButtonElement>('[data-planner-action="add"]');
    if (addButton) addButton.disabled = state.scenarios.length >= MAX_SCENARIOS;
    for (const node of root.querySelectorAll('[data-editing-name]')) node.textContent = state.scenarios[selected]!.name;
  };

  const drawComparison = (
    scenarios: { name: string; scenario: ReturnType<typeof effective> }[],
    boards: ReturnType<typeof plannerDashboard>[],
  ) => {
    if (!compareModule) {
      // The first comparison waits for its code; the newest state is drawn when it arrives.
      compareLoading ??= import('../views/planner-compare.ts').then((m) => (compareModule = m));
      void compareLoading.then(() => update());
      return;
    }
    const names = state.scenarios.map((s) => s.name);
    // Shown before it is measured: a hidden section has no width, and the chart is drawn to fit.
    compare.hidden = false;
    const width = Math.min(900, Math.max(300, Math.floor(comparison.getBoundingClientRect().width || 600)));
    const result = plannerComparison(scenarios, boards);
    comparison.replaceChildren(compareModule.buildComparison(document, result, names, width));
  };

  const update = () => {
    performance.mark('planner-input');
    const scenarios = state.scenarios.map((s, i) => ({ name: s.name, scenario: effective(state, i) }));
    // Each scenario's dashboard once: the selected one is shown, all of them are compared.
    const boards =
      scenarios.length > 1
        ? scenarios.map((s) => plannerDashboard(s.scenario))
        : [plannerDashboard(scenarios[selected]!.scenario)];
    dashboard.replaceChildren(buildDashboard(document, boards[scenarios.length > 1 ? selected : 0]!));
    if (state.scenarios.length > 1) drawComparison(scenarios, boards);
    else {
      comparison.replaceChildren();
      compare.hidden = true;
    }
    for (const node of root.querySelectorAll('[data-editing-name]')) node.textContent = state.scenarios[selected]!.name;
    tiersHandle?.render(effective(state, selected));
    write();
    performance.mark('planner-redrawn');
    try {
      performance.measure('planner-redraw', 'planner-input', 'planner-redrawn');
    } catch {
      // Nothing to measure.
    }
  };

  list.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const index = Number(input.dataset['plannerName']);
    if (!Number.isInteger(index)) return;
    state = rename(state, index, input.value);
    input.value = state.scenarios[index]!.name;
    renderList();
    update();
  });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-planner-action]');
    if (!button) return;
    const index = Number(button.dataset['index'] ?? selected);
    switch (button.dataset['plannerAction']) {
      case 'add':
        state = add(state);
        selected = state.scenarios.length - 1;
        break;
      case 'duplicate':
        state = duplicate(state, index);
        selected = state.scenarios.length - 1;
        break;
      case 'remove':
        state = remove(state, index);
        selected = Math.min(selected, state.scenarios.length - 1);
        break;
      case 'select':
        selected = index;
        break;
      case 'copy-link':
        void navigator.clipboard?.writeText(location.href).then(
          () => (button.textContent = 'Link copied'),
          () => (button.textContent = 'Copy the address from the address bar'),
        );
        return;
      default:
        return;
    }
    renderList();
    wired?.sync();
    update();
    list.querySelector<HTMLElement>(`[data-index="${selected}"] [data-planner-action="select"]`)?.focus();
  });

  const tiersHost = root.querySelector<HTMLElement>('[data-tiers]');
  root.querySelector<HTMLElement>('[data-noscript-tiers]')?.setAttribute('hidden', '');
  const tiersHandle = tiersHost
    ? wireTiers(
        tiersHost,
        tiers,
        () => effective(state, selected),
        (next) => {
          tiers = next.map((t) => ({ ...t }));
          write();
        },
      )
    : null;

  renderList();
  // At the defaults the build's dashboard is already the answer; anything else is computed now.
  const pristine = state.scenarios.length === 1 && Object.keys(readerParams(effective(state, 0))).length === 0;
  if (pristine) {
    tiersHandle?.render(effective(state, selected));
    write();
  } else {
    await pause();
    update();
  }
  await pause();
  buildForm();
}

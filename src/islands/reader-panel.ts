// "Your numbers" on a chapter: the bar that says whose numbers the page shows, and the panel
// that edits them. A change redraws every figure on the page and is carried by every link.

import { buildScenarioForm } from '../views/scenario-form.ts';
import { describeReader } from '../state/reader.ts';
import { pageState } from './page-state.ts';
import { wireScenarioForm } from './scenario-form.ts';

const PREFIX = 'reader';

function bringFiguresToLife(): void {
  const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'));
  if (figures.length) void import('./figure-island.ts').then((m) => m.hydrateAll(figures));
}

function updateBar(bar: HTMLElement): void {
  const page = pageState();
  const { lead, detail } = describeReader(page.reader.scenario);
  bar.querySelector('.reader-lead')!.textContent = lead;
  bar.querySelector('.reader-detail')!.textContent = detail;
  const reset = bar.querySelector<HTMLButtonElement>('[data-reader="reset"]');
  if (reset) reset.disabled = page.reader.changed.length === 0;
}

let wired = false;

export function wireReaderBar(): void {
  if (wired) return;
  wired = true;
  const bar = document.querySelector<HTMLElement>('[data-reader-bar]');
  const panel = document.querySelector<HTMLElement>('#reader-panel');
  if (!bar || !panel) return;
  const page = pageState();
  const edit = bar.querySelector<HTMLButtonElement>('[data-reader="edit"]')!;
  let form: { sync(): void } | null = null;

  const close = () => {
    panel.hidden = true;
    edit.setAttribute('aria-expanded', 'false');
    edit.focus();
  };
  const open = () => {
    if (!form) form = buildPanel(panel, close);
    bringFiguresToLife();
    panel.hidden = false;
    edit.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLElement>('h2')?.focus();
  };

  edit.addEventListener('click', () => (panel.hidden ? open() : close()));
  bar.querySelector('[data-reader="reset"]')?.addEventListener('click', () => {
    bringFiguresToLife();
    performance.mark('figure-input');
    page.resetReader();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  page.subscribe(() => {
    updateBar(bar);
    form?.sync();
  });
  updateBar(bar);
}

function buildPanel(panel: HTMLElement, close: () => void): { sync(): void } {
  const page = pageState();
  const header = document.createElement('div');
  header.className = 'reader-panel-header';
  const title = document.createElement('h2');
  title.id = 'reader-panel-title';
  title.tabIndex = -1;
  title.textContent = 'Your numbers';
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.textContent = 'Close';
  closeButton.addEventListener('click', close);
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset';
  reset.title = 'Back to the defaults';
  reset.addEventListener('click', () => {
    performance.mark('figure-input');
    page.resetReader();
  });
  header.append(title, reset, closeButton);
  const intro = document.createElement('p');
  intro.className = 'reader-panel-intro';
  intro.textContent =
    'Every figure on every page computes from these numbers, except where a figure says what it fixes. They live in the page address: copy it to share exactly this scenario.';
  const form = buildScenarioForm(document, page.reader.scenario, {
    prefix: PREFIX,
    interactive: true,
    title: 'Your numbers',
  });
  panel.setAttribute('aria-labelledby', title.id);
  panel.replaceChildren(header, intro, form);
  return wireScenarioForm(form, PREFIX, {
    scenario: () => page.reader.scenario,
    set: (patch) => page.setReader(patch),
  });
}

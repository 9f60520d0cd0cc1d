// "Print this scenario": a handout of the page as it is now. Every figure at its current
// settings with the settings that differ from the defaults, the key numbers (each figure's
// live summary), the date, and the page's full address as text and as a QR code drawn as SVG in
// the browser (qrcode-generator; nothing leaves the site). Print CSS shows only the handout.

import qrcode from 'qrcode-generator';
import { numbersLine } from '../state/reader.ts';
import { readPlanner, scenariosLine } from '../state/planner.ts';
import { readQuery } from '../state/query.ts';
import { pageState } from './page-state.ts';
import { element as el } from './element.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The address as a QR code: dark modules as one SVG path, quiet zone included. */
export function qrSvg(text: string, size = 160): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  const total = count + 2 * quiet;
  let d = '';
  for (let r = 0; r < count; r++)
    for (let c = 0; c < count; c++) if (qr.isDark(r, c)) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
  const svg = document.createElementNS(SVG, 'svg') as SVGSVGElement;
  svg.setAttribute('viewBox', `0 0 ${total} ${total}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'handout-qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `QR code of this page's address: ${text}`);
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(total));
  background.setAttribute('height', String(total));
  background.setAttribute('fill', '#ffffff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.append(background, path);
  return svg;
}

/** The reader's numbers, or on the planner each scenario's. */
function readerLine(): string {
  const scenarios = document.querySelector('[data-planner]')
    ? scenariosLine(readPlanner(readQuery(location.search)).state)
    : null;
  return scenarios ?? numbersLine(pageState().reader.scenario);
}

function header(title: string): HTMLElement {
  const head = el('header', 'handout-header');
  const text = el('div', 'handout-heading');
  text.append(
    el('p', 'handout-kicker', 'Demand Lab handout'),
    el('h1', 'handout-title', title),
    el('p', 'handout-date', `Printed ${new Date().toISOString().slice(0, 10)}`),
    el('p', 'handout-numbers', readerLine()),
    el('p', 'handout-url', location.href),
  );
  head.append(text, qrSvg(location.href));
  return head;
}

/** One figure as it is now: title, the chart, what it changed or fixes, and its live summary. */
function figureBlock(figure: HTMLElement): HTMLElement {
  const block = el('section', 'handout-figure');
  block.append(el('h2', '', figure.querySelector('.figure-title')?.textContent ?? ''));
  const chart = figure.querySelector('.figure-plot > svg')?.cloneNode(true) as SVGSVGElement | undefined;
  if (chart) {
    chart.removeAttribute('id');
    block.append(chart);
  }
  // What this figure fixes or changed on top of the reader's numbers; "Shows your numbers" says nothing new here.
  for (const line of figure.querySelectorAll<HTMLElement>('.figure-premise, .figure-own-text')) {
    const text = line.textContent?.trim() ?? '';
    if (text && text !== 'Shows your numbers.') block.append(el('p', 'handout-settings', text));
  }
  block.append(el('p', 'handout-summary', figure.querySelector('.figure-summary')?.textContent ?? ''));
  return block;
}

function build(): HTMLElement {
  document.querySelector('.handout-sheet')?.remove();
  const sheet = el('div', 'handout-sheet');
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  sheet.append(header(title));
  const figures = Array.from(document.querySelectorAll<HTMLElement>('main figure[data-figure]'));
  for (const figure of figures) sheet.append(figureBlock(figure));
  const dashboard = document.querySelector<HTMLElement>('[data-dashboard]');
  if (dashboard) {
    const copy = dashboard.cloneNode(true) as HTMLElement;
    copy.removeAttribute('aria-live');
    for (const node of copy.querySelectorAll('[id]')) node.removeAttribute('id');
    sheet.append(copy);
    const comparison = document.querySelector<HTMLElement>('[data-comparison]');
    if (comparison?.childElementCount) {
      const again = comparison.cloneNode(true) as HTMLElement;
      for (const node of again.querySelectorAll('[id]')) node.removeAttribute('id');
      sheet.append(again);
    }
  }
  // Inside <main>, so the printed page keeps its one main landmark.
  (document.querySelector('main') ?? document.body).append(sheet);
  return sheet;
}

/** Builds the handout from the page as it is and opens the print dialog. */
export function printHandout(): void {
  // The handout's link and QR code are the address as it is now.
  pageState().flush();
  build();
  document.documentElement.classList.add('handout');
  const done = () => {
    document.documentElement.classList.remove('handout');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

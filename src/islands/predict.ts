// Predict, then reveal: covers the figure until the reader commits a guess, then shows the
// answer the figure computed with the reader's numbers, the guess marked beside it on a line,
// and one sentence on the gap. Every text is set with textContent.

const SVG = 'http://www.w3.org/2000/svg';

type Unit = 'percent' | 'months' | 'times';

/** A guess or an answer as the reader reads it: 60%, 15 months, 2.4×. Guesses on percent sliders are whole percents. */
export function formatAnswer(value: number, unit: Unit): string {
  if (unit === 'percent') return `${Math.round(value * 100)}%`;
  if (unit === 'months') return `${Math.round(value)} month${Math.round(value) === 1 ? '' : 's'}`;
  return `${(Math.round(value * 10) / 10).toFixed(1)}\u00d7`;
}

/** The slider's number in the model's unit: percent sliders run 0-100 for a share 0-1. */
export function guessValue(slider: number, unit: Unit): number {
  return unit === 'percent' ? slider / 100 : slider;
}

/** One sentence on the gap between a guess and the answer. */
export function gapSentence(guess: number, answer: number, unit: Unit): string {
  const gap = guess - answer;
  const size =
    unit === 'percent'
      ? `${Math.round(Math.abs(gap) * 100)} percentage points`
      : unit === 'months'
        ? `${Math.round(Math.abs(gap))} month${Math.round(Math.abs(gap)) === 1 ? '' : 's'}`
        : `${(Math.round(Math.abs(gap) * 10) / 10).toFixed(1)} times the average`;
  const close =
    unit === 'percent' ? Math.abs(gap) < 0.05 : unit === 'months' ? Math.abs(gap) < 2 : Math.abs(gap) < 0.25;
  if (close) return `Your guess was within ${size} of the model: close.`;
  return `Your guess was ${size} ${gap > 0 ? 'too high' : 'too low'}.`;
}

function numberLine(min: number, max: number, guess: number, answer: number, unit: Unit): SVGSVGElement {
  const width = 320;
  const x = (v: number) => 12 + ((Math.min(max, Math.max(min, v)) - min) / (max - min || 1)) * (width - 24);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} 46`);
  svg.setAttribute('class', 'predict-line');
  svg.setAttribute('aria-hidden', 'true');
  const add = (tag: string, attrs: Record<string, string>, text?: string) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
  };
  add('line', {
    x1: '12',
    x2: String(width - 12),
    y1: '24',
    y2: '24',
    stroke: 'currentColor',
    'stroke-opacity': '0.4',
  });
  add('circle', { cx: String(x(guess)), cy: '24', r: '6', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' });
  add(
    'text',
    { x: String(x(guess)), y: '12', 'text-anchor': 'middle', 'font-size': '10', fill: 'currentColor' },
    `you: ${formatAnswer(guess, unit)}`,
  );
  add('circle', { cx: String(x(answer)), cy: '24', r: '6', class: 'predict-answer-dot' });
  add(
    'text',
    { x: String(x(answer)), y: '44', 'text-anchor': 'middle', 'font-size': '10', fill: 'currentColor' },
    `model: ${formatAnswer(answer, unit)}`,
  );
  return svg;
}

function wire(section: HTMLElement): void {
  const unit = (section.dataset['unit'] ?? 'percent') as Unit;
  const slider = section.querySelector<HTMLInputElement>('[data-predict-guess]')!;
  const shown = section.querySelector<HTMLOutputElement>('[data-predict-shown]')!;
  const figureBox = section.querySelector<HTMLElement>('[data-predict-figure]')!;
  const cover = section.querySelector<HTMLElement>('[data-predict-cover]')!;
  const result = section.querySelector<HTMLElement>('[data-predict-result]')!;
  const button = section.querySelector<HTMLButtonElement>('[data-predict-commit]')!;
  const skip = section.querySelector<HTMLButtonElement>('[data-predict-skip]');
  const show = () => {
    const text = formatAnswer(guessValue(Number(slider.value), unit), unit);
    shown.textContent = text;
    slider.setAttribute('aria-valuetext', text);
  };
  show();
  slider.addEventListener('input', show);
  section.dataset['wired'] = '';
  const figure = figureBox.querySelector<HTMLElement>(`figure[data-figure="${section.dataset['figure']}"]`);
  /** Shows the figure and the answer's passage; the figure comes to life with the reader's numbers. */
  const reveal = async (): Promise<Record<string, number | null>> => {
    section.dataset['revealed'] = '';
    cover.hidden = true;
    slider.disabled = true;
    button.disabled = true;
    if (skip) skip.disabled = true;
    const m = await import('./figure-island.ts');
    if (figure) await m.hydrate(figure);
    return JSON.parse(figure?.dataset['values'] ?? '{}') as Record<string, number | null>;
  };
  // A link that already carries this figure's own settings was shared from the figure as it was
  // explored, and a link to the figure itself (an exercise, a shared figure link) points at it:
  // open either as shown, not covered.
  const namespace = figure?.dataset['namespace'];
  const explored =
    (figure && location.hash === `#${figure.id}`) ||
    (namespace && [...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${namespace}.`)));
  if (explored) {
    void reveal();
    return;
  }
  skip?.addEventListener('click', () => {
    void reveal().then((values) => {
      const answer = values[section.dataset['value'] ?? ''];
      const lead = document.createElement('p');
      lead.textContent =
        typeof answer === 'number' && Number.isFinite(answer)
          ? `The model, with these numbers: ${formatAnswer(answer, unit)}.`
          : 'With these numbers the model has no single answer; the figure shows why.';
      result.replaceChildren(lead);
    });
  });
  button.addEventListener('click', () => {
    void reveal().then((values) => {
      const answer = values[section.dataset['value'] ?? ''];
      const guess = guessValue(Number(slider.value), unit);
      const lead = document.createElement('p');
      if (typeof answer !== 'number' || !Number.isFinite(answer)) {
        lead.textContent = `Your guess: ${formatAnswer(guess, unit)}. With these numbers the model has no single answer; the figure shows why.`;
        result.replaceChildren(lead);
        return;
      }
      lead.textContent = `Your guess: ${formatAnswer(guess, unit)}. The model, with these numbers: ${formatAnswer(answer, unit)}. ${gapSentence(guess, answer, unit)}`;
      const min = guessValue(Number(slider.min), unit);
      const max = guessValue(Number(slider.max), unit);
      result.replaceChildren(lead, numberLine(min, max, guess, answer, unit));
    });
  });
}

export function wirePredictions(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-predict]')) wire(section);
}

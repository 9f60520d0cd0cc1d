// Scrolling through a <Steps> block: as a step's passage reaches the reading position, its
// figure (pinned beside the steps, or at the top on a phone) takes the step's settings and shows
// the step's controls. The figure's code loads when it nears the viewport, as any figure's does;
// a step reached before that is applied as soon as it is live.

import type { FigureStep } from './figure-island.ts';

/** The step's settings and controls, as the build wrote them on its element. */
export function readStep(element: HTMLElement, count: number): FigureStep {
  const set: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(element.dataset['stepSet'] ?? '')) set[key] = value;
  return {
    n: Number(element.dataset['step']),
    count,
    set,
    show: (element.dataset['stepShow'] ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  };
}

/** Where a passage is read, as a share of the viewport's height: lower on a phone, where the figure pins on top. */
export function readingLine(): number {
  return matchMedia('(min-width: 64rem)').matches ? 0.55 : 0.7;
}

function wireBlock(block: HTMLElement): void {
  const figure = block.querySelector<HTMLElement>('.steps-pin figure[data-figure]');
  const elements = Array.from(block.querySelectorAll<HTMLElement>('.step[data-step]'));
  if (!figure || elements.length === 0) return;
  const steps = elements.map((element) => readStep(element, elements.length));
  let active = 1;
  // The first application keeps settings from the address (a shared link) on top of the step.
  let first = true;
  const apply = () =>
    void import('./figure-island.ts').then((m) => {
      const live = m.liveFigure(figure);
      if (!live) return;
      live.applyStep(steps[active - 1]!, { keepOwn: first });
      first = false;
    });
  // The figure comes to life as it nears the viewport (or at once for a shared link); then it
  // takes the step being read.
  figure.addEventListener('demand-lab:live', apply);
  const activate = (index: number) => {
    if (index === active && !first) return;
    active = index;
    elements.forEach((element, i) => element.classList.toggle('is-active', i === index - 1));
    if (figure.dataset['live'] === 'true') apply();
  };
  elements[0]!.classList.add('is-active');
  if (figure.dataset['live'] === 'true') apply();
  // The step being read is the last whose top has passed the reading line. Scrolling is read
  // once a frame, and only while the block is near the viewport.
  let frame = 0;
  const read = () => {
    frame = 0;
    const line = innerHeight * readingLine();
    let index = 1;
    elements.forEach((element, i) => {
      if (element.getBoundingClientRect().top < line) index = i + 1;
    });
    activate(index);
  };
  const onScroll = () => (frame ||= requestAnimationFrame(read));
  new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        addEventListener('scroll', onScroll, { passive: true });
        onScroll();
      } else removeEventListener('scroll', onScroll);
    },
    { rootMargin: '200px 0px' },
  ).observe(block);
}

export function wireSteps(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-steps]')) wireBlock(block);
}

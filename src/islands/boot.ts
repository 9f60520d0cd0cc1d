// The only script that runs before a figure nears the viewport: it carries the reader's numbers
// on links, shows the "Your numbers" bar's buttons, and loads the figure island for each figure
// as it approaches. A page opened with settings in its address is a shared scenario, so then
// every figure is brought to life at once.

import { carryLinks } from './carry.ts';

/** Escape hides a glossary popover (WCAG 1.4.13) until focus or the pointer moves on. */
function dismissibleTips(): void {
  if (!document.querySelector('.term-tip')) return;
  const root = document.documentElement;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      root.classList.add('tips-dismissed');
      closeTip();
    }
  });
  const reset = () => root.classList.remove('tips-dismissed');
  document.addEventListener('focusin', reset);
  document.addEventListener('pointerover', (event) => {
    if ((event.target as Element).closest?.('.term')) reset();
  });
  tapToOpenTips();
}

/** The popover opened by a tap, if any. */
let openWrap: HTMLElement | null = null;

function closeTip(): void {
  if (!openWrap) return;
  openWrap.classList.remove('term-open');
  openWrap.querySelector<HTMLElement>('.term-tip')?.style.removeProperty('--tip-shift');
  openWrap = null;
}

/**
 * On a touch screen (a coarse pointer) a tap on a glossary term opens its popover instead of
 * leaving the chapter: hover does not exist there. The popover then offers the glossary entry as
 * a link, so a second tap goes there. The link is added only to a popover opened this way, so what
 * the term says to a keyboard or a screen reader (its link and its description) is unchanged, and
 * a click from the keyboard (Enter) still follows the link. A tap elsewhere or Escape closes it.
 */
function tapToOpenTips(): void {
  const coarse = window.matchMedia?.('(pointer: coarse)');
  let lastPointer = '';
  document.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true });
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const term = target?.closest?.<HTMLAnchorElement>('a.term');
    const wrap = term?.closest<HTMLElement>('.term-wrap') ?? null;
    if (openWrap && openWrap !== wrap && !target?.closest?.('.term-open')) closeTip();
    if (!term || !wrap) return;
    const pointer = (event as PointerEvent).pointerType || (event.detail > 0 ? lastPointer : '');
    const tapped = pointer === 'touch' || pointer === 'pen' || (pointer !== '' && coarse?.matches === true);
    if (!tapped || wrap === openWrap) return;
    event.preventDefault();
    openTip(wrap, term);
  });
}

function openTip(wrap: HTMLElement, term: HTMLAnchorElement): void {
  closeTip();
  document.documentElement.classList.remove('tips-dismissed');
  const tip = wrap.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  if (!tip.querySelector('.term-more')) {
    const more = document.createElement('a');
    more.className = 'term-more';
    more.href = term.href;
    more.textContent = 'Glossary entry \u2192';
    tip.append(' ', more);
  }
  wrap.classList.add('term-open');
  openWrap = wrap;
  // Keep the popover on the screen: a term near the right edge opens it further left.
  const box = tip.getBoundingClientRect();
  const over = box.right - (document.documentElement.clientWidth - 8);
  if (over > 0) tip.style.setProperty('--tip-shift', `${-Math.min(over, Math.max(0, box.left - 8))}px`);
}

export function boot(): void {
  dismissibleTips();
  const hasState = location.search.length > 1;
  if (hasState) carryLinks();
  const bar = document.querySelector<HTMLElement>('[data-reader-bar]');
  if (bar) {
    for (const hidden of bar.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
    // The panel's code loads on the first Edit, or at once when the address carries numbers. A
    // click that comes before it is wired is replayed once it is, so no click is lost.
    let wired = false;
    let wiring: Promise<void> | null = null;
    const wire = () =>
      (wiring ??= import('./reader-panel.ts').then((m) => {
        m.wireReaderBar();
        wired = true;
      }));
    if (hasState) void wire();
    const edit = bar.querySelector<HTMLElement>('[data-reader="edit"]');
    edit?.addEventListener(
      'click',
      () => {
        if (!wired) void wire().then(() => edit.click());
      },
      { once: true },
    );
  }
  if (document.querySelector('[data-planner]')) void import('./planner.ts').then((m) => m.startPlanner());
  if (document.querySelector('[data-dataset]')) void import('./dataset.ts').then((m) => m.wireDataset());
  if (document.querySelector('[data-predict]')) void import('./predict.ts').then((m) => m.wirePredictions());
  if (document.querySelector('[data-steps]') && 'IntersectionObserver' in window)
    void import('./steps.ts').then((m) => m.wireSteps());
  for (const button of document.querySelectorAll<HTMLElement>('[data-print-handout]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const all = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'));
      // Every figure is brought to life first, so the handout shows the settings as they are now.
      const ready = all.length ? import('./figure-island.ts').then((m) => m.hydrateAll(all)) : Promise.resolve();
      void ready.then(() => import('./handout.ts')).then((m) => m.printHandout());
    });
  }
  const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'));
  if (figures.length === 0) return;
  const island = () => import('./figure-island.ts');
  const start = document.querySelector<HTMLElement>('[data-present-start]');
  if (start) {
    start.hidden = false;
    start.addEventListener('click', () => void present());
  }
  const present = () =>
    island()
      .then((m) => m.hydrateAll(figures))
      .then(() => import('./present.ts'))
      .then((m) => m.startPresenting());
  if (new URLSearchParams(location.search).has('present')) {
    void present();
    return;
  }
  if (hasState || !('IntersectionObserver' in window)) {
    void island().then((m) => m.hydrateAll(figures));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void island().then((m) => m.hydrate(entry.target as HTMLElement));
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}

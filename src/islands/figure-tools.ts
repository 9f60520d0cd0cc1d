// What a live figure does only when asked: the link to it, the embed snippet, full screen, and
// the lesson modes of an address (`controls=`, `step=`). Code of its own, so that the figures of
// a chapter load without it; the figure island loads it on the first click or toggle, or at once
// when the address asks for a mode.

import type { FigureDefinition } from '../figures/types.ts';
import { ownParams } from '../figures/url-state.ts';
import type { OwnSettings } from '../figures/url-state.ts';
import { writeQuery } from '../state/query.ts';
import { readerParams } from '../state/reader.ts';
import type { PageState } from './page-state.ts';

/** Copies the address of this figure, as it is now, and says so on the link (the island calls it only where there is a clipboard). */
export function copyLink(root: HTMLElement, page: PageState): void {
  page.setHash(root.id);
  const link = new URL(location.href);
  const flash = (message: string) => {
    const anchor = root.querySelector<HTMLElement>('[data-action="copy-link"]');
    if (!anchor) return;
    anchor.textContent = message;
    setTimeout(() => (anchor.textContent = 'Link to this figure'), 1600);
  };
  void navigator.clipboard.writeText(link.href).then(
    () => flash('Link copied'),
    () => flash('Copy the address from the address bar'),
  );
}

/** The iframe snippet of the share menu, for this figure as it is now. */
export function writeEmbed(
  root: HTMLElement,
  definition: FigureDefinition<unknown>,
  page: PageState,
  own: OwnSettings,
) {
  const area = root.querySelector<HTMLTextAreaElement>('[data-embed-snippet]');
  if (!area) return;
  const search = writeQuery({
    reader: readerParams(page.reader.scenario),
    figures: { [definition.namespace]: ownParams(own) },
  });
  const src = `${location.origin}/embed/${definition.name}/${search}`;
  const title = definition.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  area.value = `<iframe src="${src.replace(/&/g, '&amp;')}" title="${title}" width="100%" height="640" style="border:0"></iframe>`;
}

export function toggleFullscreen(root: HTMLElement): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void root.requestFullscreen?.();
}

export type ControlsMode =
  { kind: 'all' } | { kind: 'none' } | { kind: 'locked' } | { kind: 'only'; keys: Set<string> };

/** `controls=none|locked|key,key` from the address: how much of a figure's controls to offer. */
export function controlsMode(raw: string): ControlsMode {
  raw = raw.trim();
  if (raw === '' || raw === 'all') return { kind: 'all' };
  if (raw === 'none') return { kind: 'none' };
  if (raw === 'locked') return { kind: 'locked' };
  return { kind: 'only', keys: new Set(raw.split(',').map((k) => k.trim())) };
}

/**
 * Hides or disables a figure's controls for a lesson or an embed. Playback stays: stepping
 * through months is reading the figure, not changing its premise.
 */
export function applyControlsMode(body: HTMLElement, mode: ControlsMode, definition: FigureDefinition<unknown>): void {
  if (mode.kind === 'all') return;
  const editing = body.querySelectorAll<HTMLElement>('.figure-controls, .figure-presets, .figure-own-line');
  if (mode.kind === 'none') {
    for (const node of editing) node.hidden = true;
    return;
  }
  if (mode.kind === 'locked') {
    for (const node of editing)
      for (const input of node.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>(
        'input, select, button',
      ))
        input.disabled = true;
    body.dataset['locked'] = 'true';
    return;
  }
  const known = new Set<string>([...definition.controls, ...Object.keys(definition.extras)]);
  for (const control of body.querySelectorAll<HTMLElement>('.figure-controls .control')) {
    const key = control.querySelector<HTMLElement>('[data-setting]')?.dataset['setting'] ?? '';
    if (!mode.keys.has(key)) control.hidden = true;
  }
  // Presets would change settings the lesson has hidden.
  for (const node of body.querySelectorAll<HTMLElement>('.figure-presets')) node.hidden = true;
  if (![...mode.keys].some((key) => known.has(key)))
    for (const node of body.querySelectorAll<HTMLElement>('.figure-controls')) node.hidden = true;
}

export interface StoredStep {
  set: Record<string, string>;
  show: string[];
}

/**
 * `?step=N` for a figure with these steps: the step to open and, when the address asked for
 * something that is not there, a sentence saying what the figure shows instead.
 */
export function stepFromAddress(
  raw: string,
  steps: readonly StoredStep[],
): { n: number; step: StoredStep | null; problem: string | null } {
  const n = /^\s*\d{1,2}\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (steps.length === 0) return { n: 0, step: null, problem: 'This figure has no steps; it shows its own settings.' };
  if (!(n >= 1 && n <= steps.length))
    return { n: 1, step: steps[0]!, problem: `This figure has steps 1 to ${steps.length}; it shows step 1.` };
  return { n, step: steps[n - 1]!, problem: null };
}

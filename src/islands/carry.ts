// Links carry the reader's numbers: previous/next, the contents, the home page and the planner
// keep the bare keys of the address (and its version), so numbers set once follow the reader.
// Tiny on purpose: it runs on every page before any figure, and validates nothing (the page the
// link opens does that).

// The address keys that belong to one page, not to the reader: the same as src/state/query.ts's
// PAGE_KEYS plus the version (a test keeps the two lists equal; this file must stay tiny).
export const CARRY_SKIPS = new Set(['v', 'present', 'presenter', 'scene', 'controls', 'seed', 'noise', 'step']);

/** The bare keys of a query string, with the version first; '' when there are none. */
export function carriedSearch(search: string): string {
  let pairs: [string, string][];
  try {
    pairs = [...new URLSearchParams(search)];
  } catch {
    return '';
  }
  const kept = pairs.filter(([key]) => !key.includes('.') && !CARRY_SKIPS.has(key));
  if (kept.length === 0) return '';
  return `?${new URLSearchParams([['v', '2'], ...kept]).toString()}`;
}

/** Rewrites every `a[data-carry]` on the page to carry the reader's numbers of `search`. */
export function carryLinks(search: string = location.search): void {
  carryAll(search);
  const carried = carriedSearch(search);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry]')) {
    const url = new URL(link.getAttribute('href') ?? '/', location.href);
    url.search = carried;
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}

/** Links back from an embed carry the whole scenario (reader's numbers and figure settings), not the embed's own keys. */
export function carryAll(search: string = location.search): void {
  let pairs: [string, string][];
  try {
    pairs = [...new URLSearchParams(search)];
  } catch {
    pairs = [];
  }
  const kept = pairs.filter(([key]) => key !== 'controls');
  const text = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-all]')) {
    const url = new URL(link.getAttribute('href') ?? '/', location.href);
    url.search = text;
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}

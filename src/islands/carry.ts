// Links carry the reader's numbers: previous/next, the contents, the home page and the planner
// keep the bare keys of the address (and its version), so numbers set once follow the reader.
// Tiny on purpose: it runs on every page before any figure, and validates nothing (the page the
// link opens does that).

const PAGE_KEYS = new Set(['v', 'present', 'scene', 'controls']);

/** The bare keys of a query string, with the version first; '' when there are none. */
export function carriedSearch(search: string): string {
  let pairs: [string, string][];
  try {
    pairs = [...new URLSearchParams(search)];
  } catch {
    return '';
  }
  const kept = pairs.filter(([key]) => !key.includes('.') && !PAGE_KEYS.has(key));
  if (kept.length === 0) return '';
  return `?${new URLSearchParams([['v', '2'], ...kept]).toString()}`;
}

/** Rewrites every `a[data-carry]` on the page to carry the reader's numbers of `search`. */
export function carryLinks(search: string = location.search): void {
  const carried = carriedSearch(search);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry]')) {
    const url = new URL(link.getAttribute('href') ?? '/', location.href);
    url.search = carried;
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}

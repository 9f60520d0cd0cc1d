// Which JavaScript files a built page loads, and when, read from the HTML and the chunks
// themselves (no browser): what runs before any figure nears the viewport, what has loaded once
// every figure on the page is live, and what only an action of the reader loads (a dialog, the
// presenter, a print). The size audit prints and checks these; a browser test compares them
// with what Chromium actually fetched, so this reading cannot drift from the truth unseen.

/** A chunk's code by its URL path (`/_astro/x.js`). */
export type ReadChunk = (url: string) => string;

/**
 * Islands that load without any action of the reader when the page has their marker: the figure
 * island as figures near the viewport, the planner, the synthetic dataset, the predictions, the
 * steps of a chapter, and the code a figure needs for playback, handles or a background band.
 */
export const AUTOMATIC: readonly { island: string; marker: string }[] = [
  { island: 'figure-island', marker: 'data-figure="' },
  { island: 'planner', marker: 'data-planner' },
  { island: 'dataset', marker: 'data-dataset' },
  { island: 'predict', marker: 'data-predict' },
  // Loaded with a figure that plays through months, or draws a band computed in the background.
  { island: 'playback', marker: 'data-playback' },
  { island: 'background', marker: 'data-background' },
  // Loaded with a figure whose picture has handles to drag, and on a page that argues in steps.
  { island: 'handles', marker: 'data-handles' },
  { island: 'steps', marker: 'data-steps=' },
];

/**
 * The "Your numbers" panel: loaded when the reader opens it, or at once when the address carries
 * numbers (a shared link). Reported as its own column ("from a shared link"), not in the budget.
 */
export const SHARED_LINK_ISLAND = 'reader-panel';

export interface PageScripts {
  /** Module scripts in the page and everything they import statically. */
  eager: string[];
  /** `eager` plus everything loaded once every figure is live (the figures' own chunks included). */
  hydrated: string[];
  /** `hydrated` plus the numbers panel, as a page opened from a shared link (with numbers) has it. */
  sharedLink: string[];
  /** Chunks only an action loads (presenting, printing, search, a background band), by island. */
  onAction: Record<string, string[]>;
  /** Figures on the page, by name. */
  figures: string[];
  /** Figures on the page for which no chunk was found in the island's loaders (a broken build). */
  unresolved: string[];
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
/** A worker the chunk starts: `new Worker(new URL("/_astro/background-worker-abc.js", ...`. */
const WORKER_URL = /new Worker\(\s*new URL\(\s*["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
/** One entry of the figure island's loaders: `"pool-dots":()=>x(()=>import(`./pool-dots.abc.js`)`. */
const FIGURE_LOADER = /["']?([a-z][\w-]*)["']?:\(\)=>\w*\(?\(\)=>import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function resolve(from: string, specifier: string): string {
  return new URL(specifier, `http://site${from}`).pathname;
}

/** A module and everything it imports statically. */
export function staticClosure(url: string, read: ReadChunk, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  for (const match of read(url).matchAll(STATIC_IMPORT)) staticClosure(resolve(url, match[1]!), read, seen);
  return seen;
}

/** The island a chunk URL belongs to: its file name before the hash (`figure-island` for `figure-island.Ab1.js`). */
export function islandOf(url: string): string {
  return (url.split('/').pop() ?? '').replace(/[.-][\w-]{6,12}\.js$/, '').replace(/\.js$/, '');
}

export function analyzePage(html: string, read: ReadChunk): PageScripts {
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const eager = new Set<string>();
  for (const entry of entries) staticClosure(entry, read, eager);
  const figures = [...new Set([...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!))].sort();
  const hydrated = new Set(eager);
  const onAction: Record<string, string[]> = {};
  const unresolved = new Set(figures);
  const visited = new Set<string>();

  const follow = (from: Set<string>) => {
    for (const url of [...from]) {
      if (visited.has(url)) continue;
      visited.add(url);
      const code = read(url);
      const figureChunks = new Map<string, string>();
      for (const match of code.matchAll(FIGURE_LOADER)) figureChunks.set(match[1]!, resolve(url, match[2]!));
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const target = resolve(url, match[1]!);
        const island = islandOf(target);
        const figure = [...figureChunks].find(([, chunk]) => chunk === target)?.[0];
        const known = AUTOMATIC.find((a) => a.island === island);
        // A figure or an automatic island that this page has no use for never loads here.
        if ((figure && !figures.includes(figure)) || (known && !html.includes(known.marker))) continue;
        const automatic = Boolean(figure || known);
        const closure = staticClosure(target, read);
        if (automatic) {
          if (figure) unresolved.delete(figure);
          const added = new Set([...closure].filter((chunk) => !hydrated.has(chunk)));
          for (const chunk of added) hydrated.add(chunk);
          follow(closure);
        } else {
          const extra = [...closure].filter((chunk) => !hydrated.has(chunk));
          onAction[island] = [...new Set([...(onAction[island] ?? []), ...extra])];
        }
      }
    }
  };
  follow(eager);
  // A step that switches on a background band starts its worker as the reader scrolls to it.
  if (html.includes('data-step-background'))
    for (const url of [...hydrated])
      for (const match of read(url).matchAll(WORKER_URL)) hydrated.add(resolve(url, match[1]!));
  // An action's chunks that the hydrated page already has cost nothing more.
  for (const [island, chunks] of Object.entries(onAction)) {
    const extra = chunks.filter((chunk) => !hydrated.has(chunk));
    if (extra.length) onAction[island] = extra.sort();
    else delete onAction[island];
  }
  const sharedLink = new Set([...hydrated, ...(onAction[SHARED_LINK_ISLAND] ?? [])]);
  return {
    eager: [...eager].sort(),
    hydrated: [...hydrated].sort(),
    sharedLink: [...sharedLink].sort(),
    onAction,
    figures,
    unresolved: [...unresolved].sort(),
  };
}

export interface Budget {
  /** Which pages it holds. */
  applies: (page: string) => boolean;
  label: string;
  /** Gzip bytes of JavaScript once every figure is live. */
  maxBytes: number;
}

export const KB = 1024;

/**
 * The budgets: a chapter at most 100 KB gzip with every figure live, the planner at most
 * 140 KB. Pages that are neither (embeds, guides, the glossary, the model page) are held to the
 * chapter's budget too: none of them should cost more than a chapter.
 */
export const BUDGETS: readonly Budget[] = [
  { label: 'planner', applies: (page) => page === '/plan/', maxBytes: 140 * KB },
  { label: 'chapter', applies: (page) => /^\/chapters\/[^/]+\/$/.test(page), maxBytes: 100 * KB },
  { label: 'any other page', applies: () => true, maxBytes: 100 * KB },
];

export function budgetFor(page: string): Budget {
  return BUDGETS.find((b) => b.applies(page))!;
}

export interface PageWeight {
  page: string;
  hydratedGzip: number;
  /** The figures' own chunks on this page, by figure, for the message when a budget breaks. */
  heaviest: string[];
}

/** One sentence per page over its budget, naming the figure and the budget. */
export function budgetProblems(weights: readonly PageWeight[]): string[] {
  return weights.flatMap(({ page, hydratedGzip, heaviest }) => {
    const budget = budgetFor(page);
    if (hydratedGzip <= budget.maxBytes) return [];
    const over = hydratedGzip - budget.maxBytes;
    return [
      `${page}: ${(hydratedGzip / KB).toFixed(1)} KB gzip of JavaScript with every figure live, over the ${budget.label} budget of ${(budget.maxBytes / KB).toFixed(0)} KB by ${(over / KB).toFixed(1)} KB` +
        (heaviest.length ? ` (largest chunks: ${heaviest.join(', ')})` : ''),
    ];
  });
}

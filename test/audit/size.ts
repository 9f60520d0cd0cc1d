// Page weights of the production build (dist/): HTML, CSS and JS per page, raw and gzip; the JS
// that runs before any figure nears the viewport (goal: none) and the JS a page has loaded once
// every figure on it is live. Prints a table, then holds the budgets (test/audit/scripts.ts): a
// chapter at most 100 KB gzip with every figure live, the planner 140 KB. Exits 1 naming the page,
// its weight and its largest chunks when one is over. `--budget-scale=0.5` halves every budget,
// to see the check fail.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist, htmlFiles } from './dist.ts';
import { KB, analyzePage, budgetFor, budgetProblems, islandOf } from './scripts.ts';
import type { PageWeight } from './scripts.ts';

const read = (url: string) => readFileSync(join(dist, url.replace(/^\//, '')));
const gzipCache = new Map<string, number>();
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const gzOf = (url: string) => gzipCache.get(url) ?? gzipCache.set(url, gz(read(url))).get(url)!;
const readChunk = (url: string) => read(url).toString();

function sum(urls: Iterable<string>) {
  let raw = 0;
  let zipped = 0;
  for (const url of urls) {
    raw += read(url).length;
    zipped += gzOf(url);
  }
  return { raw, zipped };
}

const scaleArg = process.argv.find((a) => a.startsWith('--budget-scale='));
const scale = scaleArg ? Number(scaleArg.split('=')[1]) : 1;

const kb = (n: number) => (n / KB).toFixed(1);
const rows: Record<string, string>[] = [];
const weights: PageWeight[] = [];
let chapterEager: string[] = [];
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file);
  const text = html.toString();
  const page = `/${relative(dist, file)}`.replace(/index\.html$/, '');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  if (
    /<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?\S[\s\S]*?<\/script>/.test(
      text.replace(/<script[^>]+type="application\/ld\+json"[\s\S]*?<\/script>/g, ''),
    )
  )
    throw new Error(`${page} has an inline script, which the Content Security Policy forbids`);
  const scripts = analyzePage(text, readChunk);
  if (scripts.unresolved.length)
    throw new Error(`${page}: no chunk found for figure(s) ${scripts.unresolved.join(', ')} in the figure island`);
  if (page.startsWith('/chapters/') && !page.includes('/teach/')) chapterEager = scripts.eager;
  const cssSize = sum(css);
  const eager = sum(scripts.eager);
  const hydrated = sum(scripts.hydrated);
  const shared = sum(scripts.sharedLink);
  const budget = budgetFor(page);
  const action = Object.entries(scripts.onAction)
    .map(([island, chunks]) => `${island} ${kb(sum(chunks).zipped)}`)
    .join(', ');
  rows.push({
    page,
    'HTML kB (gz)': `${kb(html.length)} (${kb(gz(html))})`,
    'CSS kB (gz)': `${kb(cssSize.raw)} (${kb(cssSize.zipped)})`,
    'JS before figures kB (gz)': `${kb(eager.raw)} (${kb(eager.zipped)})`,
    'JS, figures live kB (gz)': `${kb(hydrated.raw)} (${kb(hydrated.zipped)})`,
    budget: `${kb(budget.maxBytes * scale)}`,
    'from a shared link, gz': kb(shared.zipped),
    figures: String(scripts.figures.length),
    'on an action, gz': action,
  });
  const heaviest = scripts.hydrated
    .filter((url) => !scripts.eager.includes(url))
    .sort((a, b) => gzOf(b) - gzOf(a))
    .slice(0, 3)
    .map((url) => `${islandOf(url)} ${kb(gzOf(url))} KB`);
  weights.push({ page, hydratedGzip: hydrated.zipped / scale, heaviest });
}
console.table(rows);
console.log(
  'JS before figures: module scripts in the page and their static imports (goal: none). On a chapter that is:',
  chapterEager.map((url) => `${islandOf(url)} ${kb(gzOf(url))} KB`).join(', '),
  '(carries the reader\u2019s numbers on links, shows the bar\u2019s buttons, wires glossary popovers, and watches for figures nearing view).',
);
console.log(
  'JS, figures live (the budgeted figure): that plus every chunk loaded with no action of the reader once each figure is live: the figure island, each figure\u2019s own chunk and what it imports, predictions, the planner. From a shared link: that plus the numbers panel, which an address carrying numbers opens at once.',
);
const worker = readdirSync(join(dist, '_astro')).filter((name) => name.startsWith('background-worker'));
const workerSize = sum(worker.map((name) => `/_astro/${name}`));
console.log(
  `Background worker (loaded only when a band is switched on): ${kb(workerSize.raw)} kB (${kb(workerSize.zipped)} gzip).`,
);
const problems = budgetProblems(weights);
if (problems.length) {
  console.error(`\n${problems.length} page(s) over budget${scale === 1 ? '' : ` (budgets scaled by ${scale})`}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const worst = weights
  .filter((w) => /^\/chapters\/[^/]+\/$/.test(w.page))
  .sort((a, b) => b.hydratedGzip - a.hydratedGzip)[0];
console.log(
  `Budgets held: heaviest chapter ${worst?.page} at ${kb(worst?.hydratedGzip ?? 0)} KB gzip of 100; planner ${kb(weights.find((w) => w.page === '/plan/')?.hydratedGzip ?? 0)} KB of 140.`,
);

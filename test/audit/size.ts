// Page weights of the production build (dist/): HTML, CSS and JS per page, raw and gzip, and
// separately the JS that runs before any figure nears the viewport (goal: none) versus the
// JS loaded on demand when a figure does. Prints a table; asserts nothing.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist, htmlFiles } from './dist.ts';
import { gzipSync } from 'node:zlib';

const read = (url: string) => readFileSync(join(dist, url.replace(/^\//, '')));
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** A module and everything it imports statically: what runs as soon as it loads. */
function staticClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = read(url).toString();
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    staticClosure(new URL(match[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

/**
 * The islands boot loads with import(), and what in a page makes it load each: the figure island
 * when a figure nears the viewport, the reader panel when a chapter's numbers are edited (or the
 * address carries numbers), the planner on the planner page.
 */
const ISLANDS: { name: string; marker: string }[] = [
  { name: 'figure-island', marker: 'data-figure="' },
  { name: 'reader-panel', marker: 'data-reader-bar' },
  { name: 'planner', marker: 'data-planner' },
];

/** Chunks a page loads with import(): only the islands its content calls for, each with its static imports. */
function dynamicClosure(urls: Set<string>, html: string): Set<string> {
  const lazy = new Set<string>();
  for (const url of urls) {
    const code = read(url).toString();
    for (const match of code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      const target = new URL(match[1]!, `http://x${url}`).pathname;
      const island = ISLANDS.find((i) => target.includes(`/${i.name}.`));
      if (island && !html.includes(island.marker)) continue;
      for (const chunk of staticClosure(target)) if (!urls.has(chunk)) lazy.add(chunk);
    }
  }
  return lazy;
}

function sum(urls: Iterable<string>) {
  let raw = 0;
  let zipped = 0;
  for (const url of urls) {
    const bytes = read(url);
    raw += bytes.length;
    zipped += gz(bytes);
  }
  return { raw, zipped };
}

const kb = (n: number) => (n / 1024).toFixed(1);
const rows: Record<string, string>[] = [];
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file);
  const text = html.toString();
  const page = `/${relative(dist, file)}`.replace(/index\.html$/, '');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const entries = [...text.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const eager = new Set<string>();
  for (const entry of entries) staticClosure(entry, eager);
  const lazy = dynamicClosure(eager, text);
  const cssSize = sum(css);
  const eagerSize = sum(eager);
  const lazySize = sum(lazy);
  const inlineBytes = Buffer.byteLength(inline);
  rows.push({
    page,
    'HTML kB (gz)': `${kb(html.length)} (${kb(gz(html))})`,
    'CSS kB (gz)': `${kb(cssSize.raw)} (${kb(cssSize.zipped)})`,
    'JS before figures kB (gz)': `${kb(eagerSize.raw + inlineBytes)} (${kb(eagerSize.zipped + (inlineBytes ? gz(Buffer.from(inline)) : 0))})`,
    'JS on demand kB (gz)': `${kb(lazySize.raw)} (${kb(lazySize.zipped)})`,
    figures: String((text.match(/data-figure="/g) ?? []).length),
  });
}
console.table(rows);
console.log('JS before figures: module scripts in the page and their static imports (goal: none).');
console.log(
  'JS on demand: chunks the page loads by import(): the figure island as a figure nears the viewport, the reader panel when numbers are edited, the planner on /plan/.',
);
const worker = readdirSync(join(dist, '_astro')).filter((name) => name.startsWith('background-worker'));
const workerSize = sum(worker.map((name) => `/_astro/${name}`));
console.log(
  `Background worker (loaded only when a band is switched on): ${kb(workerSize.raw)} kB (${kb(workerSize.zipped)} gzip).`,
);

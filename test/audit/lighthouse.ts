// Lighthouse on the production build, as a phone on a slow network sees it: Lighthouse's default
// configuration (mobile form factor and screen, simulated throttling of network and CPU), on the
// home page, every chapter and the planner, served gzipped with the site's headers
// (test/audit/serve.ts). Prints the four category scores and the lab Core Web Vitals per page and
// exits 1 naming the page, the category or metric and the value when a score is under 98 or the
// layout shifts at all (performance only with --strict: see STRICT below). INP needs a real visitor's interactions, so the lab reports Total
// Blocking Time in its place.
//
// A page whose first run misses the bar is run twice more and judged by the median of the three,
// so one slow run on a busy machine does not fail CI, and a real regression still does.
//
//   npm run audit:lighthouse      (after npm run build; Debian's /usr/bin/chromium, nothing downloaded)

import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const SITE_ORIGIN = 'https://demandlab.example';
const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 4790);
// Chromium's debugging port, next to the server's (chrome-launcher would otherwise pick any free
// port, and would attach to a browser already listening on the one it is given).
const CHROME_PORT = PORT + 1;
const MIN_SCORE = 98;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const pages = [
  '/',
  ...readdirSync(join(dist, 'chapters'))
    .filter((slug) => statSync(join(dist, 'chapters', slug)).isDirectory())
    .sort()
    .map((slug) => `/chapters/${slug}/`),
  '/plan/',
];

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  cls: number;
  tbt: number;
  fcp: number;
  si: number;
  failing: string[];
  /** Requests to anywhere but the server: there must be none. */
  foreign: string[];
}

const started = performance.now();
const chromePortFree = await new Promise<boolean>((resolve) => {
  const probe = createServer();
  probe.once('error', () => resolve(false));
  probe.listen(CHROME_PORT, '127.0.0.1', () => probe.close(() => resolve(true)));
});
if (!chromePortFree) throw new Error(`port ${CHROME_PORT} (chromium's) is taken: choose another LIGHTHOUSE_PORT`);
const server = await serveDist(dist, PORT, SITE_ORIGIN);
const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  userDataDir: profile,
  port: CHROME_PORT,
  // No host name resolves: the browser reaches nothing but the server on 127.0.0.1.
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

async function audit(path: string): Promise<Run> {
  // Lighthouse's error reporting (Sentry) is started only by its command line, and there only when
  // asked (node_modules/lighthouse/cli/bin.js): this Node API call never sends anything.
  const result = await lighthouse(`${server.origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Run['scores'];
  // What pulled a category down: every weighted audit that did not pass.
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ''})`),
  );
  // What moved, when anything did.
  const shifts = (lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string } }[] } | undefined)
    ?.items;
  for (const item of shifts ?? []) failing.push(`layout shift of ${item.node?.selector ?? 'an element'}`);
  // Anything asked of another origin (the resolver rules above would have refused it).
  const requests = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items;
  const foreign = (requests ?? [])
    .map((item) => item.url ?? '')
    .filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url));
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    lcp: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbt: metric('total-blocking-time'),
    fcp: metric('first-contentful-paint'),
    si: metric('speed-index'),
    failing,
    foreign,
  };
}

/**
 * The performance score is Total Blocking Time and paint times under simulated throttling: an
 * absolute time, which fails a good build on a slower or busier machine and passes a bad one on
 * a faster (issue #16, item 12). CI gates the other categories, CLS and the origin; performance
 * is printed, and gated with --strict (or LIGHTHOUSE_STRICT=1). Measured 2026-12-02 on CI's
 * machine class: the planner 86, the rotating pool 92, brand compounds 96 (TBT 220-560 ms).
 */
const STRICT = process.argv.includes('--strict') || process.env['LIGHTHOUSE_STRICT'] === '1';
const GATED = CATEGORIES.filter((c) => STRICT || c !== 'performance');
const slow: string[] = [];

function misses(run: Run): string[] {
  return [
    ...GATED.filter((c) => run.scores[c] < MIN_SCORE).map((c) => `${c} ${run.scores[c]} (at least ${MIN_SCORE})`),
    ...(run.cls > 0 ? [`CLS ${run.cls.toFixed(3)} (must be 0)`] : []),
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: Record<string, string>[] = [];
const problems: string[] = [];
const summary: Record<string, Run & { runs: number }> = {};
try {
  for (const path of pages) {
    let runs = [await audit(path)];
    if (misses(runs[0]!).length) runs = [...runs, await audit(path), await audit(path)];
    const pick = (f: (r: Run) => number) => median(runs.map(f));
    const run: Run = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])) as Run['scores'],
      lcp: pick((r) => r.lcp),
      cls: pick((r) => r.cls),
      tbt: pick((r) => r.tbt),
      fcp: pick((r) => r.fcp),
      si: pick((r) => r.si),
      failing: runs.at(-1)!.failing,
      foreign: [...new Set(runs.flatMap((r) => r.foreign))],
    };
    summary[path] = { ...run, runs: runs.length };
    rows.push({
      page: path,
      performance: String(run.scores.performance),
      accessibility: String(run.scores.accessibility),
      'best practices': String(run.scores['best-practices']),
      SEO: String(run.scores.seo),
      'LCP s': (run.lcp / 1000).toFixed(2),
      CLS: run.cls.toFixed(3),
      'TBT ms': run.tbt.toFixed(0),
      'FCP s': (run.fcp / 1000).toFixed(2),
      'Speed Index s': (run.si / 1000).toFixed(2),
      runs: String(runs.length),
    });
    const missed = misses(run);
    if (run.foreign.length) missed.push(`requested another origin: ${run.foreign.join(', ')}`);
    if (missed.length)
      problems.push(`${path}: ${missed.join('; ')}. Not passing: ${run.failing.join('; ') || 'none listed'}`);
    else if (run.scores.performance < MIN_SCORE)
      slow.push(`${path}: performance ${run.scores.performance}, TBT ${run.tbt.toFixed(0)} ms`);
  }
} finally {
  await chrome.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.table(rows);
const out = join(tmpdir(), 'lighthouse-summary.json');
writeFileSync(out, JSON.stringify(summary, null, 2));
console.log(
  `Lighthouse, mobile with simulated throttling (its defaults), ${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s; summary in ${out}. INP is a field metric: the lab's stand-in is TBT.`,
);
if (slow.length) {
  console.log(`\n${slow.length} page(s) under ${MIN_SCORE} for performance (printed; --strict fails on them):`);
  for (const line of slow) console.log(`  ${line}`);
}
if (problems.length) {
  console.error(
    `\n${problems.length} page(s) under the bar (${GATED.join(', ')} at least ${MIN_SCORE}, CLS 0, nothing from another origin):`,
  );
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

// One chromium per test file (Debian's, never a downloaded one) and pages that record every
// problem the tests assert on: console errors, page errors, failed requests, responses of 400
// or more, dialogs, and every request URL so none may leave the origin.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { PAGES, isChapter } from './site.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export const baseURL = inject('baseURL');
export const origin = new URL(baseURL).origin;

let browser: Browser | undefined;

export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  return browser;
}

// Every file that imports this module closes its browser when its tests are done.
afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
  /** A touch screen (taps, no hover), as on a phone. */
  hasTouch?: boolean;
  /**
   * false: the site's own scripts are answered with an empty body, so the page stays exactly
   * as served without JavaScript while the test can still run code in it (axe needs timers,
   * which a context with JavaScript disabled never fires).
   */
  siteScripts?: boolean;
}

export interface PageLog {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  failedRequests: string[];
  badResponses: string[];
  dialogs: string[];
  requests: string[];
  /** Content Security Policy violations the page reported. */
  cspViolations: string[];
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** The response to the navigation itself. */
  response: Response | null;
  log: PageLog;
  /** Requested URLs that are neither on the site's origin nor data:/blob:. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export async function openPage(path: string, options: PageOptions = {}): Promise<OpenPage> {
  const { width = 1280, height = 800, colorScheme = 'light', reducedMotion = 'no-preference' } = options;
  const context = await (
    await getBrowser()
  ).newContext({
    baseURL,
    viewport: { width, height },
    colorScheme,
    reducedMotion,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const log: PageLog = {
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    failedRequests: [],
    badResponses: [],
    dialogs: [],
    requests: [],
    cspViolations: [],
  };
  // Every Content Security Policy violation is reported: the page's policy is on in every test.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    const where = message.location();
    const text = `${message.text()} (${where.url}:${where.lineNumber})`;
    if (message.text().startsWith('CSP violation:')) log.cspViolations.push(text);
    if (message.type() === 'error') log.consoleErrors.push(text);
    else if (message.type() === 'warning') log.consoleWarnings.push(text);
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.stack ?? error.message));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) =>
    log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) log.badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  if (options.siteScripts === false) {
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'script'
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })
        : route.fallback(),
    );
  }
  const response = await page.goto(path, { waitUntil: 'load' });
  return {
    page,
    context,
    response,
    log,
    foreignRequests: () =>
      log.requests.filter(
        (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    close: () => context.close(),
  };
}

/** Scrolls to the bottom in steps, as a reader would, so every figure nears the viewport. */
/**
 * The address as the page itself has it. Playwright's page.url() learns of history.replaceState
 * from a protocol event that can arrive after the action that caused it has resolved, so a read
 * straight after a key press may see the old address; this asks the page.
 */
export async function liveSearch(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams(await page.evaluate(() => location.search));
}

/** The page's own location.href (see liveSearch). */
export async function liveUrl(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

export async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.6));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (atBottom) break;
  }
}

/** Names of the figures on the page that are not live (yet), with their notices. */
async function notLive(page: Page): Promise<string[]> {
  return page.$$eval('figure[data-figure]', (figures) =>
    figures
      .filter((f) => !f.querySelector('.figure-body[data-state="live"]'))
      .map((f) => {
        const notice = f.querySelector<HTMLElement>('.figure-notice');
        return `${f.getAttribute('data-figure')}${notice && !notice.hidden ? ` (${notice.textContent})` : ''}`;
      }),
  );
}

/** Waits until every figure on the page has been taken over by its island. */
export async function waitAllLive(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('figure[data-figure]')).every((f) =>
          f.querySelector('.figure-body[data-state="live"]'),
        ),
      undefined,
      { timeout },
    );
  } catch {
    throw new Error(`figures not live after ${timeout} ms: ${(await notLive(page)).join(', ')}`);
  }
}

/**
 * Commits a guess in every prediction still covering its figure, as a reader would before
 * looking: a covered figure is not on screen, so nothing brings it to life.
 */
export async function revealPredictions(page: Page, sections = '.predict'): Promise<void> {
  await page.evaluate((selector) => {
    for (const button of document.querySelectorAll<HTMLButtonElement>(
      `${selector}:not([data-revealed]) [data-predict-commit]`,
    ))
      button.click();
  }, sections);
}

/** Scrolls through the page until every figure is live, then back to the top. */
export async function hydrateAll(page: Page): Promise<void> {
  // The prediction boxes are wired once their script has loaded.
  // (`data-wired` is an empty attribute: its presence says so.)
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-predict]')).every((s) => s.hasAttribute('data-wired')),
    undefined,
    { timeout: 10_000 },
  );
  await revealPredictions(page);
  await scrollThrough(page);
  await waitAllLive(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until one figure is live, scrolling it into view first. */
export async function waitLive(page: Page, name: string, timeout = 20_000): Promise<void> {
  const prediction = page.locator(`[data-predict]:has(figure[data-figure="${name}"])`);
  if (await prediction.count()) {
    await page.waitForSelector(`[data-predict][data-wired]:has(figure[data-figure="${name}"])`);
    await revealPredictions(page, `[data-predict]:has(figure[data-figure="${name}"])`);
  }
  await page.locator(`figure[data-figure="${name}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`figure[data-figure="${name}"] .figure-body[data-state="live"]`, { timeout });
}

export interface FigureInfo {
  name: string;
  namespace: string;
  chapter: string;
}

/**
 * The chapters linked from the home page together with those in PAGES, and the figures each
 * carries, read from the HTML as served (scripts off).
 */
export async function discoverSite(): Promise<{ chapters: string[]; linked: string[]; figures: FigureInfo[] }> {
  const home = await openPage('/', { javaScriptEnabled: false });
  const linked = await home.page.$$eval('a[href^="/chapters/"]', (links) =>
    links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname),
  );
  await home.close();
  const chapters = [...new Set([...PAGES, ...linked].filter(isChapter))];
  const figures: FigureInfo[] = [];
  for (const chapter of chapters) {
    const open = await openPage(chapter, { javaScriptEnabled: false });
    const found = await open.page.$$eval('figure[data-figure]', (nodes) =>
      nodes.map((f) => ({
        name: f.getAttribute('data-figure') ?? '',
        namespace: f.getAttribute('data-namespace') ?? '',
      })),
    );
    for (const figure of found) figures.push({ ...figure, chapter });
    await open.close();
  }
  return { chapters, linked: [...new Set(linked)], figures };
}

const axeSource = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core on the page as it is now; returns the violations only. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the test driver, not injected as a page script: the site's CSP forbids inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary ?? '' })),
    }));
  });
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'no impact'}): ${v.help} ${v.helpUrl}`,
        ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n');
}

const BROKEN = /NaN|undefined|Infinity/;

/** Lines of the page's visible text that show "NaN", "undefined" or "Infinity": none may. */
export async function brokenWords(page: Page): Promise<string[]> {
  const body = await page.evaluate(() => document.body.innerText);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => BROKEN.test(line));
}

/** Opens a figure's "All settings", so that every one of its controls can be reached. */
export async function openAllSettings(page: Page, name: string): Promise<void> {
  await page.locator(`figure[data-figure="${name}"] details.figure-all`).evaluate((d: HTMLDetailsElement) => {
    d.open = true;
  });
}

/** The figure's first slider a reader can move: beside the picture, or else under "All settings" (opened). */
export async function firstSlider(page: Page, name: string) {
  const figure = page.locator(`figure[data-figure="${name}"]`);
  const main = figure.locator('.figure-controls-main input[type=range][data-setting]:not(:disabled)');
  if (await main.count()) return main.first();
  await openAllSettings(page, name);
  return figure.locator('.figure-controls input[type=range][data-setting]:not(:disabled)').first();
}

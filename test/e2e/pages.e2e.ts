// Every page loads cleanly from the production build: status 200, no console error, no page
// error, no failed request, no error response and no request to another origin, both on load
// and after a reader has scrolled to the bottom and every figure has come to life.

import { describe, expect, it } from 'vitest';
import { discoverSite, hydrateAll, openPage } from './browser.ts';
import type { OpenPage } from './browser.ts';
import { MISSING_PATH, PAGES, isChapter } from './site.ts';

const site = await discoverSite();
const ALL_PAGES = [...new Set([...PAGES, ...site.chapters])];

function expectClean(open: OpenPage, when: string): void {
  const { log } = open;
  expect(log.consoleErrors, `console errors ${when}`).toEqual([]);
  expect(log.consoleWarnings, `console warnings ${when}`).toEqual([]);
  expect(log.pageErrors, `page errors ${when}`).toEqual([]);
  expect(log.failedRequests, `failed requests ${when}`).toEqual([]);
  expect(log.badResponses, `responses >= 400 ${when}`).toEqual([]);
  expect(open.foreignRequests(), `requests to another origin ${when}`).toEqual([]);
  expect(log.dialogs, `dialogs ${when}`).toEqual([]);
  expect(log.cspViolations, `Content Security Policy violations ${when}`).toEqual([]);
}

describe('site map', () => {
  it('the home page links at least one chapter, and every chapter in PAGES', () => {
    expect(site.linked.length).toBeGreaterThan(0);
    for (const chapter of PAGES.filter(isChapter)) expect(site.linked).toContain(chapter);
  });
});

describe.each(ALL_PAGES)('%s', (path) => {
  it('answers 200 and loads with no console error, page error, failed request, error response or foreign request', async () => {
    const open = await openPage(path);
    try {
      expect(open.response?.status()).toBe(200);
      await open.page.waitForLoadState('networkidle');
      expectClean(open, 'on load');
      expect(open.log.requests.length).toBeGreaterThan(0);
    } finally {
      await open.close();
    }
  });

  it('stays clean while scrolled slowly to the bottom until every figure is live', async () => {
    const open = await openPage(path);
    try {
      await hydrateAll(open.page);
      await open.page.waitForLoadState('networkidle');
      expectClean(open, 'after every figure went live');
      const policy = await open.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      const staticBodies = await open.page.locator('figure[data-figure] .figure-body[data-state="static"]').count();
      expect(staticBodies).toBe(0);
    } finally {
      await open.close();
    }
  });
});

describe('not found', () => {
  it(`${MISSING_PATH} answers 404 with the 404 page, and nothing else fails`, async () => {
    const open = await openPage(MISSING_PATH);
    try {
      expect(open.response?.status()).toBe(404);
      await expect(open.page.locator('h1').textContent()).resolves.toBe('Page not found');
      await open.page.waitForLoadState('networkidle');
      // The document itself is the one expected 404; nothing else may fail.
      const document = `${open.response?.url()}`;
      expect(open.log.badResponses).toEqual([`404 ${document}`]);
      expect(open.log.pageErrors).toEqual([]);
      expect(open.log.failedRequests).toEqual([]);
      expect(open.foreignRequests()).toEqual([]);
      // Chromium logs the document's own 404 as a console error; no other error is allowed.
      expect(open.log.consoleErrors).toEqual([
        `Failed to load resource: the server responded with a status of 404 (Not Found) (${document}:0)`,
      ]);
      expect(open.log.consoleWarnings).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

// Sharing: every chapter, the planner and the model page carry Open Graph and Twitter card tags
// with a 1200x630 PNG rendered by the build, and a canonical address; the Atom feed lists every
// chapter and correction; the sitemap lists the pages and leaves out embeds.

import { describe, expect, it } from 'vitest';
import { discoverSite, openPage } from './browser.ts';

const site = await discoverSite();
const SHARED = [...site.chapters, '/plan/', '/model/'];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing', () => {
  it.each(SHARED)('%s has a social card: title, description, canonical address and a 1200x630 PNG', async (path) => {
    const open = await openPage(path);
    try {
      const { page } = open;
      const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
      const image = (await meta('meta[property="og:image"]')) ?? '';
      expect(image).toMatch(/^https:\/\/[^/]+\/og\/[a-z-]+\.png$/);
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect((await meta('meta[property="og:title"]'))?.length).toBeGreaterThan(3);
      expect((await meta('meta[property="og:description"]'))?.length).toBeGreaterThan(20);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(path);
      const response = await page.request.get(new URL(image).pathname);
      expect(response.status()).toBe(200);
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    } finally {
      await open.close();
    }
  });

  it('publishes an Atom feed of every chapter and correction, and a sitemap without embeds', async () => {
    const open = await openPage('/');
    try {
      const { page } = open;
      const feed = await (await page.request.get('/feed.xml')).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return Array.from(doc.querySelectorAll('entry > link')).map((l) => l.getAttribute('href') ?? '');
      }, feed);
      expect(parsed).not.toBeNull();
      for (const chapter of site.chapters)
        expect(parsed!.some((href) => new URL(href).pathname === chapter)).toBe(true);
      expect(parsed!.some((href) => href.includes('/corrections/#'))).toBe(true);
      expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
        '/feed.xml',
      );
      const index = await page.request.get('/sitemap-index.xml');
      expect(index.status()).toBe(200);
      const pages = await (await page.request.get('/sitemap-0.xml')).text();
      for (const chapter of site.chapters) expect(pages).toContain(`${chapter}</loc>`);
      expect(pages).not.toContain('/embed/');
    } finally {
      await open.close();
    }
  });
});

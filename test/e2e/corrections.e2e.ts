// The corrections page lists every entry of content/corrections.yaml under its chapter, a
// corrected chapter's footer leads to its group, and axe finds nothing, light or dark.

import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatViolations, openPage, runAxe } from './browser.ts';
import { correctionSchema, groupCorrections } from '../../src/site/corrections-schema.ts';

const entries = (
  load(readFileSync(new URL('../../content/corrections.yaml', import.meta.url), 'utf8')) as unknown[]
).map((e) => correctionSchema.parse(e));
// The chapters in reading order, from their frontmatter, as the page orders them.
const chaptersDir = new URL('../../content/chapters/', import.meta.url);
const readingOrder = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const mdx = readFileSync(new URL(f, chaptersDir), 'utf8');
    return { slug: /^slug:\s*(\S+)/m.exec(mdx)![1]!, order: Number(/^order:\s*(\d+)/m.exec(mdx)![1]) };
  })
  .sort((a, b) => a.order - b.order)
  .map((c) => c.slug);
const groups = groupCorrections(entries, readingOrder);

describe('/corrections/', () => {
  it('lists every entry under its chapter, newest chapter first', async () => {
    const open = await openPage('/corrections/');
    try {
      expect(open.response?.status()).toBe(200);
      const shown = await open.page.locator('.corrections-group').evaluateAll((sections) =>
        sections.map((s) => ({
          id: s.id,
          items: Array.from(s.querySelectorAll('.corrections-list > li > p:first-of-type')).map((p) =>
            (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        })),
      );
      expect(shown.map((g) => g.id)).toEqual(groups.map((g) => g.chapter));
      for (const group of groups) {
        const items = shown.find((g) => g.id === group.chapter)!.items;
        expect(items).toEqual(group.entries.map((e) => e.summary.replace(/\s+/g, ' ').trim()));
      }
      expect(shown.flatMap((g) => g.items).length).toBe(entries.length);
      expect(open.log.consoleErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('is linked from the site footer', async () => {
    const open = await openPage('/');
    try {
      await expect(open.page.locator('.site-footer a[href="/corrections/"]').count()).resolves.toBe(1);
    } finally {
      await open.close();
    }
  });

  it('the brand chapter\u2019s footer link leads to its group, with the latest date', async () => {
    const open = await openPage('/chapters/brand-compounds/');
    try {
      const link = open.page.locator('.chapter-corrections a');
      await expect(link.getAttribute('href')).resolves.toBe('/corrections/#brand-compounds');
      const latest = groups.find((g) => g.chapter === 'brand-compounds')!.latest;
      await expect(open.page.locator('.chapter-corrections time').getAttribute('datetime')).resolves.toBe(latest);
      await link.click();
      await open.page.waitForURL('**/corrections/#brand-compounds');
      const target = open.page.locator('#brand-compounds');
      await expect(target.isVisible()).resolves.toBe(true);
      const top = await target.evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(80);
      await expect(target.locator('h2 a').getAttribute('href')).resolves.toBe('/chapters/brand-compounds/');
    } finally {
      await open.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations (%s), nor its chapters\u2019 footers',
    async (colorScheme) => {
      for (const path of ['/corrections/', '/chapters/brand-compounds/']) {
        const open = await openPage(path, { colorScheme, width: path === '/corrections/' ? 390 : 1280 });
        try {
          const violations = await runAxe(open.page);
          expect(violations.length, `axe on ${path} (${colorScheme}):\n${formatViolations(violations)}`).toBe(0);
        } finally {
          await open.close();
        }
      }
    },
  );
});

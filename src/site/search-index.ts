// Site search: once the build has written dist/, Pagefind reads its pages and writes the search
// index beside them, in dist/pagefind/. Only pages that mark their reading matter with
// data-pagefind-body are indexed (chapters, the model, teaching guides, the glossary), and inside
// them nothing marked data-pagefind-ignore (controls, data tables, buttons). The browser loads
// the index only when a reader opens search (src/islands/search.ts). `astro dev` has no index.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index is served from, under the site's root. */
export const SEARCH_BUNDLE = 'pagefind';

/** The pages in an index, from its pagefind-entry.json (one count per language). */
export function indexedPages(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'demand-lab:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({});
          if (!created.index) throw new Error(`could not start Pagefind: ${created.errors.join('; ')}`);
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`could not index ${site}: ${added.errors.join('; ')}`);
          const outputPath = join(site, SEARCH_BUNDLE);
          const written = await created.index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`could not write the index: ${written.errors.join('; ')}`);
          // addDirectory counts every HTML file it read; the index holds only the pages marked for it.
          const indexed = indexedPages(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
          if (indexed === 0) throw new Error('no page is marked data-pagefind-body: there is nothing to search');
          logger.info(`search: ${indexed} of ${added.page_count} pages indexed into ${SEARCH_BUNDLE}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

// Static site: every page is prerendered; figures hydrate as islands in the browser.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  output: 'static',
  site: 'https://demandlab.example',
  trailingSlash: 'always',
  // Embeds and the 404 page are not pages a search engine should list.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') })],
  devToolbar: { enabled: false },
  // Every asset is a file of its own (no data: URLs), so the Content Security Policy can stay at font-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { port: 4321 },
});

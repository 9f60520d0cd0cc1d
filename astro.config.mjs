// Static site: every page is prerendered; figures hydrate as islands in the browser.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  site: 'https://demandlab.example',
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  server: { port: 4321 },
});

// Static site: every page is prerendered; figures hydrate as islands in the browser.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { searchIndex } from './src/site/search-index.ts';

const shim = (name) => fileURLToPath(new URL(`./src/lib/shims/${name}.ts`, import.meta.url));

export default defineConfig({
  output: 'static',
  site: 'https://demandlab.example',
  trailingSlash: 'always',
  // Embeds and the 404 page are not pages a search engine should list. The site's own search
  // index is written into dist/pagefind/ after every build (src/site/search-index.ts).
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') }),
    searchIndex(),
  ],
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      // The colour blending (d3-color and all of d3-interpolate but numbers) and calendar time
      // that d3-scale imports, unused by every chart here, are left out of the bundle
      // (src/lib/shims/ says why; test/shims.test.ts keeps them complete).
      alias: [
        { find: /^d3-color$/, replacement: shim('d3-color') },
        { find: /^d3-interpolate$/, replacement: shim('d3-interpolate') },
        { find: /^d3-time$/, replacement: shim('d3-time') },
        { find: /^d3-time-format$/, replacement: shim('d3-time-format') },
      ],
    },
    build: {
      // Every asset is a file of its own (no data: URLs), so the Content Security Policy can stay at font-src 'self'.
      assetsInlineLimit: 0,
      // Terser with three passes: about 4% less gzip than the default minifier on this code.
      minify: 'terser',
      terserOptions: { compress: { passes: 3 }, format: { comments: false } },
      rolldownOptions: {
        // Figures import the model through its barrel (src/model/index.ts), which only re-exports:
        // resolving those imports to the modules behind it lets each figure's chunk carry only the
        // model code it uses, instead of one chunk with all of it.
        experimental: { lazyBarrel: true },
        treeshake: { moduleSideEffects: (id) => !/src\/model\/index\.ts$/.test(id) },
        output: {
          codeSplitting: {
            groups: [
              // The parts of d3 the charts draw with (scales, shapes, number formats) and their
              // stand-ins: one file, loaded once, whatever charts a page draws (src/charts/frame.ts).
              {
                name: 'd3',
                test: /node_modules[\\/](d3-(array|format|interpolate|path|scale|shape|time|time-format|color)|internmap)[\\/]|src[\\/]lib[\\/]shims[\\/]d3-/,
                priority: 4,
              },
              // The schema, the model's core and the chart helpers most figures share: one file
              // rather than a dozen small ones, which gzip worse. Nothing here is in the boot script.
              {
                name: 'figure-core',
                test: /node_modules[\\/]zod|src[\\/](model|state|charts|figures|views|lib)[\\/]/,
                minShareCount: 6,
                priority: 2,
              },
            ],
          },
        },
      },
    },
  },
  server: { port: 4321 },
});

// Static site: every page is prerendered; figures hydrate as islands in the browser.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchIndex } from './src/site/search-index.ts';

const shim = (name) => fileURLToPath(new URL(`./src/lib/shims/${name}.ts`, import.meta.url));

/**
 * Parts of Observable Plot that no chart here uses, swapped for stand-ins that fail loudly if one
 * ever does (src/lib/shims/plot-*.ts): hover tips, the pointer interaction, legends, map
 * projections and binning.
 */
const PLOT_STAND_INS = {
  'marks/tip.js': shim('plot-tip'),
  'interactions/pointer.js': shim('plot-tip'),
  'legends.js': shim('plot-legends'),
  'projection.js': shim('plot-projection'),
  'transforms/bin.js': shim('plot-bin'),
  'curve.js': shim('plot-curve'),
};

function slimPlot() {
  return {
    name: 'demand-lab:slim-plot',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !importer.includes('/@observablehq/plot/src/')) return null;
      const target = resolve(dirname(importer.split('?')[0]), source);
      for (const [suffix, standIn] of Object.entries(PLOT_STAND_INS))
        if (target.endsWith(`/@observablehq/plot/src/${suffix}`)) return standIn;
      return null;
    },
  };
}

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
    plugins: [slimPlot()],
    resolve: {
      // Plot's colour blending (d3-color and all of d3-interpolate but numbers), map projections, named colour schemes and calendar time, unused by every chart
      // here, are left out of the bundle (src/lib/shims/ says why; test/shims.test.ts keeps them
      // complete).
      alias: [
        { find: /^d3-color$/, replacement: shim('d3-color') },
        { find: /^d3-geo$/, replacement: shim('d3-geo') },
        { find: /^d3-interpolate$/, replacement: shim('d3-interpolate') },
        { find: /^d3-scale-chromatic$/, replacement: shim('d3-scale-chromatic') },
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
              // Plot, d3 and their stand-ins: one file, loaded once, whatever charts a page draws.
              // The area mark and the stack transform stay out: few figures use them.
              {
                name: 'plot',
                test: (id) =>
                  /node_modules[\\/](@observablehq|d3-|isoformat|interval-tree1d)|src[\\/]lib[\\/]shims/.test(id) &&
                  !/plot[\\/]src[\\/](marks[\\/]area|transforms[\\/]stack)\.js/.test(id),
                priority: 3,
              },
              // The schema, the model's core and the chart helpers most figures share: one file
              // rather than a dozen small ones, which gzip worse. Nothing here is in the boot script.
              {
                name: 'figure-core',
                test: /node_modules[\\/]zod|src[\\/](model|state|charts|figures|lib)[\\/]/,
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

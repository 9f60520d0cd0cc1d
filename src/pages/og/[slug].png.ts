// Social-card images (1200x630 PNG) rendered when the site is built: each chapter's lead figure
// at its defaults, drawn by the same chart function the page uses and rasterized in Node with
// resvg (WebAssembly, so no platform binary), under the chapter's title. Also the planner and
// the model page.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { chaptersInOrder } from '../../site/chapters.ts';
import { figureSvg } from '../../site/server-figures.ts';

const WIDTH = 1200;
const HEIGHT = 630;

let ready: Promise<void> | null = null;
function wasm(): Promise<void> {
  // Paths from the project root: the build bundles this file elsewhere, so import.meta.url would mislead.
  ready ??= initWasm(readFileSync(join(process.cwd(), 'node_modules/@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  readFileSync(join(process.cwd(), 'src/assets/fonts', name)),
);

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The card: kicker, title, and the figure under them, on the site's light background. */
export function card(title: string, kicker: string, figure: string): string {
  // Marks carry their colour in a `color` attribute (palette.ts) and draw in currentColor.
  const chart = figureSvg(figure, 1120, 430, 18).replace(/^<svg/, '<svg x="40" y="170" color="#1b2733"');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans">
<rect width="100%" height="100%" fill="#fdfcf9"/>
<text x="40" y="62" font-size="26" fill="#515c68">${escape(kicker)}</text>
<text x="40" y="128" font-size="54" font-weight="bold" fill="#1b2733">${escape(title)}</text>
${chart}
</svg>`;
}

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await chaptersInOrder();
  return [
    ...chapters.map((c) => ({
      params: { slug: c.data.slug },
      props: {
        title: c.data.title,
        kicker: `Demand Lab \u00b7 Chapter ${c.data.order}`,
        figure: c.data.thumbnail ?? 'pool-dots',
      },
    })),
    { params: { slug: 'plan' }, props: { title: 'The planner', kicker: 'Demand Lab', figure: 'your-split' } },
    {
      params: { slug: 'model' },
      props: { title: 'The model, on one page', kicker: 'Demand Lab', figure: 'horizon-sweep' },
    },
  ];
};

export const GET: APIRoute = async ({ props }) => {
  await wasm();
  const { title, kicker, figure } = props as { title: string; kicker: string; figure: string };
  const png = new Resvg(card(title, kicker, figure), {
    fitTo: { mode: 'width', value: WIDTH },
    font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

// A stand-in for d3-color in the browser bundle (aliased in astro.config.mjs). d3-scale reaches
// it through d3-interpolate, to blend colours along a colour scale; no chart on this site does,
// because marks are coloured by CSS class (src/charts/palette.ts). The real package would add
// about 4 KB gzip to every page with a figure. Every export is here, so d3-interpolate links against it; calling one says why it is
// missing. test/shims.test.ts keeps the names in step with the installed package.

function unbundled(): never {
  throw new Error(`d3-color is not bundled; Demand Lab charts colour marks by CSS class`);
}

export const color = unbundled;
export const cubehelix = unbundled;
export const gray = unbundled;
export const hcl = unbundled;
export const hsl = unbundled;
export const lab = unbundled;
export const lch = unbundled;
export const rgb = unbundled;

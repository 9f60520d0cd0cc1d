// A stand-in for d3-scale-chromatic in the browser bundle (aliased in astro.config.mjs). Observable Plot
// imports it for its named colour schemes, which no chart on this site uses; the real package would add
// about 6.5 KB gzip to every page with a figure. Every export is here, so Plot links against
// it; calling one says why it is missing. test/shims.test.ts keeps the names in step with the
// installed package.

function unbundled(): never {
  throw new Error(`d3-scale-chromatic is not bundled; Demand Lab charts colour marks by CSS class`);
}

/** A scheme nobody may read: empty, so a chart that asked for one would draw nothing rather than a wrong colour. */
const noScheme: readonly never[] = Object.freeze([]);

export const interpolateBlues = unbundled;
export const interpolateBrBG = unbundled;
export const interpolateBuGn = unbundled;
export const interpolateBuPu = unbundled;
export const interpolateCividis = unbundled;
export const interpolateCool = unbundled;
export const interpolateCubehelixDefault = unbundled;
export const interpolateGnBu = unbundled;
export const interpolateGreens = unbundled;
export const interpolateGreys = unbundled;
export const interpolateInferno = unbundled;
export const interpolateMagma = unbundled;
export const interpolateOrRd = unbundled;
export const interpolateOranges = unbundled;
export const interpolatePRGn = unbundled;
export const interpolatePiYG = unbundled;
export const interpolatePlasma = unbundled;
export const interpolatePuBu = unbundled;
export const interpolatePuBuGn = unbundled;
export const interpolatePuOr = unbundled;
export const interpolatePuRd = unbundled;
export const interpolatePurples = unbundled;
export const interpolateRainbow = unbundled;
export const interpolateRdBu = unbundled;
export const interpolateRdGy = unbundled;
export const interpolateRdPu = unbundled;
export const interpolateRdYlBu = unbundled;
export const interpolateRdYlGn = unbundled;
export const interpolateReds = unbundled;
export const interpolateSinebow = unbundled;
export const interpolateSpectral = unbundled;
export const interpolateTurbo = unbundled;
export const interpolateViridis = unbundled;
export const interpolateWarm = unbundled;
export const interpolateYlGn = unbundled;
export const interpolateYlGnBu = unbundled;
export const interpolateYlOrBr = unbundled;
export const interpolateYlOrRd = unbundled;
export const schemeAccent = noScheme;
export const schemeBlues = noScheme;
export const schemeBrBG = noScheme;
export const schemeBuGn = noScheme;
export const schemeBuPu = noScheme;
export const schemeCategory10 = noScheme;
export const schemeDark2 = noScheme;
export const schemeGnBu = noScheme;
export const schemeGreens = noScheme;
export const schemeGreys = noScheme;
export const schemeObservable10 = noScheme;
export const schemeOrRd = noScheme;
export const schemeOranges = noScheme;
export const schemePRGn = noScheme;
export const schemePaired = noScheme;
export const schemePastel1 = noScheme;
export const schemePastel2 = noScheme;
export const schemePiYG = noScheme;
export const schemePuBu = noScheme;
export const schemePuBuGn = noScheme;
export const schemePuOr = noScheme;
export const schemePuRd = noScheme;
export const schemePurples = noScheme;
export const schemeRdBu = noScheme;
export const schemeRdGy = noScheme;
export const schemeRdPu = noScheme;
export const schemeRdYlBu = noScheme;
export const schemeRdYlGn = noScheme;
export const schemeReds = noScheme;
export const schemeSet1 = noScheme;
export const schemeSet2 = noScheme;
export const schemeSet3 = noScheme;
export const schemeSpectral = noScheme;
export const schemeTableau10 = noScheme;
export const schemeYlGn = noScheme;
export const schemeYlGnBu = noScheme;
export const schemeYlOrBr = noScheme;
export const schemeYlOrRd = noScheme;

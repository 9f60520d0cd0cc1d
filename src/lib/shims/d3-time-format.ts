// A stand-in for d3-time-format in the browser bundle (aliased in astro.config.mjs). d3-scale
// imports it for date formatting and parsing, for time and utc scales, which no chart on this
// site uses. Every export is here, so d3-scale links against it; calling one says why it is
// missing. test/shims.test.ts keeps the names in step
// with the installed package.

function unbundled(): never {
  throw new Error(`d3-time-format is not bundled; Demand Lab charts count months as numbers, not dates`);
}

export const isoFormat = unbundled;
export const isoParse = unbundled;
export const timeFormat = unbundled;
export const timeFormatDefaultLocale = unbundled;
export const timeFormatLocale = unbundled;
export const timeParse = unbundled;
export const utcFormat = unbundled;
export const utcParse = unbundled;

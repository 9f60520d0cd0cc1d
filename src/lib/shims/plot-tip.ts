// A stand-in for Observable Plot's tip mark (src/marks/tip.js) and pointer interaction
// (src/interactions/pointer.js), swapped in for the browser bundle by astro.config.mjs. No chart
// here uses Plot's hover tips: every figure states its numbers in text and a table, which also
// reach a keyboard or a screen reader. Plot calls these only for a mark with a `tip` option, so
// asking for one fails loudly. Saves about 4.2 KB gzip per page with a figure.
// test/shims.test.ts keeps the names complete.

function unbundled(): never {
  throw new Error('Plot tips and pointers are not bundled: state the numbers in the figure text instead');
}

export class Tip {
  constructor() {
    unbundled();
  }
}

export const tip = unbundled;
export const pointer = unbundled;
export const pointerX = unbundled;
export const pointerY = unbundled;
export const anchorX = unbundled;
export const anchorY = unbundled;

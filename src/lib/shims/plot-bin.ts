// A stand-in for Observable Plot's bin transform (src/transforms/bin.js), swapped in for the
// browser bundle by astro.config.mjs. No chart here bins data. Plot's line and area marks pass
// their options through maybeDenseIntervalX/Y, which bin only when an `interval` option is given
// (and add a tip only when `tip` is); with neither they return the options untouched, as here.
// Asking for either fails loudly. Saves about 2.2 KB gzip per page with a figure.
// test/shims.test.ts keeps the names complete and the answers the same.

function unbundled(): never {
  throw new Error('Plot binning is not bundled: Demand Lab charts draw their rows as computed');
}

function dense<T extends object | undefined>(options: T): T {
  const { interval, tip } = (options ?? {}) as { interval?: unknown; tip?: unknown };
  if (interval != null || tip != null) unbundled();
  return options;
}

export const maybeDenseIntervalX = dense;
export const maybeDenseIntervalY = dense;
export const bin = unbundled;
export const binX = unbundled;
export const binY = unbundled;
export const maybeThresholds = unbundled;

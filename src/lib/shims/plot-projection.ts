// A stand-in for Observable Plot's projections (src/projection.js), swapped in for the browser
// bundle by astro.config.mjs. No chart here is a map. Plot asks on every plot whether a
// projection was given, and with none it gets the same answers as from Plot's own module
// (no projection, no aspect ratio); giving one fails loudly. Saves about 1.6 KB gzip per page
// with a figure. test/shims.test.ts keeps the names complete.

function unbundled(): never {
  throw new Error('Plot projections are not bundled: Demand Lab charts draw no maps');
}

type Options = { projection?: unknown } | undefined;

export function createProjection(options?: Options): undefined {
  if (options?.projection != null) unbundled();
  return undefined;
}

export function hasProjection(options?: Options): false {
  if (options?.projection != null) unbundled();
  return false;
}

export function projectionAspectRatio(projection?: unknown): undefined {
  if (projection != null) unbundled();
  return undefined;
}

export const project = unbundled;
export const applyPosition = unbundled;
export const getGeometryChannels = unbundled;
export const xyProjection = unbundled;

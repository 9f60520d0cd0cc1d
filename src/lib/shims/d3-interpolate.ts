// A stand-in for d3-interpolate in the browser bundle (aliased in astro.config.mjs). d3-scale
// uses it to map numbers onto pixels, which is kept here exactly as d3 writes it
// (numbers, rounded numbers, a piecewise map, samples of one); everything else in the package
// blends colours, strings, dates, transforms or zooms, which no chart on this site does (marks
// are coloured by CSS class, scales are linear or banded). The real package would add about 2 KB
// gzip to every page with a figure. Every export is here, so d3-scale links against it; calling a
// missing one says why. test/shims.test.ts keeps the names in step with the installed package
// and the kept functions equal to d3's.

type Interpolator<T> = (t: number) => T;

function unbundled(): never {
  throw new Error(`d3-interpolate is not bundled beyond numbers; Demand Lab charts interpolate only positions`);
}

export function interpolateNumber(a: number, b: number): Interpolator<number> {
  return ((a = +a), (b = +b), (t) => a * (1 - t) + b * t);
}

export function interpolateRound(a: number, b: number): Interpolator<number> {
  return ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t));
}

/** d3's generic interpolator, for the values a position scale has: numbers (and a missing or boolean constant). */
export function interpolate(a: unknown, b: unknown): Interpolator<unknown> {
  if (b == null || typeof b === 'boolean') return () => b;
  if (typeof b === 'number') return interpolateNumber(a as number, b);
  return unbundled();
}

export function piecewise<T>(interpolator: ((a: T, b: T) => Interpolator<T>) | T[], values?: T[]): Interpolator<T> {
  let using = interpolator as (a: T, b: T) => Interpolator<T>;
  if (values === undefined) {
    values = interpolator as T[];
    using = interpolate as unknown as (a: T, b: T) => Interpolator<T>;
  }
  const n = values.length - 1;
  let v = values[0]!;
  const parts = new Array<Interpolator<T>>(n < 0 ? 0 : n);
  for (let i = 0; i < n;) parts[i] = using(v, (v = values[++i]!));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}

export function quantize<T>(interpolator: Interpolator<T>, n: number): T[] {
  const samples = new Array<T>(n);
  for (let i = 0; i < n; ++i) samples[i] = interpolator(i / (n - 1));
  return samples;
}

export const interpolateArray = unbundled;
export const interpolateBasis = unbundled;
export const interpolateBasisClosed = unbundled;
export const interpolateCubehelix = unbundled;
export const interpolateCubehelixLong = unbundled;
export const interpolateDate = unbundled;
export const interpolateDiscrete = unbundled;
export const interpolateHcl = unbundled;
export const interpolateHclLong = unbundled;
export const interpolateHsl = unbundled;
export const interpolateHslLong = unbundled;
export const interpolateHue = unbundled;
export const interpolateLab = unbundled;
export const interpolateNumberArray = unbundled;
export const interpolateObject = unbundled;
export const interpolateRgb = unbundled;
export const interpolateRgbBasis = unbundled;
export const interpolateRgbBasisClosed = unbundled;
export const interpolateString = unbundled;
export const interpolateTransformCss = unbundled;
export const interpolateTransformSvg = unbundled;
export const interpolateZoom = unbundled;

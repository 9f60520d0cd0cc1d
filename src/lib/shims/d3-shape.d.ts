// The two d3-shape curves the Plot curve stand-in (plot-curve.ts) keeps. d3-shape ships no types
// and @types/d3-shape is not a dependency; this names only what that file imports.
declare module 'd3-shape' {
  /** A d3 curve: given a drawing context, returns the object d3.line draws through. */
  export type CurveFactory = (context: unknown) => unknown;
  export const curveLinear: CurveFactory;
  export const curveStepAfter: CurveFactory;
}

// A stand-in for Observable Plot's curve table (src/curve.js), swapped in for the browser bundle
// by astro.config.mjs. Plot's table names twenty of d3-shape's curves, so every one of them is
// bundled although the charts here draw only straight segments ('linear', Plot's default and
// what 'auto' means without a projection) and steps ('step-after'). This keeps those two, as the
// same d3-shape functions; any other curve fails loudly. Saves about 1.6 KB gzip per page with a
// figure. test/shims.test.ts keeps the names complete and the answers the same.

import { curveLinear, curveStepAfter } from 'd3-shape';
import type { CurveFactory, CurveGenerator } from 'd3-shape';

const curves = new Map<string, CurveFactory>([
  ['linear', curveLinear],
  ['step-after', curveStepAfter],
]);

export function maybeCurve(curve: unknown = curveLinear, tension?: number): CurveFactory {
  if (typeof curve === 'function') return curve as CurveFactory;
  const name = `${curve as string}`.toLowerCase();
  const found = curves.get(name);
  if (!found) throw new Error(`Plot curve "${name}" is not bundled: Demand Lab charts draw linear and step-after`);
  // Neither bundled curve takes a tension (beta, tension or alpha), so Plot would ignore it too.
  void tension;
  return found;
}

export function curveAuto(context: Parameters<CurveFactory>[0]): CurveGenerator {
  return curveLinear(context);
}

export function maybeCurveAuto(curve: unknown = curveAuto, tension?: number): CurveFactory {
  return typeof curve !== 'function' && `${curve as string}`.toLowerCase() === 'auto'
    ? curveAuto
    : maybeCurve(curve, tension);
}

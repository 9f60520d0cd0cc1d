// Least-squares Hill fit (MODEL.md section 7): the auction's response to spend, described as
// marketing-mix models describe media, y = beta * x^s / (x^s + ec^s). For fixed (ec, s) the
// best beta is linear least squares; (ec, s) are found by Nelder-Mead on their logarithms.

import { hill } from './mmm.ts';
import type { Response } from './response.ts';

export interface HillFit {
  /** Half-saturation point: the spend at which the response reaches half of beta. */
  ec: number;
  slope: number;
  /** The response the curve approaches as spend grows. */
  beta: number;
  /** Root mean square error of the fit. */
  rmse: number;
  /** Share of the response's variance the fit explains. */
  r2: number;
}

function bestBeta(xs: readonly number[], ys: readonly number[], ec: number, slope: number) {
  const h = hill(xs as number[], ec, slope);
  let hy = 0;
  let hh = 0;
  for (let i = 0; i < xs.length; i++) {
    hy += h[i]! * ys[i]!;
    hh += h[i]! * h[i]!;
  }
  const beta = hh > 0 ? hy / hh : 0;
  let sse = 0;
  for (let i = 0; i < xs.length; i++) sse += (ys[i]! - beta * h[i]!) ** 2;
  return { beta, sse };
}

/** Minimizes f over R^2 by Nelder-Mead from `start`; enough for a smooth two-parameter fit. */
function nelderMead(
  f: (p: [number, number]) => number,
  start: [number, number],
  step = 0.5,
  iterations = 400,
): [number, number] {
  let simplex: { p: [number, number]; v: number }[] = [
    start,
    [start[0] + step, start[1]],
    [start[0], start[1] + step],
  ].map((p) => ({ p: p as [number, number], v: f(p as [number, number]) }));
  for (let k = 0; k < iterations; k++) {
    simplex.sort((a, b) => a.v - b.v);
    const [best, mid, worst] = simplex as [(typeof simplex)[0], (typeof simplex)[0], (typeof simplex)[0]];
    if (Math.abs(worst.v - best.v) <= 1e-14 * (Math.abs(best.v) + 1e-300)) break;
    const centroid: [number, number] = [(best.p[0] + mid.p[0]) / 2, (best.p[1] + mid.p[1]) / 2];
    const along = (t: number): [number, number] => [
      centroid[0] + t * (worst.p[0] - centroid[0]),
      centroid[1] + t * (worst.p[1] - centroid[1]),
    ];
    const reflected = { p: along(-1), v: f(along(-1)) };
    if (reflected.v < best.v) {
      const expanded = { p: along(-2), v: f(along(-2)) };
      simplex = [best, mid, expanded.v < reflected.v ? expanded : reflected];
    } else if (reflected.v < mid.v) {
      simplex = [best, mid, reflected];
    } else {
      const contracted = { p: along(0.5), v: f(along(0.5)) };
      if (contracted.v < worst.v) simplex = [best, mid, contracted];
      else {
        const shrink = (q: [number, number]): [number, number] => [(q[0] + best.p[0]) / 2, (q[1] + best.p[1]) / 2];
        simplex = [best, { p: shrink(mid.p), v: f(shrink(mid.p)) }, { p: shrink(worst.p), v: f(shrink(worst.p)) }];
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return simplex[0]!.p;
}

/** Fits a Hill curve to (x, y); null when there is nothing to fit (no positive x or flat y). */
export function fitHill(xs: readonly number[], ys: readonly number[]): HillFit | null {
  if (xs.length !== ys.length) throw new RangeError(`invalid data: ${xs.length} x values for ${ys.length} y values`);
  const positive = xs.filter((x) => x > 0);
  const top = Math.max(0, ...ys);
  if (positive.length < 3 || !(top > 0)) return null;
  const sorted = [...positive].sort((a, b) => a - b);
  const scale = sorted[sorted.length - 1]!;
  // Work in units of the largest x so the search is the same at any currency scale.
  const xsScaled = xs.map((x) => x / scale);
  const objective = ([logEc, logSlope]: [number, number]) => {
    const slope = Math.exp(logSlope);
    if (slope > 20 || logEc < -20 || logEc > 5) return Infinity;
    return bestBeta(xsScaled, ys, Math.exp(logEc), slope).sse;
  };
  let best: [number, number] = [Math.log(0.5), 0];
  let bestValue = Infinity;
  for (const start of [
    [Math.log(sorted[Math.floor(sorted.length / 2)]! / scale), 0],
    [Math.log(0.2), Math.log(2)],
    [Math.log(1), Math.log(0.7)],
  ] as [number, number][]) {
    const found = nelderMead(objective, nelderMead(objective, start));
    const value = objective(found);
    if (value < bestValue) {
      best = found;
      bestValue = value;
    }
  }
  const ec = Math.exp(best[0]);
  const slope = Math.exp(best[1]);
  const { beta, sse } = bestBeta(xsScaled, ys, ec, slope);
  const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sst = ys.reduce((a, y) => a + (y - mean) ** 2, 0);
  return { ec: ec * scale, slope, beta, rmse: Math.sqrt(sse / ys.length), r2: sst > 0 ? 1 - sse / sst : 1 };
}

/** The same curve in Robyn's current parameters: alpha = slope, gamma = ec / max(x). */
export function robynParameters(fit: Pick<HillFit, 'ec' | 'slope'>, maxX: number): { alpha: number; gamma: number } {
  return { alpha: fit.slope, gamma: fit.ec / maxX };
}

export interface ResponseFit {
  fit: HillFit | null;
  /** The fitted curve at every spend of the response curve; null throughout when nothing fits. */
  fitted: (number | null)[];
  /** The largest spend the fit saw. */
  maxObserved: number;
  /** Paid leads with every searcher bought: the true ceiling the fitted beta should be compared with. */
  ceilingPaidLeads: number;
}

/**
 * What a marketing-mix model would conclude from the auction's paid leads if it saw spend only
 * up to `observedUpTo`: the curve it fits, carried over the whole range of spend.
 */
export function fitResponse(response: Pick<Response, 'points' | 'ceilingLeads'>, observedUpTo: number): ResponseFit {
  const seen = response.points.filter((p) => p.spend <= observedUpTo);
  const fit = fitHill(
    seen.map((p) => p.spend),
    seen.map((p) => p.paidLeads),
  );
  const xs = response.points.map((p) => p.spend);
  const fitted = fit ? hill(xs, fit.ec, fit.slope).map((h) => h * fit.beta) : xs.map(() => null);
  const last = response.points.at(-1)!;
  return {
    fit,
    fitted,
    maxObserved: Math.max(0, ...seen.map((p) => p.spend)),
    // Brand-first leads do not depend on activation spend, so they come off the ceiling whole.
    ceilingPaidLeads: response.ceilingLeads - (last.leads - last.paidLeads),
  };
}

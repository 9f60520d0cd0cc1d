// What a marketing-mix model recovers from the synthetic dataset (MODEL.md section 16): leads
// against a constant baseline, a geometric adstock of brand spend started at its steady state
// (the burn-in MMM practice uses), and a Hill curve of search spend, fitted by least squares.
// For fixed (retention, ec, slope) the three coefficients are linear least squares; the three
// shape parameters are found by Nelder-Mead on unconstrained transforms.

import { hill } from './mmm.ts';

export interface MmmFit {
  /** Weekly retention of the brand adstock. */
  retention: number;
  halfLifeWeeks: number;
  ec: number;
  slope: number;
  baseline: number;
  brandCoefficient: number;
  searchCoefficient: number;
  /** Incremental leads per 1,000 spent over the data, as the fitted additive model splits them. */
  brandPer1000: number | null;
  searchPer1000: number | null;
  rmse: number;
}

/** Geometric adstock y_t = x_t + r y_{t-1}, started at the steady state of the mean spend. */
export function steadyAdstock(x: readonly number[], retention: number): number[] {
  const mean = x.reduce((a, b) => a + b, 0) / Math.max(1, x.length);
  let carry = retention < 1 ? mean / (1 - retention) : 0;
  return x.map((v) => (carry = v + retention * carry));
}

/** Solves the 3x3 system A b = c by Gaussian elimination with partial pivoting; null if singular. */
function solve3(a: number[][], c: number[]): number[] | null {
  const m = a.map((row, i) => [...row, c[i]!]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let k = col; k < 4; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[3]! / row[i]!);
}

/** Linear least squares of y on [1, a, h]: coefficients and the sum of squared errors. */
function linear(y: readonly number[], a: readonly number[], h: readonly number[]) {
  const cols = [y.map(() => 1), a, h];
  const xtx = cols.map((u) => cols.map((v) => u.reduce((s, ui, t) => s + ui * v[t]!, 0)));
  const xty = cols.map((u) => u.reduce((s, ui, t) => s + ui * y[t]!, 0));
  const b = solve3(xtx, xty);
  if (!b) return null;
  let sse = 0;
  for (let t = 0; t < y.length; t++) sse += (y[t]! - b[0]! - b[1]! * a[t]! - b[2]! * h[t]!) ** 2;
  return { b, sse };
}

/** Nelder-Mead minimization in n dimensions. */
export function nelderMeadN(f: (p: number[]) => number, start: number[], step = 0.5, iterations = 2000): number[] {
  const n = start.length;
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((p) => ({
    p,
    v: f(p),
  }));
  for (let k = 0; k < iterations; k++) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.v - best.v) <= 1e-13 * (Math.abs(best.v) + 1e-300)) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, q) => s + q.p[j]!, 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.p[j]! - c));
    const reflected = { p: along(-1), v: f(along(-1)) };
    if (reflected.v < best.v) {
      const expanded = { p: along(-2), v: f(along(-2)) };
      simplex[n] = expanded.v < reflected.v ? expanded : reflected;
    } else if (reflected.v < simplex[n - 1]!.v) {
      simplex[n] = reflected;
    } else {
      const contracted = { p: along(0.5), v: f(along(0.5)) };
      if (contracted.v < worst.v) simplex[n] = contracted;
      else
        simplex = simplex
          .map((q, i) => (i === 0 ? q : { p: q.p.map((v, j) => (v + best.p[j]!) / 2), v: NaN }))
          .map((q) => (Number.isNaN(q.v) ? { p: q.p, v: f(q.p) } : q));
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return simplex[0]!.p;
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits leads = baseline + beta_b adstock(brand) + beta_s hill(search) by least squares. */
export function fitMmm(brand: readonly number[], search: readonly number[], leads: readonly number[]): MmmFit {
  const positive = search.filter((x) => x > 0).sort((a, b) => a - b);
  const medianSearch = positive.length ? positive[Math.floor(positive.length / 2)]! : 1;
  const unpack = (p: number[]) => ({
    retention: Math.min(0.999, logistic(p[0]!)),
    ec: medianSearch * Math.exp(p[1]!),
    slope: Math.exp(p[2]!),
  });
  const evaluate = (p: number[]) => {
    const { retention, ec, slope } = unpack(p);
    const a = steadyAdstock(brand, retention);
    const h = hill(search, ec, slope);
    const fit = linear(leads, a, h);
    return { fit, a, h, retention, ec, slope };
  };
  const objective = (p: number[]) => evaluate(p).fit?.sse ?? Infinity;
  // Several starts over the retention: the sum of squares can have shallow local minima there.
  let best: number[] = [0, 0, 0];
  let bestValue = Infinity;
  for (const r of [0.5, 0.8, 0.95]) {
    const p = nelderMeadN(objective, [Math.log(r / (1 - r)), 0, 0]);
    const v = objective(p);
    if (v < bestValue) {
      bestValue = v;
      best = p;
    }
  }
  const { fit, a, h, retention, ec, slope } = evaluate(best);
  const [b0, bb, bs] = fit?.b ?? [NaN, NaN, NaN];
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const brandSpend = sum(brand);
  const searchSpend = sum(search);
  return {
    retention,
    halfLifeWeeks: Math.log(0.5) / Math.log(retention),
    ec,
    slope,
    baseline: b0!,
    brandCoefficient: bb!,
    searchCoefficient: bs!,
    brandPer1000: brandSpend > 0 ? ((bb! * sum(a)) / brandSpend) * 1000 : null,
    searchPer1000: searchSpend > 0 ? ((bs! * sum(h)) / searchSpend) * 1000 : null,
    rmse: Math.sqrt((fit?.sse ?? NaN) / Math.max(1, leads.length)),
  };
}

export interface Spread {
  median: number;
  p10: number;
  p90: number;
}

export interface RecoveryRow {
  /** The true memory half-life, in months. */
  halfLifeMonths: number;
  /** Recovered half-life in months, over the seeds. */
  recoveredHalfLife: Spread;
  brandPer1000: Spread;
  searchPer1000: Spread;
  /** The true effects (the dataset's sidecar), medians over seeds (they vary a little with the spend draw). */
  trueBrandPer1000: number;
  trueSearchPer1000: number;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const x = q * (sorted.length - 1);
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (x - lo);
  };
  return { median: at(0.5), p10: at(0.1), p90: at(0.9) };
}

/**
 * Fits the additive model to noisy synthetic datasets (one per seed) at each true half-life and
 * summarizes what it recovers. `dataset` is syntheticDataset, passed in so this file stays small.
 */
export function recoveryStudy(
  dataset: (
    halfLifeMonths: number,
    seed: number,
  ) => {
    rows: { brand_spend: number; search_spend: number; leads: number }[];
    truth: { incrementalLeadsPer1000: { brand: number | null; search: number | null } };
  },
  { halfLives, seeds }: { halfLives: readonly number[]; seeds: readonly number[] },
): RecoveryRow[] {
  const weeksPerMonth = 52 / 12;
  return halfLives.map((halfLifeMonths) => {
    const fits = seeds.map((seed) => {
      const d = dataset(halfLifeMonths, seed);
      const fit = fitMmm(
        d.rows.map((r) => r.brand_spend),
        d.rows.map((r) => r.search_spend),
        d.rows.map((r) => r.leads),
      );
      return { fit, truth: d.truth.incrementalLeadsPer1000 };
    });
    return {
      halfLifeMonths,
      recoveredHalfLife: spread(fits.map((f) => f.fit.halfLifeWeeks / weeksPerMonth)),
      brandPer1000: spread(fits.map((f) => f.fit.brandPer1000 ?? NaN)),
      searchPer1000: spread(fits.map((f) => f.fit.searchPer1000 ?? NaN)),
      trueBrandPer1000: spread(fits.map((f) => f.truth.brand ?? NaN)).median,
      trueSearchPer1000: spread(fits.map((f) => f.truth.search ?? NaN)).median,
    };
  });
}

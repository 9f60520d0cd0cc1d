// The adstock (carry-over) and saturation transforms of the public marketing-mix-modelling
// tools (Robyn, Meridian, PyMC-Marketing), so the site can show how our salience and auction
// mechanisms map onto theirs. Each follows its library's own conventions, checked to 1e-9
// against the reference vectors in test/fixtures/reference/mmm-vectors.json.

export type MeridianDecay = 'geometric' | 'binomial';
export type WeibullType = 'cdf' | 'pdf';

export interface GeometricAdstockOptions {
  /** Number of lags in the kernel (PyMC-Marketing `l_max`); may exceed the series length. */
  lMax?: number;
  /** Divide the weights by their sum, so the kernel carries the input's total forward. */
  normalize?: boolean;
}

/**
 * PyMC-Marketing `geometric_adstock`: y[t] = sum_{l < lMax} w[l] x[t - l], w[l] = alpha^l,
 * divided by sum(w) when `normalize`. With the defaults this is Robyn's `adstock_geometric`
 * (y[0] = x[0], y[t] = x[t] + alpha y[t - 1]). The normalizing sum runs over all lMax weights
 * even when lMax exceeds x.length, as PyMC-Marketing's does.
 */
export function geometricAdstock(
  x: readonly number[],
  alpha: number,
  // The max() only matters for an empty series, whose output is empty whatever lMax is.
  { lMax = Math.max(1, x.length), normalize = false }: GeometricAdstockOptions = {},
): number[] {
  checkSeries(x, false);
  checkInRange('alpha', alpha, 0, 1);
  if (!Number.isInteger(lMax) || lMax < 1) throw new RangeError(`invalid lMax: ${lMax}`);
  if (typeof normalize !== 'boolean') throw new RangeError(`invalid normalize: ${normalize}`);
  let y: number[];
  if (lMax >= x.length) {
    // No lag is ever cut off, so Robyn's O(n) recursion gives the same sums as the O(n lMax)
    // convolution, and matches Robyn operation for operation.
    y = new Array<number>(x.length);
    let carry = 0;
    for (let t = 0; t < x.length; t++) carry = y[t] = x[t] + alpha * carry;
  } else {
    y = convolve(
      x,
      Array.from({ length: lMax }, (_, l) => Math.pow(alpha, l)),
    );
  }
  if (!normalize) return y;
  let total = 0;
  for (let l = 0; l < lMax; l++) total += Math.pow(alpha, l);
  return y.map((v) => v / total);
}

/**
 * Meridian `_adstock`: a window of W = min(maxLag + 1, x.length) lags whose weights are always
 * normalized to sum 1. Geometric weights are alpha^l; binomial weights are
 * (1 - l / W)^(1 / alpha - 1), l = 0 .. W - 1. `maxLag = Infinity` stands for Meridian's
 * `max_lag=None` (the window spans the whole series).
 */
export function meridianAdstock(
  x: readonly number[],
  alpha: number,
  maxLag: number,
  decay: MeridianDecay = 'geometric',
): number[] {
  checkSeries(x, false);
  if (decay !== 'geometric' && decay !== 'binomial') throw new RangeError(`invalid decay: ${decay}`);
  // Binomial needs alpha > 0: its exponent 1/alpha - 1 is infinite at 0.
  if (decay === 'binomial') checkInRange('alpha', alpha, 0, 1, true);
  else checkInRange('alpha', alpha, 0, 1);
  if (!(maxLag === Infinity || (Number.isInteger(maxLag) && maxLag >= 0))) {
    throw new RangeError(`invalid maxLag: ${maxLag}`);
  }
  const window = Math.min(maxLag + 1, x.length);
  const exponent = 1 / alpha - 1;
  const w = Array.from({ length: window }, (_, l) =>
    decay === 'geometric' ? Math.pow(alpha, l) : Math.pow(1 - l / window, exponent),
  );
  const total = w.reduce((s, v) => s + v, 0);
  return convolve(
    x,
    w.map((v) => v / total),
  );
}

/**
 * Robyn's `scaleTrans`: the Weibull scale in periods, round(quantile(1:n, scale)) with R's
 * default type-7 quantile and R's round() (half to even), so that 2.5 becomes 2, not 3.
 */
export function weibullScaleTrans(n: number, scale: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid n: ${n}`);
  checkInRange('scale', scale, 0, 1);
  // R's quantile.default type 7 on the sorted values 1..n, operation for operation, so that
  // results landing exactly on .5 round the way R's do.
  const index = 1 + (n - 1) * scale;
  const lo = Math.floor(index);
  const h = index - lo;
  const q = h > 0 ? (1 - h) * lo + h * (lo + 1) : lo;
  return roundHalfEven(q);
}

/**
 * Robyn `adstock_weibull` (x_decayed): the kernel has x.length taps and the Weibull scale is
 * weibullScaleTrans(x.length, scale) periods. CDF weights are the cumulative product of
 * [1, S(1), ..., S(n - 1)], S(t) = exp(-(t / scaleTrans)^shape), so the peak is at lag 0;
 * PDF weights are the Weibull density at 1..n, min-max scaled to [0, 1], which lets the peak
 * come later. Like Robyn, shape 0 or scale 0 means no carry-over.
 */
export function weibullAdstock(
  x: readonly number[],
  shape: number,
  scale: number,
  type: WeibullType = 'cdf',
): number[] {
  checkSeries(x, false);
  if (!(Number.isFinite(shape) && shape >= 0)) throw new RangeError(`invalid shape: ${shape}`);
  checkInRange('scale', scale, 0, 1);
  if (type !== 'cdf' && type !== 'pdf') throw new RangeError(`invalid type: ${type}`);
  const n = x.length;
  if (n === 0) return [];
  if (shape === 0 || scale === 0) return x.slice();
  const lambda = weibullScaleTrans(n, scale);
  const w = new Array<number>(n);
  if (type === 'cdf') {
    w[0] = 1;
    for (let t = 1; t < n; t++) w[t] = w[t - 1] * Math.exp(-Math.pow(t / lambda, shape));
  } else {
    // R's dweibull, written the way its C source evaluates it.
    for (let t = 1; t <= n; t++) {
      const tmp1 = Math.pow(t / lambda, shape - 1);
      w[t - 1] = (shape * tmp1 * Math.exp(-tmp1 * (t / lambda))) / lambda;
    }
    // Reductions rather than Math.min(...w): spreading a long series overflows the stack.
    const min = w.reduce((m, v) => Math.min(m, v), Infinity);
    const range = w.reduce((m, v) => Math.max(m, v), -Infinity) - min;
    // Robyn's .normalize() falls back to an impulse when the density is flat (only n = 1).
    for (let t = 0; t < n; t++) w[t] = range === 0 ? (t === 0 ? 1 : 0) : (w[t] - min) / range;
  }
  return convolve(x, w);
}

/**
 * Meridian `_hill`: x^slope / (x^slope + ec^slope); ec is the half-saturation point. Also
 * LightweightMMM `hill` and PyMC-Marketing `hill_function` (kappa = ec).
 */
export function hill(x: readonly number[], ec: number, slope: number): number[] {
  checkSeries(x, true);
  checkPositive('ec', ec);
  checkPositive('slope', slope);
  // Same value as the textbook form, but x^slope cannot overflow into Infinity / Infinity.
  return x.map((v) => (v === 0 ? 0 : 1 / (1 + Math.pow(ec / v, slope))));
}

/**
 * Current Robyn's Hill inflexion: max(x) * gamma. Robyn releases of 2021-2024 interpolated
 * within the range instead, min(x) + gamma (max(x) - min(x)), which differs when min(x) > 0.
 */
export function robynInflexion(x: readonly number[], gamma: number): number {
  checkSeries(x, true);
  checkInRange('gamma', gamma, 0, 1, true);
  if (x.length === 0) throw new RangeError('invalid x: empty');
  return x.reduce((m, v) => Math.max(m, v), 0) * gamma;
}

/**
 * Current Robyn `saturation_hill`: x^alpha / (x^alpha + inflexion^alpha) with
 * inflexion = robynInflexion(x, gamma). The curve depends on the whole series through max(x).
 */
export function robynHill(x: readonly number[], alpha: number, gamma: number): number[] {
  checkSeries(x, true);
  checkPositive('alpha', alpha);
  checkInRange('gamma', gamma, 0, 1, true);
  if (x.length === 0) return [];
  const inflexion = robynInflexion(x, gamma);
  // An all-zero series gives Robyn 0 / 0; no spend means no response.
  if (inflexion === 0) return x.map(() => 0);
  return hill(x, inflexion, alpha);
}

/** PyMC-Marketing `logistic_saturation`: (1 - exp(-lam x)) / (1 + exp(-lam x)). */
export function logisticSaturation(x: readonly number[], lam: number): number[] {
  checkSeries(x, true);
  checkPositive('lam', lam);
  // tanh(u / 2) is the same function without the cancellation in 1 - exp(-u) at small u.
  return x.map((v) => Math.tanh((lam * v) / 2));
}

/** Michaelis-Menten, alpha x / (lam + x): PyMC-Marketing `michaelis_menten`, Robyn `mic_men` (Vmax, Km). */
export function michaelisMenten(x: readonly number[], alpha: number, lam: number): number[] {
  checkSeries(x, true);
  checkPositive('alpha', alpha);
  checkPositive('lam', lam);
  return x.map((v) => (alpha * v) / (lam + v));
}

/**
 * Periods until geometric carry-over with retention theta falls to half: ln 0.5 / ln theta.
 * theta = 1 (nothing ever decays) has an infinite half-life, so that halfLife and
 * retentionFromHalfLife are inverse on all of [0, 1].
 */
export function halfLife(theta: number): number {
  checkInRange('theta', theta, 0, 1);
  return theta === 1 ? Infinity : Math.log(0.5) / Math.log(theta);
}

/** Per-period retention with half-life h: 2^(-1/h); h = 0 gives 0 and h = Infinity gives 1. */
export function retentionFromHalfLife(h: number): number {
  if (Number.isNaN(h) || h < 0) throw new RangeError(`invalid h: ${h}`);
  return Math.pow(2, -1 / h);
}

/** Causal convolution y[t] = sum_l w[l] x[t - l], with x before t = 0 taken as 0. */
function convolve(x: readonly number[], w: readonly number[]): number[] {
  return x.map((_, t) => {
    let s = 0;
    for (let l = 0; l <= t && l < w.length; l++) s += w[l] * x[t - l];
    return s;
  });
}

/** R's round(v, 0): ties go to the even neighbour (IEC 60559), unlike Math.round. */
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d !== 0.5) return Math.round(v);
  return f % 2 === 0 ? f : f + 1;
}

// Saturation curves take spend or exposure, which cannot be negative; adstock only needs
// finite values.
function checkSeries(x: readonly number[], nonNegative: boolean): void {
  if (!Array.isArray(x)) throw new RangeError(`invalid x: ${x}`);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || (nonNegative && v < 0)) {
      throw new RangeError(`invalid x[${i}]: ${v}`);
    }
  }
}

function checkInRange(name: string, v: number, lo: number, hi: number, openLow = false): void {
  const ok = Number.isFinite(v) && (openLow ? v > lo : v >= lo) && v <= hi;
  if (!ok) throw new RangeError(`invalid ${name}: ${v}`);
}

function checkPositive(name: string, v: number): void {
  if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`invalid ${name}: ${v}`);
}

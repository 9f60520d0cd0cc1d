// Seeded pseudo-random numbers for the agent engine. Every draw in the model comes from a
// source created here and passed in, so a seed reproduces a run exactly in Node and browsers.
// The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 128-bit state),
// seeded through splitmix32 so that neighbouring integer seeds give unrelated streams.

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A uniform source in [0, 1) with 32 bits of resolution, fully determined by `seed`. */
export function randomSource(seed: number): RandomSource {
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed}`);
  const mix = splitmix32(Math.trunc(seed));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next: RandomSource = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 needs a few rounds to mix a fresh state.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Standard normal draws by the polar Box-Muller method. */
export function randomNormal(source: RandomSource): () => number {
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const value = spare;
      spare = Number.NaN;
      return value;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * source() - 1;
      v = 2 * source() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    return u * factor;
  };
}

/**
 * Gamma(shape, scale) draws by Marsaglia and Tsang (2000); shapes below 1 use the
 * boost g * U^(1/shape) with g ~ Gamma(shape + 1).
 */
export function randomGamma(source: RandomSource, shape: number, scale = 1): () => number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`invalid shape: ${shape}`);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`invalid scale: ${scale}`);
  const normal = randomNormal(source);
  const boosted = shape < 1;
  const k = boosted ? shape + 1 : shape;
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return () => {
    let value: number;
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = source();
      if (u < 1 - 0.0331 * x * x * x * x) {
        value = d * v;
        break;
      }
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        value = d * v;
        break;
      }
    }
    if (boosted) value *= Math.pow(1 - source(), 1 / shape);
    return value * scale;
  };
}

/**
 * Number of monthly trials up to and including the first success, each succeeding with
 * probability `p`: Geometric on {1, 2, ...}, mean 1 / p. One uniform draw per call.
 */
export function geometricDraw(source: RandomSource, p: number): number {
  if (p >= 1) return 1;
  const u = 1 - source(); // in (0, 1]
  return 1 + Math.floor(Math.log(u) / Math.log1p(-p));
}

import { describe, expect, it } from 'vitest';
import { geometricDraw, randomGamma, randomNormal, randomSource } from '../src/model/random.ts';
import { mean } from './helpers.ts';

describe('randomSource', () => {
  it('gives the same golden stream for seed 42 on every platform', () => {
    const next = randomSource(42);
    const first = [next(), next(), next()].map((x) => Math.round(x * 2 ** 32));
    expect(first).toEqual(GOLDEN_42);
  });

  it('repeats exactly for the same seed and differs for neighbouring seeds', () => {
    const a = randomSource(7);
    const b = randomSource(7);
    const c = randomSource(8);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
  });

  it('stays in [0, 1) with mean 1/2 and variance 1/12 over 10^6 draws', () => {
    const next = randomSource(1);
    let sum = 0;
    let squares = 0;
    let min = 1;
    let max = 0;
    const n = 1_000_000;
    for (let i = 0; i < n; i++) {
      const x = next();
      sum += x;
      squares += x * x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(squares / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 3);
  });

  it('rejects a non-finite seed with a clear message', () => {
    expect(() => randomSource(Number.NaN)).toThrow('invalid seed: NaN');
  });
});

describe('derived draws', () => {
  it('draws standard normals with mean 0 and variance 1', () => {
    const normal = randomNormal(randomSource(3));
    const xs = Array.from({ length: 200_000 }, normal);
    const m = mean(xs);
    expect(Math.abs(m)).toBeLessThan(0.01);
    expect(mean(xs.map((x) => (x - m) ** 2))).toBeCloseTo(1, 1);
  });

  it.each([0.3, 1, 5])('draws Gamma(k, 1/k) with mean 1 and variance 1/k for k = %s', (k) => {
    const gamma = randomGamma(randomSource(11), k, 1 / k);
    const xs = Array.from({ length: 200_000 }, gamma);
    const m = mean(xs);
    expect(m).toBeCloseTo(1, 1);
    expect(mean(xs.map((x) => (x - m) ** 2)) * k).toBeCloseTo(1, 1);
  });

  it('draws geometric spells on {1, 2, ...} with mean 1/p', () => {
    const next = randomSource(5);
    const xs = Array.from({ length: 200_000 }, () => geometricDraw(next, 1 / 57));
    expect(xs.reduce((a, b) => Math.min(a, b))).toBe(1);
    expect(xs.every(Number.isInteger)).toBe(true);
    expect(mean(xs) / 57).toBeCloseTo(1, 1);
    expect(geometricDraw(next, 1)).toBe(1);
  });
});

// Recorded from the first run of this implementation; a change here changes every seeded figure.
const GOLDEN_42 = [1028872839, 2516511472, 400437680];

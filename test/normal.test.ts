import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../src/model/normal.ts';

// Reference values of Phi from R's pnorm (double precision).
const PNORM: [number, number][] = [
  [0, 0.5],
  [1, 0.8413447460685429],
  [-1, 0.15865525393145705],
  [1.96, 0.9750021048517795],
  [-3, 0.0013498980316300946],
  [5, 0.9999997133484281],
  [-8, 6.22096057427178e-16],
  [-20, 2.7536241186062337e-89],
];

describe('normalCdf', () => {
  it.each(PNORM)('matches R pnorm(%s) to 1e-15 absolute and 1e-12 relative', (x, expected) => {
    const error = Math.abs(normalCdf(x) - expected);
    expect(error).toBeLessThan(1e-15);
    expect(error / expected).toBeLessThan(1e-12);
  });

  it('is monotone and within [0, 1] from -40 to 40', () => {
    let previous = -1;
    for (let x = -40; x <= 40; x += 0.01) {
      const p = normalCdf(x);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      previous = p;
    }
  });
});

describe('normalQuantile', () => {
  it('inverts normalCdf to 1e-12 across the unit interval', () => {
    for (let p = 1e-12; p < 1; p = p < 0.01 ? p * 10 : p + 0.01) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-12 * Math.max(1, 1 / p) * p + 1e-15);
    }
  });

  it('matches R qnorm at 0.025 and 1e-10', () => {
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
  });

  it('returns infinities at the ends and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { auction } from '../src/model/index.ts';
import { fitHill, robynParameters } from '../src/model/fit.ts';
import { hill, robynHill } from '../src/model/mmm.ts';

describe('least-squares Hill fit', () => {
  it.each([
    [5_000, 1, 120],
    [12_000, 2.5, 40],
    [800, 0.6, 3],
  ])('recovers ec %s, slope %s and beta %s from exact Hill data', (ec, slope, beta) => {
    const xs = Array.from({ length: 41 }, (_, i) => (i * ec * 4) / 40);
    const ys = hill(xs, ec, slope).map((h) => beta * h);
    const fit = fitHill(xs, ys)!;
    expect(fit.ec / ec).toBeCloseTo(1, 5);
    expect(fit.slope / slope).toBeCloseTo(1, 5);
    expect(fit.beta / beta).toBeCloseTo(1, 5);
    expect(fit.r2).toBeCloseTo(1, 9);
  });

  it('describes the lognormal auction\u2019s clicks-versus-spend curve closely below saturation (R^2 > 0.999)', () => {
    const market = { opportunities: 1_600, medianCpc: 15, cpcSpread: 0.8 };
    const saturation = 1_600 * 15 * Math.exp(0.8 ** 2 / 2);
    const response = (top: number) => {
      const xs = Array.from({ length: 61 }, (_, i) => (i * top) / 60);
      return fitHill(
        xs,
        xs.map((x) => auction(x, market).clicks),
      )!;
    };
    const below = response(saturation);
    expect(below.r2).toBeGreaterThan(0.999);
    // Fitted only on spend below the pool's edge, the curve promises clicks the pool does not have.
    expect(below.beta).toBeGreaterThan(1_600);
    // Past the edge the response is flat, which a Hill curve approaches only slowly.
    const beyond = response(1.8 * saturation);
    expect(beyond.r2).toBeGreaterThan(0.98);
    expect(beyond.r2).toBeLessThan(below.r2);
  });

  it('gives the same curve in Robyn\u2019s parameters', () => {
    const xs = [0, 10, 20, 50, 100];
    const fit = { ec: 30, slope: 2 };
    const { alpha, gamma } = robynParameters(fit, 100);
    expect(robynHill(xs, alpha, gamma)).toEqual(hill(xs, fit.ec, fit.slope).map((v, i) => (xs[i] === 0 ? 0 : v)));
  });

  it('returns null when there is nothing to fit', () => {
    expect(fitHill([0, 0, 0], [1, 2, 3])).toBeNull();
    expect(fitHill([1, 2, 3, 4], [0, 0, 0, 0])).toBeNull();
  });
});

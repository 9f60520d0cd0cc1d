// The browser bundle replaces parts of d3 that no chart uses with stand-ins (astro.config.mjs,
// src/lib/shims/): d3-scale imports colour blending and calendar time, which the charts never
// ask for. Each stand-in must export every name the real module does, or d3-scale would fail to
// link after an upgrade, and each must fail loudly rather than draw something wrong if a chart
// ever reached for one.

import { describe, expect, it } from 'vitest';
import * as color from '../src/lib/shims/d3-color.ts';
import * as interpolate from '../src/lib/shims/d3-interpolate.ts';
import * as time from '../src/lib/shims/d3-time.ts';
import * as timeFormat from '../src/lib/shims/d3-time-format.ts';

/** The real module, as installed (untyped here). */
async function real(name: string): Promise<string[]> {
  return Object.keys((await import(/* @vite-ignore */ name)) as Record<string, unknown>).sort();
}

describe('bundle stand-ins', () => {
  it.each([
    ['d3-color', color, 'rgb'],
    ['d3-interpolate', interpolate, 'interpolateRgb'],
    ['d3-time', time, 'utcMonth'],
    ['d3-time-format', timeFormat, 'utcFormat'],
  ] as const)('%s: every export, each failing with a reason', async (name, shim, sample) => {
    expect(Object.keys(shim).sort()).toEqual(await real(name));
    expect(() => (shim as Record<string, () => unknown>)[sample]!()).toThrow(`${name} is not bundled`);
  });

  it('d3-interpolate: what scales use is d3\u2019s own, value for value', async () => {
    const name = 'd3-interpolate';
    const real = (await import(/* @vite-ignore */ name)) as typeof interpolate;
    for (const [a, b] of [
      [0, 1],
      [-3.5, 120],
      [640, 20],
    ] as const)
      for (const t of [0, 0.25, 0.5, 1, 1.5, -0.2]) {
        expect(interpolate.interpolateNumber(a, b)(t)).toBe(real.interpolateNumber(a, b)(t));
        expect(interpolate.interpolateRound(a, b)(t)).toBe(real.interpolateRound(a, b)(t));
        expect(interpolate.interpolate(a, b)(t)).toBe(real.interpolate(a, b)(t));
        expect(interpolate.piecewise([a, b, a + b])(t)).toBe(real.piecewise([a, b, a + b])(t));
        expect(interpolate.piecewise(interpolate.interpolateRound, [a, b, 7])(t)).toBe(
          real.piecewise(real.interpolateRound, [a, b, 7])(t),
        );
      }
    expect(interpolate.quantize(interpolate.interpolateNumber(2, 9), 5)).toEqual(
      real.quantize(real.interpolateNumber(2, 9), 5),
    );
    expect(interpolate.interpolateNumber.length).toBe(2);
    expect(interpolate.interpolate(1, null)(0.5)).toBe(real.interpolate(1, null)(0.5));
    expect(() => interpolate.interpolate('red', 'blue')).toThrow('d3-interpolate is not bundled');
  });

  it('d3-time: every interval is an object of its own', () => {
    expect(new Set(Object.values(time)).size).toBe(Object.keys(time).length);
  });
});

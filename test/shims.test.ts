// The browser bundle replaces parts of d3 and Observable Plot that no chart uses with stand-ins
// (astro.config.mjs, src/lib/shims/). Each must export every name the real module does, or Plot
// would fail to link after an upgrade, and each must fail loudly rather than draw something wrong
// if a chart ever reached for one.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as color from '../src/lib/shims/d3-color.ts';
import * as interpolate from '../src/lib/shims/d3-interpolate.ts';
import * as geo from '../src/lib/shims/d3-geo.ts';
import * as chromatic from '../src/lib/shims/d3-scale-chromatic.ts';
import * as time from '../src/lib/shims/d3-time.ts';
import * as timeFormat from '../src/lib/shims/d3-time-format.ts';
import * as plotLegends from '../src/lib/shims/plot-legends.ts';
import * as plotTip from '../src/lib/shims/plot-tip.ts';
import * as plotProjection from '../src/lib/shims/plot-projection.ts';
import * as plotBin from '../src/lib/shims/plot-bin.ts';
import * as plotCurve from '../src/lib/shims/plot-curve.ts';

/** The real module, as installed (untyped here). */
async function real(name: string): Promise<string[]> {
  return Object.keys((await import(/* @vite-ignore */ name)) as Record<string, unknown>).sort();
}

const PLOT = '../node_modules/@observablehq/plot/src/';

describe('bundle stand-ins', () => {
  it.each([
    ['d3-color', color, 'rgb'],
    ['d3-geo', geo, 'geoPath'],
    ['d3-interpolate', interpolate, 'interpolateRgb'],
    ['d3-scale-chromatic', chromatic, 'interpolateTurbo'],
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

  it('d3-time: every interval is an object of its own, which Plot tags when it loads', () => {
    expect(new Set(Object.values(time)).size).toBe(Object.keys(time).length);
  });

  it('Plot: tips, pointers, legends and projections export every name Plot imports', async () => {
    for (const module of ['marks/tip.js', 'interactions/pointer.js'])
      for (const key of await real(`${PLOT}${module}`)) expect(Object.keys(plotTip), module).toContain(key);
    expect(Object.keys(plotLegends).sort()).toEqual(await real(`${PLOT}legends.js`));
    expect(Object.keys(plotProjection).sort()).toEqual(await real(`${PLOT}projection.js`));
    expect(Object.keys(plotBin).sort()).toEqual(await real(`${PLOT}transforms/bin.js`));
    expect(Object.keys(plotCurve).sort()).toEqual(await real(`${PLOT}curve.js`));
  });

  it('Plot: the curves the charts draw are d3\u2019s own, as Plot\u2019s table gives them; any other fails loudly', async () => {
    const real = (await import(/* @vite-ignore */ `${PLOT}curve.js`)) as typeof plotCurve;
    for (const name of ['linear', 'step-after', 'LINEAR', undefined])
      expect(plotCurve.maybeCurve(name)).toBe(real.maybeCurve(name));
    for (const name of ['auto', 'linear', 'step-after', undefined])
      expect(plotCurve.maybeCurveAuto(name)).toBe(
        name === 'auto' || name === undefined ? plotCurve.curveAuto : real.maybeCurveAuto(name),
      );
    const custom = () => null;
    expect(plotCurve.maybeCurve(custom)).toBe(custom);
    expect(() => plotCurve.maybeCurve('basis')).toThrow('is not bundled');
    expect(() => plotCurve.maybeCurveAuto('monotone-x')).toThrow('is not bundled');
  });

  it('every curve the figures ask for is one the stand-in keeps', () => {
    const sources = readdirSync(new URL('../src/', import.meta.url), { recursive: true })
      .filter((f) => String(f).endsWith('.ts'))
      .map((f) => readFileSync(new URL(`../src/${String(f)}`, import.meta.url), 'utf8'));
    const asked = new Set(
      sources.flatMap((text) =>
        [...text.matchAll(/curve:\s*(?:options\.curve\s*\?\?\s*)?'([a-z-]+)'/g)].map((m) => m[1]!),
      ),
    );
    // The site's line chart takes these two names too (lineChart's curve option), drawing them with d3-shape.
    expect(asked.size).toBeGreaterThan(0);
    for (const name of asked) expect(['linear', 'step-after']).toContain(name);
    for (const name of asked) expect(() => plotCurve.maybeCurve(name)).not.toThrow();
  });

  it('Plot: line and area options pass through unbinned, as Plot\u2019s own do without an interval', async () => {
    const real = (await import(/* @vite-ignore */ `${PLOT}transforms/bin.js`)) as typeof plotBin;
    const options = { x: 'month', y: 'cpl', curve: 'linear' };
    expect(plotBin.maybeDenseIntervalX(options)).toBe(real.maybeDenseIntervalX(options));
    expect(plotBin.maybeDenseIntervalY(options)).toBe(real.maybeDenseIntervalY(options));
    expect(() => plotBin.maybeDenseIntervalY({ ...options, interval: 1 })).toThrow('binning is not bundled');
    expect(() => plotBin.binX()).toThrow('binning is not bundled');
  });

  it('Plot: without a projection the answers are Plot\u2019s own; with one, a loud failure', async () => {
    const real = (await import(/* @vite-ignore */ `${PLOT}projection.js`)) as typeof plotProjection;
    expect(plotProjection.createProjection({})).toBe(real.createProjection({}));
    expect(plotProjection.hasProjection({})).toBe(real.hasProjection({}));
    expect(plotProjection.projectionAspectRatio(undefined)).toBe(real.projectionAspectRatio(undefined));
    expect(() => plotProjection.createProjection({ projection: 'mercator' })).toThrow('projections are not bundled');
    expect(() => plotProjection.hasProjection({ projection: 'mercator' })).toThrow('projections are not bundled');
  });

  it('Plot: no legend is drawn unless asked for, and asking fails loudly', () => {
    expect(plotLegends.createLegends({ x: {} }, {}, { x: { legend: true }, color: {} })).toEqual([]);
    expect(() => plotLegends.createLegends({ color: {} }, {}, { color: { legend: true } })).toThrow('not bundled');
    expect(() => plotLegends.exposeLegends()()).toThrow('not bundled');
    expect(() => plotTip.tip()).toThrow('tips and pointers are not bundled');
  });
});

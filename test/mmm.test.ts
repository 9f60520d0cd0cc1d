import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  geometricAdstock,
  halfLife,
  hill,
  logisticSaturation,
  meridianAdstock,
  michaelisMenten,
  retentionFromHalfLife,
  robynHill,
  robynInflexion,
  weibullAdstock,
  weibullScaleTrans,
} from '../src/model/mmm.ts';

// The reference vectors (test/fixtures/reference/README.md says where they come from), computed
// from each library's own source; every leaf is either reproduced here, an input, or skipped with a reason.
const vectors: unknown = JSON.parse(
  fs.readFileSync(new URL('./fixtures/reference/mmm-vectors.json', import.meta.url), 'utf8'),
);

/** Key paths join the JSON keys with '/', because the keys themselves contain dots. */
function at(path: string): unknown {
  let node: unknown = vectors;
  for (const key of path.split('/')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node)) {
      throw new Error(`no key ${path} in mmm-vectors.json`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function num(path: string): number {
  const v = at(path);
  if (typeof v !== 'number') throw new Error(`${path} is not a number`);
  return v;
}

function arr(path: string): number[] {
  const v = at(path);
  if (!Array.isArray(v) || !v.every((e) => typeof e === 'number')) throw new Error(`${path} is not a number[]`);
  return v as number[];
}

const TOLERANCE = 1e-9;

/** Elements that differ by more than 1e-9 * max(1, |expected|), as readable lines. */
function mismatches(actual: number | number[], expected: unknown): string[] {
  const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
  if (typeof actual === 'number') {
    if (typeof expected !== 'number') return [`expected ${JSON.stringify(expected)}, got number ${actual}`];
    return close(actual, expected) ? [] : [`${actual} != ${expected}`];
  }
  if (!Array.isArray(expected)) return [`expected ${JSON.stringify(expected)}, got array`];
  if (actual.length !== expected.length) return [`length ${actual.length} != ${expected.length}`];
  return actual.flatMap((a, i) => {
    const b: unknown = expected[i];
    return typeof b === 'number' && close(a, b) ? [] : [`[${i}]: ${a} != ${String(b)}`];
  });
}

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);
const impulse = (n: number) => Array.from({ length: n }, (_, t) => (t === 0 ? 1 : 0));
/** A transform's kernel: its response to a unit impulse, trailing zero taps dropped. */
function taps(response: number[]): number[] {
  let end = response.length;
  while (end > 0 && response[end - 1] === 0) end--;
  return response.slice(0, end);
}

interface Case {
  /** The vector this case reproduces. */
  key: string;
  /** What the case proves, used as the test name. */
  name: string;
  actual: () => number | number[];
}

const G8 = 'geometric_x8_alpha0.5';
const x8 = arr(`${G8}/x`);
const a8 = num(`${G8}/alpha`);
const G10 = 'geometric_x10_alpha0.7';
const x10 = arr(`${G10}/x`);
const a10 = num(`${G10}/alpha`);

/** Robyn and LightweightMMM keys present for both geometric series. */
function robynGeometricCases(group: string, x: number[], alpha: number, label: string): Case[] {
  const robyn = `${group}/robyn_adstock_geometric`;
  return [
    {
      key: `${robyn}/x_decayed`,
      name: `geometricAdstock with defaults reproduces Robyn adstock_geometric on ${label}`,
      actual: () => geometricAdstock(x, alpha),
    },
    {
      key: `${robyn}/thetaVecCum`,
      name: `alpha times geometricAdstock's impulse response reproduces Robyn's thetaVecCum (alpha^(t+1)) on ${label}`,
      actual: () => geometricAdstock(impulse(x.length), alpha).map((v) => alpha * v),
    },
    {
      key: `${robyn}/inflation_total`,
      name: `sum(geometricAdstock(x)) / sum(x) reproduces Robyn's inflation_total on ${label}`,
      actual: () => sum(geometricAdstock(x, alpha)) / sum(x),
    },
    {
      key: `${group}/lightweight_adstock_normalise_true`,
      name: `(1 - alpha) times geometricAdstock reproduces LightweightMMM adstock(normalise=True) on ${label}`,
      actual: () => geometricAdstock(x, alpha).map((v) => (1 - alpha) * v),
    },
  ];
}

/** Meridian keys: y always; window_size and weights_by_lag read off the impulse response. */
function meridianCases(
  key: string,
  x: number[],
  alpha: number,
  maxLag: number,
  decay: 'geometric' | 'binomial',
  label: string,
): Case[] {
  const kernel = () => taps(meridianAdstock(impulse(x.length), alpha, maxLag, decay));
  const cases: Case[] = [
    {
      key: `${key}/y`,
      name: `meridianAdstock ${decay} reproduces Meridian _adstock y with max_lag ${maxLag} on ${label}`,
      actual: () => meridianAdstock(x, alpha, maxLag, decay),
    },
    {
      key: `${key}/window_size`,
      name: `meridianAdstock ${decay} with max_lag ${maxLag} has Meridian's window_size min(max_lag + 1, n) taps on ${label}`,
      actual: () => kernel().length,
    },
  ];
  if (typeof (at(key) as Record<string, unknown>)['weights_by_lag'] !== 'undefined') {
    cases.push({
      key: `${key}/weights_by_lag`,
      name: `meridianAdstock ${decay}'s impulse response reproduces Meridian weights_by_lag with max_lag ${maxLag} on ${label}`,
      actual: kernel,
    });
  }
  return cases;
}

const geometricCases: Case[] = [
  ...robynGeometricCases(G8, x8, a8, 'x8, alpha 0.5'),
  ...robynGeometricCases(G10, x10, a10, 'x10, alpha 0.7'),
  {
    key: `${G8}/lightweight_adstock_normalise_false`,
    name: 'geometricAdstock with defaults reproduces LightweightMMM adstock(normalise=False) on x8, alpha 0.5',
    actual: () => geometricAdstock(x8, a8),
  },
  {
    key: `${G10}/simmmulator_step5b_decay`,
    name: "geometricAdstock with defaults reproduces siMMMulator step_5b_decay's recursion on x10, alpha 0.7",
    actual: () => geometricAdstock(x10, a10),
  },
  {
    key: `${G8}/pymc_geometric_adstock_lmax4_normalize_false/weights`,
    name: "geometricAdstock's impulse response with lMax 4 reproduces PyMC-Marketing weights alpha^l on x8, alpha 0.5",
    actual: () => taps(geometricAdstock(impulse(x8.length), a8, { lMax: 4 })),
  },
  {
    key: `${G8}/pymc_geometric_adstock_lmax4_normalize_false/y`,
    name: 'geometricAdstock with lMax 4 truncates the carry-over like PyMC-Marketing geometric_adstock on x8, alpha 0.5',
    actual: () => geometricAdstock(x8, a8, { lMax: 4 }),
  },
  {
    key: `${G8}/pymc_geometric_adstock_lmax4_normalize_true/weights`,
    name: "geometricAdstock's impulse response with lMax 4, normalize reproduces PyMC-Marketing's normalized weights on x8, alpha 0.5",
    actual: () => taps(geometricAdstock(impulse(x8.length), a8, { lMax: 4, normalize: true })),
  },
  {
    key: `${G8}/pymc_geometric_adstock_lmax4_normalize_true/y`,
    name: 'geometricAdstock with lMax 4, normalize reproduces PyMC-Marketing geometric_adstock on x8, alpha 0.5',
    actual: () => geometricAdstock(x8, a8, { lMax: 4, normalize: true }),
  },
  {
    key: `${G10}/pymc_lmax12_normalize_true`,
    name: 'geometricAdstock normalizes over all 12 weights when lMax 12 exceeds the 10-period series, like PyMC-Marketing',
    actual: () => geometricAdstock(x10, a10, { lMax: 12, normalize: true }),
  },
  {
    key: `${G10}/pymc_lmax12_normalize_false`,
    name: 'geometricAdstock with lMax 12 beyond the series length reproduces PyMC-Marketing geometric_adstock on x10, alpha 0.7',
    actual: () => geometricAdstock(x10, a10, { lMax: 12 }),
  },
  ...meridianCases(`${G8}/meridian_geometric_max_lag3`, x8, a8, 3, 'geometric', 'x8, alpha 0.5'),
  ...meridianCases(`${G8}/meridian_geometric_max_lag4`, x8, a8, 4, 'geometric', 'x8, alpha 0.5'),
  ...meridianCases(`${G8}/meridian_geometric_max_lag8`, x8, a8, 8, 'geometric', 'x8, alpha 0.5'),
  ...meridianCases(`${G8}/meridian_binomial_max_lag4`, x8, a8, 4, 'binomial', 'x8, alpha 0.5'),
  ...meridianCases(`${G10}/meridian_geometric_max_lag8`, x10, a10, 8, 'geometric', 'x10, alpha 0.7'),
  ...meridianCases(`${G10}/meridian_geometric_max_lag20`, x10, a10, 20, 'geometric', 'x10, alpha 0.7'),
  ...meridianCases(`${G10}/meridian_binomial_alpha0.3_max_lag8`, x10, 0.3, 8, 'binomial', 'x10, alpha 0.3'),
];

const xw = arr('weibull/x');
const weibullCases: Case[] = (
  [
    ['cdf', 2, 0.3],
    ['pdf', 2, 0.3],
    ['cdf', 0.5, 0.1],
    ['pdf', 0.5, 0.1],
  ] as const
).flatMap(([type, shape, scale]): Case[] => {
  const key = `weibull/robyn_weibull_${type}_shape${shape}_scale${scale}`;
  const label = `${type.toUpperCase()}, shape ${shape}, scale ${scale}`;
  const kernel = () => weibullAdstock(impulse(xw.length), shape, scale, type);
  return [
    {
      key: `${key}/x_decayed`,
      name: `weibullAdstock reproduces Robyn adstock_weibull x_decayed (${label})`,
      actual: () => weibullAdstock(xw, shape, scale, type),
    },
    {
      key: `${key}/thetaVecCum`,
      name: `weibullAdstock's impulse response is Robyn's thetaVecCum kernel (${label})`,
      actual: kernel,
    },
    {
      key: `${key}/scaleTrans`,
      name: `weibullScaleTrans reproduces Robyn's scaleTrans = round(quantile(1:n, scale)) (${label})`,
      actual: () => weibullScaleTrans(xw.length, scale),
    },
    {
      key: `${key}/x_imme`,
      name: `x times the lag-0 tap of weibullAdstock's kernel reproduces Robyn's x_imme (${label})`,
      actual: () => {
        const w0 = kernel()[0] ?? Number.NaN;
        return xw.map((v) => v * w0);
      },
    },
    {
      key: `${key}/inflation_total`,
      name: `sum(weibullAdstock(x)) / sum(x) reproduces Robyn's inflation_total (${label})`,
      actual: () => sum(weibullAdstock(xw, shape, scale, type)) / sum(xw),
    },
  ];
});

const hx = arr('hill/x');
const rx = arr('hill/robyn_x');
const RH = 'hill/robyn_saturation_hill';
const hillCases: Case[] = [
  {
    key: 'hill/meridian_hill_ec2_slope1',
    name: 'hill reproduces Meridian _hill with ec 2, slope 1',
    actual: () => hill(hx, 2, 1),
  },
  {
    key: 'hill/meridian_hill_ec2_slope2.5',
    name: 'hill reproduces Meridian _hill with ec 2, slope 2.5',
    actual: () => hill(hx, 2, 2.5),
  },
  {
    key: 'hill/lightweight_hill_ec2_slope2.5',
    name: 'hill reproduces LightweightMMM hill 1 / (1 + (x / ec)^-slope), including 0 at x = 0',
    actual: () => hill(hx, 2, 2.5),
  },
  {
    key: 'hill/pymc_hill_function_slope2.5_kappa2',
    name: 'hill(x, kappa, slope) reproduces PyMC-Marketing hill_function with kappa 2, slope 2.5',
    actual: () => hill(hx, 2, 2.5),
  },
  {
    key: `${RH}_alpha2_gamma0.3_current/inflexion`,
    name: 'robynInflexion is max(x) * gamma, current Robyn (30 for gamma 0.3 on robyn_x)',
    actual: () => robynInflexion(rx, 0.3),
  },
  {
    key: `${RH}_alpha2_gamma0.3_current/x_saturated`,
    name: 'robynHill reproduces current Robyn saturation_hill with alpha 2, gamma 0.3',
    actual: () => robynHill(rx, 2, 0.3),
  },
  {
    key: `${RH}_alpha0.8_gamma0.6_current/inflexion`,
    name: 'robynInflexion is max(x) * gamma, current Robyn (60 for gamma 0.6 on robyn_x)',
    actual: () => robynInflexion(rx, 0.6),
  },
  {
    key: `${RH}_alpha0.8_gamma0.6_current/x_saturated`,
    name: 'robynHill reproduces current Robyn saturation_hill with alpha 0.8, gamma 0.6 (C-shaped)',
    actual: () => robynHill(rx, 0.8, 0.6),
  },
  {
    key: `${RH}_alpha2_gamma0.3_current_x_marginal/inflexion`,
    name: 'robynInflexion takes the inflexion from the full series when Robyn evaluates x_marginal',
    actual: () => robynInflexion(rx, 0.3),
  },
  {
    key: `${RH}_alpha2_gamma0.3_current_x_marginal/x_saturated`,
    name: "hill at robynInflexion(x, gamma) reproduces current Robyn saturation_hill's x_marginal output",
    actual: () => hill(arr(`${RH}_alpha2_gamma0.3_current_x_marginal/x_marginal`), robynInflexion(rx, 0.3), 2),
  },
  {
    key: `${RH}_alpha2_gamma0.3_2022_2024/x_saturated`,
    name: 'hill at the range-interpolated inflexion reproduces Robyn saturation_hill of 2022-2024',
    actual: () => hill(rx, num(`${RH}_alpha2_gamma0.3_2022_2024/inflexion`), 2),
  },
  {
    key: `${RH}_alpha2_gamma0.3_v3_2021/x_saturated`,
    name: 'hill at the range-quantile inflexion reproduces Robyn saturation_hill of v3 (2021)',
    actual: () => hill(rx, num(`${RH}_alpha2_gamma0.3_v3_2021/inflexion`), 2),
  },
  {
    key: 'hill/meridian_media_scaling_example/hill_ec0.8_slope1_on_scaled',
    name: 'hill reproduces Meridian _hill with ec 0.8, slope 1 on median-scaled media, zeros staying 0',
    actual: () => hill(arr('hill/meridian_media_scaling_example/scaled'), 0.8, 1),
  },
  {
    key: 'simmmulator_step5c/output_x_times_hill',
    name: 'x times hill(x, gammaTrans, alpha) reproduces siMMMulator step_5c_diminishing_returns',
    actual: () => {
      const x = arr('simmmulator_step5c/x');
      const s = hill(x, num('simmmulator_step5c/gammaTrans'), num('simmmulator_step5c/alpha'));
      return s.map((v, i) => v * (x[i] ?? Number.NaN));
    },
  },
];

const sx = arr('saturation_other/x');
const mx = arr('saturation_other/mm_x');
const saturationCases: Case[] = [
  ...[0.5, 1, 3].map((lam): Case => ({
    key: `saturation_other/pymc_logistic_lam${lam.toFixed(1)}`,
    name: `logisticSaturation reproduces PyMC-Marketing logistic_saturation with lam ${lam}`,
    actual: () => logisticSaturation(sx, lam),
  })),
  {
    key: 'saturation_other/pymc_inverse_scaled_logistic_lam2',
    name: 'logisticSaturation at rate ln(3) / lam reproduces PyMC-Marketing inverse_scaled_logistic_saturation (half saturation at x = lam)',
    actual: () => logisticSaturation(sx, Math.log(3) / 2),
  },
  {
    key: 'saturation_other/pymc_tanh_b2_c0.5',
    name: 'b times logisticSaturation at rate 2 / (b c) reproduces PyMC-Marketing tanh_saturation, since tanh(u/2) is the logistic curve',
    actual: () => logisticSaturation(sx, 2 / (2 * 0.5)).map((v) => 2 * v),
  },
  {
    key: 'saturation_other/pymc_tanh_baselined_x0_1_gain0.8_r0.6',
    name: 'logisticSaturation at rate 2 atanh(r) / x0, times gain x0 / r, reproduces PyMC-Marketing tanh_saturation_baselined',
    actual: () => logisticSaturation(sx, (2 * Math.atanh(0.6)) / 1).map((v) => ((0.8 * 1) / 0.6) * v),
  },
  {
    key: 'saturation_other/pymc_michaelis_menten_alpha10_lam5',
    name: 'michaelisMenten reproduces PyMC-Marketing michaelis_menten with alpha 10, lam 5',
    actual: () => michaelisMenten(mx, 10, 5),
  },
  {
    key: 'saturation_other/robyn_mic_men_Vmax10_Km5',
    name: 'michaelisMenten(x, Vmax, Km) reproduces Robyn mic_men with Vmax 10, Km 5',
    actual: () => michaelisMenten(mx, 10, 5),
  },
];

const LEONE = ['6mo', '9mo'].map((d) => `half_life/leone_90pct_duration_${d}_to_weekly_lambda`);
const halfLifeCases: Case[] = [
  ...[0.1, 0.3, 0.5, 0.7, 0.8, 0.9].map((theta): Case => ({
    key: `half_life/geometric_half_life_theta${theta}`,
    name: `halfLife(${theta}) is ln 0.5 / ln ${theta}`,
    actual: () => halfLife(theta),
  })),
  ...LEONE.flatMap((key): Case[] => [
    {
      key: `${key}/half_life_weeks`,
      name: `halfLife of Leone's weekly retention gives the reference half-life (${key.split('_')[4]})`,
      actual: () => halfLife(num(`${key}/lambda`)),
    },
    {
      key: `${key}/lambda`,
      name: `retentionFromHalfLife inverts halfLife on Leone's weekly retention (${key.split('_')[4]})`,
      actual: () => retentionFromHalfLife(num(`${key}/half_life_weeks`)),
    },
  ]),
];

const CASES: Case[] = [...geometricCases, ...weibullCases, ...hillCases, ...saturationCases, ...halfLifeCases];

/** Leaves read as arguments of the cases above (or of skipped vectors), not results. */
const INPUTS: readonly string[] = [
  `${G8}/x`,
  `${G8}/alpha`,
  `${G10}/x`,
  `${G10}/alpha`,
  'delayed_adstock/x',
  'weibull/x',
  'hill/x',
  'hill/robyn_x',
  // Robyn's pre-2025 inflexion, min(x) + gamma (max(x) - min(x)); robynInflexion is the current
  // max(x) * gamma, so these are fed to hill() (and checked against the old formula below).
  `${RH}_alpha2_gamma0.3_2022_2024/inflexion`,
  `${RH}_alpha2_gamma0.3_v3_2021/inflexion`,
  `${RH}_alpha2_gamma0.3_current_x_marginal/x_marginal`,
  'hill/meridian_media_scaling_example/x',
  'hill/meridian_media_scaling_example/scaled',
  'saturation_other/x',
  'saturation_other/mm_x',
  'simmmulator_step5c/x',
  'simmmulator_step5c/alpha',
  'simmmulator_step5c/gamma',
  // siMMMulator's range-quantile inflexion rounded to 4 places (Robyn v3); equal to
  // robynInflexion here only because min(x) = 0.
  'simmmulator_step5c/gammaTrans',
];

const DELAYED = 'not a required export: the delayed (peaked) geometric kernel alpha^((l - theta)^2)';
const PYMC_WEIBULL =
  'PyMC-Marketing weibull_adstock: kernel length l_max and scale lam in periods, unlike Robyn (kernel length x.length, scale as a quantile)';
const IN_MARKET =
  'in-market pool arithmetic (95-5 rule, Poisson, NBD), not an MMM transform; belongs to the market model';
const NBD = 'NBD-Dirichlet toothpaste example, not an MMM transform; belongs to the market model';
const LEONE_WEEKS = "Leone's 90% duration in weeks; its conversion lambda = 0.1^(1/(weeks + 1)) is not in mmm.ts";

const SKIPPED: ReadonlyArray<readonly [path: string, reason: string]> = [
  [
    'delayed_adstock/pymc_delayed_adstock_alpha0.5_theta1_lmax4_normalize_true/weights',
    `PyMC-Marketing delayed_adstock: ${DELAYED}`,
  ],
  [
    'delayed_adstock/pymc_delayed_adstock_alpha0.5_theta1_lmax4_normalize_true/y',
    `PyMC-Marketing delayed_adstock: ${DELAYED}`,
  ],
  ['delayed_adstock/lightweight_carryover_rate0.5_delay1_lags4', `LightweightMMM carryover: ${DELAYED}`],
  ['weibull/pymc_weibull_pdf_lam3_k2_lmax6_normalize_false/weights', PYMC_WEIBULL],
  ['weibull/pymc_weibull_pdf_lam3_k2_lmax6_normalize_false/y', PYMC_WEIBULL],
  ['weibull/pymc_weibull_pdf_lam3_k2_lmax6_normalize_true/weights', PYMC_WEIBULL],
  ['weibull/pymc_weibull_pdf_lam3_k2_lmax6_normalize_true/y', PYMC_WEIBULL],
  ['weibull/pymc_weibull_cdf_lam3_k2_lmax6_normalize_false/weights', PYMC_WEIBULL],
  ['weibull/pymc_weibull_cdf_lam3_k2_lmax6_normalize_false/y', PYMC_WEIBULL],
  ['weibull/pymc_weibull_cdf_lam3_k2_lmax6_normalize_true/weights', PYMC_WEIBULL],
  ['weibull/pymc_weibull_cdf_lam3_k2_lmax6_normalize_true/y', PYMC_WEIBULL],
  [
    'hill/pymc_hill_sigmoid_sigma1_beta2_lam3',
    'PyMC-Marketing hill_saturation_sigmoid is a shifted logistic in x, not the Hill curve',
  ],
  [
    'hill/meridian_media_scaling_example/nonzero_median',
    "Meridian's media scaling (divide by the non-zero median) is data preparation, not a transform",
  ],
  ['saturation_other/pymc_root_alpha0.5', 'PyMC-Marketing root_saturation x^alpha has no export'],
  [
    'saturation_other/robyn_mic_men_reverse_Vmax10_Km5_on_[1,5,9]',
    'Robyn mic_men(reverse = TRUE), the inverse Km y / (Vmax - y), has no export',
  ],
  ['in_market/dawes_heuristic_window_over_cycle_q_of_5y', IN_MARKET],
  ['in_market/poisson_1_minus_exp_q_of_5y', IN_MARKET],
  ['in_market/nbd_penetration_M0.05_K0.5', IN_MARKET],
  ['in_market/nbd_penetration_M0.05_K1.0', IN_MARKET],
  ['in_market/nbd_penetration_M0.05_K2.0', IN_MARKET],
  ['in_market/nbddirichlet_toothpaste/cat_pen', NBD],
  ['in_market/nbddirichlet_toothpaste/cat_buyrate', NBD],
  ['in_market/nbddirichlet_toothpaste/M', NBD],
  ['in_market/nbddirichlet_toothpaste/K_exact_root', NBD],
  ['in_market/nbddirichlet_toothpaste/note', NBD],
  ['in_market/nbddirichlet_toothpaste/K_R_dirichlet_optimize', NBD],
  ['in_market/nbddirichlet_toothpaste/Pn_0_to_5_at_K_R', NBD],
  ['in_market/nbddirichlet_toothpaste/Pn_0_to_5_at_K_exact', NBD],
  ['in_market/nbddirichlet_toothpaste/penetration_t0.25_at_K_R', NBD],
  ['in_market/nbddirichlet_toothpaste/penetration_t4_at_K_R', NBD],
  ...LEONE.map((key) => [`${key}/weeks`, LEONE_WEEKS] as const),
];

/** Every leaf path of the vectors file outside `meta`; arrays are leaves. */
function leafPaths(node: unknown, prefix: string[] = []): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [prefix.join('/')];
  return Object.entries(node).flatMap(([key, child]) =>
    prefix.length === 0 && key === 'meta' ? [] : leafPaths(child, [...prefix, key]),
  );
}

describe('mmm transforms reproduce the reference vectors to 1e-9', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(mismatches(c.actual(), at(c.key)), c.key).toEqual([]);
    });
  }
});

describe('coverage of mmm-vectors.json', () => {
  const leaves = leafPaths(vectors);
  const covered = CASES.map((c) => c.key);
  const skipped = SKIPPED.map(([path]) => path);

  it('handles every leaf: reproduced by a case, read as an input, or skipped with a reason', () => {
    const handled = new Set([...covered, ...INPUTS, ...skipped]);
    expect(leaves.filter((p) => !handled.has(p))).toEqual([]);
  });

  it('lists only keys that exist, each in exactly one of cases, inputs and skipped', () => {
    const leafSet = new Set(leaves);
    const all = [...covered, ...INPUTS, ...skipped];
    expect(all.filter((p) => !leafSet.has(p))).toEqual([]);
    expect(all.filter((p, i) => all.indexOf(p) !== i)).toEqual([]);
    expect(SKIPPED.filter(([, reason]) => reason.trim() === '')).toEqual([]);
  });
});

describe('conventions the vectors imply', () => {
  it("older Robyn interpolated the inflexion within range(x), current Robyn's robynInflexion does not", () => {
    const [min, max] = [Math.min(...rx), Math.max(...rx)];
    for (const era of ['2022_2024', 'v3_2021']) {
      expect(num(`${RH}_alpha2_gamma0.3_${era}/inflexion`)).toBeCloseTo(min + 0.3 * (max - min), 12);
    }
    expect(robynInflexion(rx, 0.3)).not.toBeCloseTo(min + 0.3 * (max - min), 6);
  });

  it('weibullScaleTrans rounds ties to even like R, not up like Math.round', () => {
    expect(weibullScaleTrans(4, 0.5)).toBe(2); // quantile(1:4, 0.5) = 2.5
    expect(weibullScaleTrans(6, 0.5)).toBe(4); // quantile(1:6, 0.5) = 3.5
    expect(weibullScaleTrans(10, 0)).toBe(1);
    expect(weibullScaleTrans(10, 1)).toBe(10);
  });

  it('geometricAdstock agrees between its recursion (lMax >= n) and its truncated convolution', () => {
    const x = arr(`${G10}/x`);
    const recursion = geometricAdstock(x, 0.7, { lMax: x.length, normalize: true });
    const convolution = geometricAdstock([...x, 0], 0.7, { lMax: x.length, normalize: true }).slice(0, x.length);
    expect(mismatches(recursion, convolution)).toEqual([]);
  });

  it('meridianAdstock with maxLag Infinity spans the whole series, like max_lag=None', () => {
    expect(meridianAdstock(x10, 0.7, Infinity)).toEqual(meridianAdstock(x10, 0.7, x10.length - 1));
  });

  it('weibullAdstock with shape 0 or scale 0 leaves x unchanged, as Robyn does', () => {
    expect(weibullAdstock(xw, 0, 0.3)).toEqual(xw);
    expect(weibullAdstock(xw, 2, 0, 'pdf')).toEqual(xw);
  });

  it('halfLife and retentionFromHalfLife are inverse, including the ends theta = 0 and 1', () => {
    for (const theta of [0, 0.05, 0.5, 0.93, 1]) {
      expect(retentionFromHalfLife(halfLife(theta))).toBeCloseTo(theta, 12);
    }
    expect(halfLife(1)).toBe(Infinity);
    expect(halfLife(0)).toBe(0);
  });

  it('every transform maps an empty series to an empty one', () => {
    expect(geometricAdstock([], 0.5)).toEqual([]);
    expect(meridianAdstock([], 0.5, 3, 'binomial')).toEqual([]);
    expect(weibullAdstock([], 2, 0.3, 'pdf')).toEqual([]);
    expect(hill([], 1, 1)).toEqual([]);
    expect(robynHill([], 2, 0.3)).toEqual([]);
    expect(logisticSaturation([], 1)).toEqual([]);
    expect(michaelisMenten([], 1, 1)).toEqual([]);
  });

  it('robynHill of an all-zero series is zero response rather than 0 / 0', () => {
    expect(robynHill([0, 0, 0], 2, 0.3)).toEqual([0, 0, 0]);
  });
});

describe('argument validation', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['geometricAdstock alpha above 1', () => geometricAdstock([1], 1.5), 'invalid alpha: 1.5'],
    ['geometricAdstock NaN alpha', () => geometricAdstock([1], Number.NaN), 'invalid alpha: NaN'],
    ['geometricAdstock lMax 0', () => geometricAdstock([1], 0.5, { lMax: 0 }), 'invalid lMax: 0'],
    ['geometricAdstock fractional lMax', () => geometricAdstock([1], 0.5, { lMax: 2.5 }), 'invalid lMax: 2.5'],
    ['geometricAdstock non-finite x', () => geometricAdstock([1, Infinity], 0.5), 'invalid x[1]: Infinity'],
    ['meridianAdstock binomial alpha 0', () => meridianAdstock([1], 0, 3, 'binomial'), 'invalid alpha: 0'],
    ['meridianAdstock negative maxLag', () => meridianAdstock([1], 0.5, -1), 'invalid maxLag: -1'],
    [
      'meridianAdstock unknown decay',
      () => meridianAdstock([1], 0.5, 3, 'weibull' as 'geometric'),
      'invalid decay: weibull',
    ],
    ['weibullAdstock negative shape', () => weibullAdstock([1], -1, 0.3), 'invalid shape: -1'],
    ['weibullAdstock scale above 1', () => weibullAdstock([1], 2, 1.1), 'invalid scale: 1.1'],
    ['weibullAdstock unknown type', () => weibullAdstock([1], 2, 0.3, 'CDF' as 'cdf'), 'invalid type: CDF'],
    ['weibullScaleTrans n 0', () => weibullScaleTrans(0, 0.3), 'invalid n: 0'],
    ['hill ec 0', () => hill([1], 0, 1), 'invalid ec: 0'],
    ['hill negative x', () => hill([1, -2], 1, 1), 'invalid x[1]: -2'],
    ['hill infinite slope', () => hill([1], 1, Infinity), 'invalid slope: Infinity'],
    ['robynHill gamma 0', () => robynHill([1], 2, 0), 'invalid gamma: 0'],
    ['robynHill alpha 0', () => robynHill([1], 0, 0.3), 'invalid alpha: 0'],
    ['robynInflexion empty x', () => robynInflexion([], 0.3), 'invalid x: empty'],
    ['logisticSaturation negative lam', () => logisticSaturation([1], -1), 'invalid lam: -1'],
    ['michaelisMenten lam 0', () => michaelisMenten([1], 1, 0), 'invalid lam: 0'],
    ['halfLife theta above 1', () => halfLife(1.2), 'invalid theta: 1.2'],
    ['retentionFromHalfLife negative h', () => retentionFromHalfLife(-1), 'invalid h: -1'],
  ];
  for (const [what, call, message] of cases) {
    it(`rejects ${what} with RangeError "${message}"`, () => {
      expect(call).toThrow(new RangeError(message));
    });
  }
});

// The synthetic dataset's page keys: `seed=` (always written when a dataset is built) and `noise=`
// (written only when it is not the default), so the same link gives the same dataset. Both are
// page keys (PAGE_KEYS in query.ts): no page reports them as stray. Pure: no DOM.

import { readQuery } from './query.ts';

export const DEFAULT_SEED = 1;
export const MAX_SEED = 999_999;
/** The noise levels the form offers (the standard deviation of the log-normal noise on outcomes). */
export const NOISE_LEVELS: readonly number[] = [0, 0.05, 0.1, 0.2];
export const DEFAULT_NOISE = 0.1;

function pageValue(search: string, key: string): string | undefined {
  return readQuery(search).page.find(([k]) => k === key)?.[1];
}

/** A seed as typed or read, or null when it is not a whole number from 1 to MAX_SEED. */
export function seedValue(raw: string): number | null {
  const value = /^\s*\d{1,6}\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= 1 && value <= MAX_SEED ? value : null;
}

/** A noise level as read, or null when it is not one of NOISE_LEVELS (written as a plain decimal). */
export function noiseValue(raw: string): number | null {
  const value = /^\s*\d{1,3}(\.\d{1,6})?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return NOISE_LEVELS.includes(value) ? value : null;
}

/** The seed from the address (`seed=`), or the default with a notice when it is not a whole number in range. */
export function readSeed(search: string): { seed: number; problem: string | null } {
  const raw = pageValue(search, 'seed');
  if (raw === undefined) return { seed: DEFAULT_SEED, problem: null };
  const seed = seedValue(raw);
  if (seed !== null) return { seed, problem: null };
  return { seed: DEFAULT_SEED, problem: `seed: not a whole number from 1 to ${MAX_SEED}; using ${DEFAULT_SEED}` };
}

/** The noise level from the address (`noise=`), or the default with a notice when it is not one the form offers. */
export function readNoise(search: string): { noise: number; problem: string | null } {
  const raw = pageValue(search, 'noise');
  if (raw === undefined) return { noise: DEFAULT_NOISE, problem: null };
  const noise = noiseValue(raw);
  if (noise !== null) return { noise, problem: null };
  return {
    noise: DEFAULT_NOISE,
    problem: `noise: not one of ${NOISE_LEVELS.join(', ')}; using ${DEFAULT_NOISE}`,
  };
}

/** A built dataset's page keys: the seed always, the noise only when it is not the default (null: removed). */
export function datasetKeys(seed: number, noise: number): { seed: string; noise: string | null } {
  return { seed: String(seed), noise: noise === DEFAULT_NOISE ? null : String(noise) };
}

/**
 * The address once a dataset is built: its keys (datasetKeys) set or removed; every other key
 * kept where it was.
 */
export function datasetSearch(search: string, seed: number, noise: number): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  for (const [key, value] of Object.entries(datasetKeys(seed, noise))) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

// Uncertainty bands: the agent engine run over many seeds, and the 10th, 50th and 90th
// percentiles of each month's fully loaded CPL per brand share. Heavy (a second or more), so
// the site runs it in a Web Worker; partial results are reported as seeds complete.

import { simulateAgents } from './agents.ts';
import type { Scenario } from './scenario.ts';

export interface BandJob {
  scenario: Scenario;
  shares: number[];
  seeds: number;
  /** Buyers simulated per run (the scenario's own, capped to keep the job to seconds). */
  buyers: number;
}

export interface BandPoint {
  month: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface BandResult {
  /** One band per share, in the order of `job.shares`. */
  bands: BandPoint[][];
  seedsDone: number;
  seeds: number;
}

/** The q-quantile (0-1) of finite values, by linear interpolation; null when there are none. */
export function quantile(values: readonly number[], q: number): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Collects the runs of a band job seed by seed, so that a caller can stop between seeds (the
 * worker does, when a newer job arrives) and report what it has so far.
 */
export function bandAccumulator(job: BandJob) {
  const months = job.scenario.horizonMonths;
  // samples[share][month] holds one CPL per seed so far.
  const samples = job.shares.map(() => Array.from({ length: months }, () => [] as number[]));
  let seedsDone = 0;
  return {
    addSeed(seed: number): void {
      job.shares.forEach((share, s) => {
        const rows = simulateAgents({ ...job.scenario, brandShare: share, buyers: job.buyers, schedule: [] }, seed);
        rows.forEach((row, i) => {
          if (row.cpl !== null) samples[s]![i]!.push(row.cpl);
        });
      });
      seedsDone++;
    },
    result(): BandResult {
      return {
        seeds: job.seeds,
        seedsDone,
        bands: samples.map((perMonth) =>
          perMonth.map((values, i) => ({
            month: i + 1,
            p10: quantile(values, 0.1),
            p50: quantile(values, 0.5),
            p90: quantile(values, 0.9),
          })),
        ),
      };
    },
  };
}

export function cplBands(job: BandJob, progress?: (partial: BandResult) => void, every = 2): BandResult {
  const bands = bandAccumulator(job);
  for (let seed = 1; seed <= job.seeds; seed++) {
    bands.addSeed(seed);
    if (progress && seed < job.seeds && seed % every === 0) progress(bands.result());
  }
  return bands.result();
}

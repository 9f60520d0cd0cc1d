// The numbers the model page states, computed when the site is built: the recovery study behind
// "What a model recovers" (one noise-free fit, twenty noisy seeds at two memories) and the best
// share by horizon for each objective. The page's tables and its sentences read them from here,
// so a sentence cannot disagree with the table beside it. Never shipped to the browser.

import { defaultScenario, sweep, syntheticDataset, WEEKS_PER_MONTH } from '../model/index.ts';
import type { SweepObjective } from '../model/index.ts';
import { fitMmm, recoveryStudy } from '../model/recover.ts';
import type { MmmFit, RecoveryRow } from '../model/recover.ts';

export const RECOVERY_SEEDS = 20;
export const RECOVERY_NOISE = 0.05;
export const CLEAN_HALF_LIFE = 2;
export const LONG_HALF_LIFE = 12;

export interface Recovery {
  clean: ReturnType<typeof syntheticDataset>;
  fit: MmmFit;
  study: RecoveryRow[];
}

let recovery: Recovery | null = null;

/** The recovery study, computed once per build (about a second). */
export function recoveryResults(): Recovery {
  if (recovery) return recovery;
  const clean = syntheticDataset({ ...defaultScenario, memoryHalfLifeMonths: CLEAN_HALF_LIFE }, { seed: 1, noise: 0 });
  const fit = fitMmm(
    clean.rows.map((r) => r.brand_spend),
    clean.rows.map((r) => r.search_spend),
    clean.rows.map((r) => r.leads_expected),
  );
  const study = recoveryStudy(
    (halfLife, seed) =>
      syntheticDataset({ ...defaultScenario, memoryHalfLifeMonths: halfLife }, { seed, noise: RECOVERY_NOISE }),
    { halfLives: [CLEAN_HALF_LIFE, LONG_HALF_LIFE], seeds: Array.from({ length: RECOVERY_SEEDS }, (_, i) => i + 1) },
  );
  recovery = { clean, fit, study };
  return recovery;
}

const number = (x: number, digits: number) => x.toFixed(digits);
const signedPercent = (x: number) => `${x >= 0 ? '+' : '\u2212'}${Math.abs(Math.round(x * 100))}%`;
const percent = (x: number) => `${Math.round(Math.abs(x) * 100)}%`;

/** "+12%" or "\u221224%": how far a fitted value is from the truth; a dash when either is missing. */
export function gapText(fitted: number | null, truth: number | null): string {
  return fitted !== null && truth ? signedPercent(fitted / truth - 1) : '\u2014';
}

/** The recovery numbers the page's prose states, as text. */
export function recoveryStats(r: Recovery = recoveryResults()): Record<string, string> {
  const cleanHalfLife = r.fit.halfLifeWeeks / WEEKS_PER_MONTH;
  const short = r.study.find((row) => row.halfLifeMonths === CLEAN_HALF_LIFE)!;
  const long = r.study.find((row) => row.halfLifeMonths === LONG_HALF_LIFE)!;
  return {
    cleanHalfLife: number(cleanHalfLife, 2),
    cleanHalfLifeGap: percent(cleanHalfLife / CLEAN_HALF_LIFE - 1),
    brandGap: gapText(r.fit.brandPer1000, r.clean.truth.incrementalLeadsPer1000.brand),
    searchGap: gapText(r.fit.searchPer1000, r.clean.truth.incrementalLeadsPer1000.search),
    seeds: String(RECOVERY_SEEDS),
    shortP10: number(short.recoveredHalfLife.p10, 2),
    shortP90: number(short.recoveredHalfLife.p90, 2),
    longP10: number(long.recoveredHalfLife.p10, 2),
    longP90: number(long.recoveredHalfLife.p90, 2),
    longRatio: String(Math.floor(long.recoveredHalfLife.p90 / long.recoveredHalfLife.p10)),
    shortSearchP10: number(short.searchPer1000.p10, 2),
    shortSearchP90: number(short.searchPer1000.p90, 2),
    shortSearchTruth: number(short.trueSearchPer1000, 2),
  };
}

export const SWEEP_OBJECTIVES: { id: SweepObjective; label: string }[] = [
  { id: 'leads', label: 'Leads' },
  { id: 'opportunities', label: 'Opportunities' },
  { id: 'wins', label: 'Wins' },
  { id: 'contribution', label: 'Contribution' },
];
export const SWEEP_HORIZONS = [3, 6, 12, 24, 36, 60];

/** The best brand share at each shown horizon, per objective, at the defaults. */
export function sweepTable(): { id: SweepObjective; label: string; best: number[] }[] {
  return SWEEP_OBJECTIVES.map(({ id, label }) => ({
    id,
    label,
    best: sweep(defaultScenario, { objective: id, horizons: SWEEP_HORIZONS }).map((p) => p.brandShare),
  }));
}

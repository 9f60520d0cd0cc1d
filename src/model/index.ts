// The public face of the model (MODEL.md section 8). Everything a page or chapter needs
// beyond these lives in its own module (pool, sweep, presets, mmm) and is imported from there.

export { scenarioSchema, defaultScenario, parseScenario } from './scenario.ts';
export type { Scenario, ScenarioPatch, ParsedScenario, Segment } from './scenario.ts';
export { simulate } from './simulate.ts';
export type { SimulateOptions } from './simulate.ts';
export { simulatePool } from './pool.ts';
export type { PoolRow, PoolOptions } from './pool.ts';
export { auction } from './auction.ts';
export type { AuctionMarket, AuctionResult } from './auction.ts';
export type { MonthRow } from './rows.ts';

// What pages, figures and islands read beyond MODEL.md's API: the parameter table, the reader
// of single numbers, presets, and the background band.
export { readNumber } from './scenario.ts';
export { parameters, parameterKeys, PARAMETER_GROUPS } from './parameters.ts';
export type { NumberParameter, ChoiceParameter, ParameterKey, ParameterFormat, ParameterGroup } from './parameters.ts';
export { marketPresets, stagePresets } from './presets.ts';
export type { Preset } from './presets.ts';
export { bandAccumulator } from './bands.ts';
export type { BandJob, BandResult } from './bands.ts';
export { plannerDashboard, plannerComparison } from './planner.ts';
export type { PlannerDashboard, PlannerComparison, HorizonTotals, ComparisonMetric } from './planner.ts';
export { simulateExpected } from './expected.ts';
export { cumulative, ratio } from './rows.ts';
export type { CumulativeRow } from './rows.ts';
export { monthAt, response } from './response.ts';
export type { Response, ResponsePoint } from './response.ts';
export { meanCpc, clickPriceQuantile, priceLadderRungs } from './auction.ts';
export type { LadderRung } from './auction.ts';
export { forgetRate, fadingSalience } from './memory.ts';
export { BuyerState, poolStates, runPool, waitTimes } from './pool.ts';
export type { WaitTimes, WaitBin } from './pool.ts';
export { steadyState } from './market.ts';
export { splitSweep } from './sweep.ts';
export type { SplitSweep, SweepBest } from './sweep.ts';
export { fitHill, robynParameters } from './fit.ts';
export type { HillFit } from './fit.ts';
export { hill } from './mmm.ts';
export { runAtShare, crossoverMonth, relative } from './splits.ts';
export type { ShareRun } from './splits.ts';

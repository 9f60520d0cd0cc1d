// The public face of the model (MODEL.md section 8), then everything figures and pages read:
// they reach the model only through this file. The background worker imports bands.ts alone,
// to keep its bundle small.

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
export { readNumber, windowFits } from './scenario.ts';
export { inactiveReason } from './relevance.ts';
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
export { BuyerState, poolStates, runPool, stateCounts, waitTimes } from './pool.ts';
export type { StateCounts, WaitTimes, WaitBin } from './pool.ts';
export { steadyState } from './market.ts';
export { bestShareAt, splitSweep, zeroBrandUntil } from './sweep.ts';
export type { SplitSweep, SweepBest } from './sweep.ts';
export { fitHill, fitResponse, robynParameters } from './fit.ts';
export type { HillFit, ResponseFit } from './fit.ts';
export { hill } from './mmm.ts';
export { runAtShare, crossoverMonth, relative } from './splits.ts';
export type { ShareRun } from './splits.ts';
export { brandCut, brandCutEffects, cutSegment } from './downturn.ts';
export type { BrandCut, BrandCutEffects, BrandCutOptions } from './downturn.ts';
export { noDealCloses, sweep } from './sweep.ts';
export type { SweepObjective, SweepPoint, SweepOptionsV2 } from './sweep.ts';
export { attribution } from './attribution.ts';
export type { AttributionRow, AttributionView, ChannelView, TrueCredit } from './attribution.ts';
export { ledgerShares } from './attribution.ts';
export type { LedgerShares, Measure } from './attribution.ts';
export { gatedSweep, gateOrGive, runTotals, velocityBySplit } from './volume.ts';
export type { GatedPoint, GateOrGive, RunTotals, VelocityPoint } from './volume.ts';
export { runSegments, simulateSegments, segmentScenarios, segmentSpecSchema, sumRows } from './segments.ts';
export type { SegmentSpec, SegmentRun, SegmentedResult } from './segments.ts';
export {
  syntheticDataset,
  weeklyScenario,
  datasetCsv,
  datasetJson,
  OBSERVED_COLUMNS,
  TRUTH_COLUMNS,
  WEEKS_PER_MONTH,
} from './dataset.ts';
export type { DatasetRow, DatasetTruth, SyntheticDataset, DatasetOptions } from './dataset.ts';
export {
  STAGES,
  MEMORY_LEVELS,
  stageLadder,
  bestByMemory,
  objectiveByShare,
  accountTiers,
  tierTotals,
  tiersObjectiveByShare,
  TIERS,
} from './split-finder.ts';
export type { Stage, StageResult, TierTotals } from './split-finder.ts';

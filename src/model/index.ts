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

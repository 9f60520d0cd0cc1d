// Performance budgets of the model, measured: one row per workload with its median and goal.
// Goals are printed beside the results, never asserted in tests (timings depend on the machine).

import { Bench } from 'tinybench';
import {
  attribution,
  defaultScenario,
  plannerDashboard,
  simulate,
  simulateSegments,
  sweep,
  syntheticDataset,
} from '../../src/model/index.ts';
import { poolStates } from '../../src/model/pool.ts';
import { splitSweep } from '../../src/model/sweep.ts';
import { figureByName } from '../../src/figures/registry.ts';
import { readFigure } from '../../src/figures/url-state.ts';

interface Workload {
  name: string;
  goalMs: number;
  run: () => unknown;
  iterations: number;
}

const sixtyMonths = { ...defaultScenario, horizonMonths: 60 };
const dots = { ...defaultScenario, buyers: 1_000 };
const bands = { ...defaultScenario, buyers: 10_000, horizonMonths: 36 };
let sink = 0;

const workloads: Workload[] = [
  {
    name: 'expected-value run, 36 months',
    goalMs: 0.05,
    iterations: 2_000,
    run: () => simulate(defaultScenario, { engine: 'expected' }),
  },
  {
    name: 'split sweep, 101 shares x horizons 1-60',
    goalMs: 1,
    iterations: 300,
    run: () => splitSweep(defaultScenario),
  },
  ...(['leads', 'opportunities', 'wins', 'contribution'] as const).map((objective) => ({
    name: `sweep by ${objective}, 101 shares x horizons 1-60`,
    goalMs: 5,
    iterations: 100,
    run: () => sweep(defaultScenario, { objective }),
  })),
  {
    name: 'attribution, 36 months (four counterfactual runs)',
    goalMs: 1,
    iterations: 500,
    run: () => attribution(defaultScenario),
  },
  {
    name: 'planner dashboard, one scenario',
    goalMs: 5,
    iterations: 200,
    run: () => plannerDashboard(defaultScenario),
  },
  // What one slider movement recomputes on the new chapters' figures (a frame is 16 ms).
  ...[
    ['three-ledgers', {}],
    ['survey-recall', {}],
    ['dashboard-cut', {}],
    ['mql-trap', {}],
    ['gate-or-give', {}],
    ['sales-velocity', {}],
    ['horizon-sweep', { objective: '2' }],
    ['stage-ladder', {}],
    ['challenger-leader', {}],
    ['account-tiers', {}],
    ['your-split', {}],
  ].map(([name, own]) => {
    const figure = figureByName(name as string);
    const { state } = readFigure(figure, defaultScenario, own as Record<string, string>);
    return {
      name: `figure ${name as string}${Object.keys(own as object).length ? ' (wins)' : ''}: compute at the defaults`,
      goalMs: 16,
      iterations: 100,
      run: () => figure.compute(state),
    };
  }),
  {
    name: 'synthetic MMM dataset, 156 weeks after a 5-half-life burn-in',
    goalMs: 50,
    iterations: 50,
    run: () => syntheticDataset(defaultScenario, { seed: 1 }),
  },
  {
    name: 'simulateSegments, three tiers x 36 months',
    goalMs: 1,
    iterations: 500,
    run: () =>
      simulateSegments(defaultScenario, [
        { name: 'Named', budgetShare: 0.3, buyers: 500, dealSize: 150_000 },
        { name: 'Mid', budgetShare: 0.3, buyers: 9_500 },
        { name: 'Tail', budgetShare: 0.4, buyers: 90_000 },
      ]),
  },
  {
    name: 'agent engine, 100,000 buyers x 60 months',
    goalMs: 150,
    iterations: 10,
    run: () => simulate(sixtyMonths, { engine: 'agents', seed: 1 }),
  },
  {
    name: 'pool for the dot figure, 1,000 buyers x 60 months',
    goalMs: 2,
    iterations: 300,
    run: () => poolStates(dots, { seed: 1, months: 60 }),
  },
  {
    name: 'uncertainty bands, 100 seeds x 10,000 buyers x 36 months',
    goalMs: 1_000,
    iterations: 5,
    run: () => {
      for (let seed = 1; seed <= 100; seed++) sink += simulate(bands, { engine: 'agents', seed }).length;
    },
  },
];

const table: Record<string, string>[] = [];
for (const workload of workloads) {
  const bench = new Bench({
    iterations: workload.iterations,
    time: 0,
    warmup: true,
    warmupIterations: Math.min(20, workload.iterations),
  });
  bench.add(workload.name, () => {
    sink += workload.run() ? 1 : 0;
  });
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (!result || !('latency' in result)) throw new Error(`benchmark ${workload.name} did not finish`);
  const median = result.latency.p50;
  table.push({
    workload: workload.name,
    'median (ms)': format(median),
    'p75 (ms)': format(result.latency.p75),
    'goal (ms)': format(workload.goalMs),
    'within goal': median <= workload.goalMs ? 'yes' : `no (${(median / workload.goalMs).toFixed(1)}x)`,
    samples: String(result.latency.samplesCount),
  });
}
console.log(`Node ${process.version}, ${process.platform}-${process.arch}`);
console.table(table);
if (sink < 0) console.log(sink);

function format(ms: number): string {
  return ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

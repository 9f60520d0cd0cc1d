// Figure: the pool as 1,000 dots, month by month. Each dot is one buyer of the agent engine;
// the reader plays the months forward and sees a different handful in market each quarter.

import { BuyerState, poolStates, stateCounts, steadyState } from '../model/index.ts';
import type { PoolRow } from '../model/index.ts';
import { poolDots } from '../charts/poolDots.ts';
import type { DotRow } from '../charts/poolDots.ts';
import { formatCount, formatMonths, formatPercent } from '../lib/format.ts';
import { marketPresetsFor, poolControls, seedSetting } from './common.ts';
import { countColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const BUYERS = 1_000;
const COLUMNS = 40;
const MONTHS = 60;

export interface PoolDotsRows {
  months: PoolRow[];
  /** Each buyer's state per month, month-major. */
  states: Uint8Array;
}

const ROLE: Record<number, DotRow['role']> = {
  [BuyerState.out]: 'c-out',
  [BuyerState.entering]: 'c-entering',
  [BuyerState.inMarket]: 'c-in',
  [BuyerState.justBought]: 'c-bought',
};

function countsAt(rows: PoolDotsRows, month: number) {
  return stateCounts(rows.states, BUYERS, month);
}

const WORDS: Record<number, string> = {
  [BuyerState.out]: 'out of market',
  [BuyerState.entering]: 'entering the market',
  [BuyerState.inMarket]: 'in market',
  [BuyerState.justBought]: 'has just bought',
};

/** One buyer's month in words: where it is, and when it last entered or next enters the market. */
export function journey(states: Uint8Array, buyer: number, month: number): string {
  const at = (m: number) => states[(m - 1) * BUYERS + buyer - 1]!;
  const code = at(month);
  let last = 0;
  for (let m = month; m >= 1 && !last; m--) if (at(m) === BuyerState.entering) last = m;
  let next = 0;
  for (let m = month + 1; m <= MONTHS && !next; m++) if (at(m) === BuyerState.entering) next = m;
  const where = code === BuyerState.justBought ? WORDS[code]! : `is ${WORDS[code]!}`;
  const shopping = code === BuyerState.entering || code === BuyerState.inMarket;
  const when = shopping
    ? last && last < month
      ? `it entered in month ${last}`
      : 'it entered this month'
    : next
      ? `it next enters in month ${next}`
      : `it does not enter again by month ${MONTHS}`;
  return `Buyer ${formatCount(buyer)} ${where} in month ${month}; ${when}.`;
}

export const poolDotsFigure: FigureDefinition<PoolDotsRows> = {
  name: 'pool-dots',
  namespace: 'pool',
  title: 'A thousand buyers, month by month',
  caption:
    'Each dot is one buyer in a category of 1,000. Ringed dots are entering the market this month, orange dots are in market, green dots have just bought, and grey dots are out of market. Press play or step through the months: the few in market are never the same few for long.',
  premise: { patch: { buyers: BUYERS }, reason: 'one dot per buyer' },
  controls: poolControls,
  extras: {
    month: {
      ...seedSetting,
      default: 1,
      min: 1,
      max: MONTHS,
      label: 'Month',
      format: 'count',
      description: 'The month shown.',
    },
    seed: seedSetting,
    follow: {
      ...seedSetting,
      default: 0,
      min: 0,
      max: BUYERS,
      label: 'Buyer followed',
      description: 'Tap a dot, or choose a number, to follow one buyer through the months (0 follows none).',
      source: 'Any of the 1,000 dots.',
    },
  },
  // Tap a dot to follow that buyer; the arrow keys move along a row and between rows.
  handles: [
    {
      setting: 'follow',
      label: 'Buyer followed',
      kind: 'grid',
      rowStep: COLUMNS,
      grid: (_, value) => ({
        x: (Math.max(1, value) - 1) % COLUMNS,
        y: Math.floor((Math.max(1, value) - 1) / COLUMNS),
      }),
      fromGrid: (_, x, y) => {
        const column = Math.min(COLUMNS - 1, Math.max(0, Math.round(x)));
        const row = Math.min(BUYERS / COLUMNS - 1, Math.max(0, Math.round(y)));
        return row * COLUMNS + column + 1;
      },
    },
  ],
  presets: marketPresetsFor(poolControls),
  legend: [
    { className: 'c-out', label: 'Out of market' },
    { className: 'c-entering', label: 'Entering' },
    { className: 'c-in', label: 'In market' },
    { className: 'c-bought', label: 'Just bought' },
  ],
  aspect: 25 / 40,
  minHeight: 200,
  maxHeight: 520,
  playback: { setting: 'month' },
  compute({ scenario, extras }) {
    const { rows, states } = poolStates({ ...scenario, buyers: BUYERS }, { seed: extras['seed']!, months: MONTHS });
    return { months: rows, states };
  },
  draw(rows, { extras }, options) {
    const month = extras['month']!;
    const states = rows.states.subarray((month - 1) * BUYERS, month * BUYERS);
    const follow = extras['follow']!;
    const dots: DotRow[] = Array.from(states, (code, i) => ({
      x: i % COLUMNS,
      y: Math.floor(i / COLUMNS),
      role: ROLE[code]!,
      ...(i === follow - 1 ? { followed: true } : {}),
    }));
    return poolDots(dots, options);
  },
  summary(rows, { extras }) {
    const month = extras['month']!;
    const c = countsAt(rows, month);
    const follow = extras['follow']!;
    const counts = `Month ${month}: ${formatCount(c.inMarket)} of ${formatCount(BUYERS)} buyers are in market (${formatPercent(c.inMarket / BUYERS)}), ${formatCount(c.entering)} of them entering this month; ${formatCount(c.bought)} have just bought and ${formatCount(c.out)} are out of market.`;
    return follow > 0 ? `${counts} ${journey(rows.states, follow, month)}` : counts;
  },
  stats(rows, { scenario, extras }) {
    const steady = steadyState({ ...scenario, buyers: BUYERS });
    const c = countsAt(rows, extras['month']!);
    return {
      inMarketShare: formatPercent(steady.inMarket / BUYERS),
      outOfMarketShare: formatPercent(1 - steady.inMarket / BUYERS),
      cycle: formatMonths(scenario.cycleMonths),
      window: formatMonths(scenario.windowMonths),
      buyersInMarket: formatCount(c.inMarket),
      enteringPerMonth: formatCount(steady.deciders),
    };
  },
  table(rows) {
    return {
      columns: [
        countColumn('month', 'Month'),
        countColumn('inMarket', 'In market'),
        countColumn('entering', 'Entering'),
        countColumn('bought', 'Just bought'),
        countColumn('out', 'Out of market'),
      ],
      rows: rows.months.map((row) => ({ month: row.month, ...countsAt(rows, row.month) })),
    };
  },
};

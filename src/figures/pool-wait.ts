// Figure: for the buyers out of market today, how many months until each next enters. The
// agent pool runs forward ten years and records each buyer's first entry.

import { waitHistogram } from '../charts/waitHistogram.ts';
import type { WaitRow } from '../charts/waitHistogram.ts';
import { BuyerState, runPool } from '../model/pool.ts';
import { formatCount, formatMonths, formatPercent } from '../lib/format.ts';
import { poolSettings } from './common.ts';
import { percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const BUYERS = 20_000;
/** Months looked ahead; buyers who have not entered by then are counted as "later". */
const AHEAD = 120;
const SPAN = 3;

export interface WaitRows {
  bins: WaitRow[];
  /** Months until entry of each buyer out of market today; Infinity past the horizon. */
  waits: Float64Array;
  later: number;
}

export const poolWaitFigure: FigureDefinition<WaitRows> = {
  name: 'pool-wait',
  namespace: 'wait',
  title: 'How long until today\u2019s out-of-market buyers return',
  caption:
    'Of the buyers who are out of market this month, the share who next enter the market in each quarter of the coming ten years (a sample of 20,000 buyers). Most of the people a campaign reaches today will not buy for years.',
  ...poolSettings(BUYERS),
  legend: [{ className: 'c-ever', label: 'Out-of-market buyers, by months until they enter' }],
  aspect: 0.45,
  minHeight: 220,
  maxHeight: 400,
  compute({ scenario, extras }) {
    const entry = new Float64Array(BUYERS).fill(Number.NaN);
    runPool({ ...scenario, buyers: BUYERS }, { seed: extras['seed']!, months: AHEAD + 1 }, (month, state) => {
      for (let i = 0; i < BUYERS; i++) {
        if (month === 1)
          entry[i] = state[i] === BuyerState.out || state[i] === BuyerState.justBought ? Infinity : Number.NaN;
        else if (entry[i] === Infinity && state[i] === BuyerState.entering) entry[i] = month - 1;
      }
    });
    const waits = entry.filter((w) => !Number.isNaN(w)).sort();
    const total = waits.length;
    const bins: WaitRow[] = [];
    for (let from = 1; from <= AHEAD; from += SPAN) bins.push({ from, to: from + SPAN - 1, share: 0 });
    let later = 0;
    for (const w of waits) {
      if (w === Infinity) later++;
      else bins[Math.floor((w - 1) / SPAN)]!.share += 1 / total;
    }
    return { bins, waits, later: total ? later / total : 0 };
  },
  draw(rows, _state, options) {
    return waitHistogram(rows.bins, options);
  },
  summary(rows) {
    const s = waitStats(rows);
    return `Of the buyers out of market today, ${s.withinQuarter} enter the market within three months, half have entered after ${s.medianWait}, and ${s.beyondYear} will not enter for more than a year${rows.later > 0 ? `; ${formatPercent(rows.later)} not within ten years` : ''}.`;
  },
  stats(rows) {
    return waitStats(rows);
  },
  table(rows) {
    return {
      columns: [
        { key: 'span', label: 'Months until entry', format: (v) => String(v) },
        percentColumn('share', 'Share of out-of-market buyers'),
      ],
      rows: [
        ...rows.bins.map((b) => ({ span: `${b.from}\u2013${b.to}`, share: b.share })),
        { span: `over ${formatCount(AHEAD)}`, share: rows.later },
      ],
    };
  },
};

function waitStats(rows: WaitRows) {
  const waits = rows.waits;
  const n = waits.length;
  const within = (months: number) => (n ? waits.filter((w) => w <= months).length / n : null);
  const median = n ? waits[Math.floor((n - 1) / 2)]! : null;
  return {
    medianWait: median === null || median === Infinity ? `more than ${formatMonths(AHEAD)}` : formatMonths(median),
    beyondYear: formatPercent(within(12) === null ? null : 1 - within(12)!),
    withinQuarter: formatPercent(within(3)),
  };
}

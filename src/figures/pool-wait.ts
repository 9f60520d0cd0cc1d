// Figure: for the buyers out of market today, how many months until each next enters. The
// agent pool runs forward ten years and records each buyer's first entry.

import { waitHistogram } from '../charts/waitHistogram.ts';
import { waitTimes } from '../model/index.ts';
import type { WaitTimes } from '../model/index.ts';
import { formatCount, formatMonths, formatPercent } from '../lib/format.ts';
import { poolSettings } from './common.ts';
import { percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const BUYERS = 20_000;
/** Months looked ahead; buyers who have not entered by then are counted as "later". */
const AHEAD = 120;
const SPAN = 3;

export const poolWaitFigure: FigureDefinition<WaitTimes> = {
  name: 'pool-wait',
  namespace: 'wait',
  title: 'How long until today\u2019s out-of-market buyers return',
  caption:
    'Of the buyers who are out of market this month, the share who next enter the market in each quarter of the coming ten years (a sample of 20,000 buyers). Most of the people a campaign reaches today will not buy for years.',
  ...poolSettings(BUYERS),
  primary: ['entryPattern', 'cycleMonths'],
  legend: [{ className: 'c-ever', label: 'Out-of-market buyers, by months until they enter' }],
  aspect: 0.45,
  minHeight: 220,
  maxHeight: 400,
  compute({ scenario, extras }) {
    return waitTimes(scenario, { seed: extras['seed']!, buyers: BUYERS, monthsAhead: AHEAD, binMonths: SPAN });
  },
  draw(rows, _state, options) {
    return waitHistogram(rows.bins, options);
  },
  summary(rows) {
    const s = waitStats(rows);
    return `Of the buyers out of market today, ${s.withinQuarter} enter the market within three months, half have entered after ${s.medianWait}, and ${s.beyondYear} will not enter for more than a year${rows.later > 0 ? `; ${formatPercent(rows.later)} not within ten years` : ''}.`;
  },
  values(rows) {
    return { withinYear: rows.withinYear, withinQuarter: rows.withinQuarter };
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

function waitStats(rows: WaitTimes) {
  const median = rows.medianWait;
  return {
    medianWait: median === null || median === Infinity ? `more than ${formatMonths(AHEAD)}` : formatMonths(median),
    beyondYear: formatPercent(rows.withinYear === null ? null : 1 - rows.withinYear),
    withinQuarter: formatPercent(rows.withinQuarter),
  };
}

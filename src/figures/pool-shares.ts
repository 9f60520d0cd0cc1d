// Figure: the share of buyers in market each month against the share who have been in market
// at least once. The first stays flat; the second climbs: over a cycle everyone passes through.

import { simulatePool } from '../model/index.ts';
import type { PoolRow } from '../model/index.ts';
import { shareLines } from '../charts/shareLines.ts';
import type { ShareRow } from '../charts/shareLines.ts';
import { formatPercent } from '../lib/format.ts';
import { poolSettings } from './common.ts';
import { countColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const BUYERS = 20_000;
const MONTHS = 60;

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export const poolSharesFigure: FigureDefinition<PoolRow[]> = {
  name: 'pool-shares',
  namespace: 'shares',
  title: 'In market now versus ever in market',
  caption:
    'For a sample of 20,000 buyers over five years: the share in market in each month, the share who have been in market at least once since month 1, and the share of this month\u2019s in-market buyers who were also in market three months earlier (carried over). A small pool at any moment; over a cycle, nearly the whole category.',
  ...poolSettings(BUYERS),
  primary: ['entryPattern', 'windowMonths'],
  legend: [
    { className: 'c-in', label: 'In market this month' },
    { className: 'c-ever', label: 'Ever in market since month 1' },
    {
      className: 'c-bought',
      label: 'Carried over: of this month\u2019s in-market buyers, those also in market 3 months earlier',
    },
  ],
  aspect: 0.5,
  minHeight: 220,
  maxHeight: 420,
  compute({ scenario, extras }) {
    return simulatePool({ ...scenario, buyers: BUYERS }, { seed: extras['seed']!, months: MONTHS });
  },
  draw(rows, _state, options) {
    const lines: ShareRow[] = [
      ...rows.map((r) => ({ month: r.month, series: 'In market', role: 'c-in' as const, value: r.inMarketShare })),
      ...rows.map((r) => ({
        month: r.month,
        series: 'Ever in market',
        role: 'c-ever' as const,
        value: r.everInMarketShare,
      })),
      // The share the text says "carries over" (until now only in the data table), from month 4 on.
      ...rows.flatMap((r) =>
        r.stayedShare === null || r.month <= 3
          ? []
          : [{ month: r.month, series: 'Carried over', role: 'c-bought' as const, value: r.stayedShare }],
      ),
    ];
    return shareLines(lines, options);
  },
  summary(rows) {
    const now = mean(rows.map((r) => r.inMarketShare));
    return `About ${formatPercent(now)} of buyers are in market in a typical month, yet ${formatPercent(rows[11]!.everInMarketShare)} have been in market at least once by month 12 and ${formatPercent(rows.at(-1)!.everInMarketShare)} by month ${MONTHS}.`;
  },
  values(rows) {
    return {
      inMarket: mean(rows.map((r) => r.inMarketShare)),
      everInYear: rows[11]!.everInMarketShare,
    };
  },
  stats(rows) {
    const stayed = rows.map((r) => r.stayedShare).filter((v): v is number => v !== null);
    return {
      everInYear: formatPercent(rows[11]!.everInMarketShare),
      everInCycle: formatPercent(rows.at(-1)!.everInMarketShare),
      stayedShare: formatPercent(mean(stayed)),
    };
  },
  table(rows) {
    return {
      columns: [
        countColumn('month', 'Month'),
        percentColumn('inMarketShare', 'In market'),
        percentColumn('everInMarketShare', 'Ever in market'),
        percentColumn('stayedShare', 'Also in market 3 months earlier'),
      ],
      rows: rows.map((r) => ({ ...r })),
    };
  },
};

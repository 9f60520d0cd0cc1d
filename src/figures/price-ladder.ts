// Figure: the price ladder. The month's searchers sorted by the price their click clears at;
// the cheapest are bought first, so the marginal click costs far more than the average.

import { priceLadder } from '../charts/priceLadder.ts';
import type { LadderRow } from '../charts/priceLadder.ts';
import { monthAt, priceLadderRungs } from '../model/index.ts';
import {
  formatCount,
  formatCountAbout,
  formatCurrency,
  formatCurrencyAbout,
  formatDecimal,
  formatPercent,
} from '../lib/format.ts';
import { activationSettings } from './activation.ts';
import { currencyColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const RUNGS = 400;

export interface Ladder {
  rows: LadderRow[];
  searchers: number;
  clicks: number;
  avgCpc: number | null;
  marginalCpc: number | null;
  saturated: boolean;
}

export const priceLadderFigure: FigureDefinition<Ladder> = {
  name: 'price-ladder',
  namespace: 'ladder',
  title: 'The price ladder: cheapest clicks first',
  caption:
    'Every buyer searching the category this month is a click opportunity with its own clearing price, drawn here from cheapest to dearest (the prices are the quantiles of the model\u2019s lognormal auction). The shaded part is what the current activation spend buys.',
  ...activationSettings,
  primary: ['monthlyBudget', 'cpcSpread'],
  extras: {},
  legend: [
    { className: 'c-activation', label: 'Clicks bought at your spend' },
    { className: 'c-out', label: 'Clicks left to competitors' },
    { className: 'c-in', label: 'Price of the last click bought' },
  ],
  aspect: 0.5,
  minHeight: 240,
  maxHeight: 440,
  compute({ scenario }) {
    const row = monthAt(scenario, scenario.monthlyBudget);
    const searchers = row.categorySearchers;
    const share = searchers > 0 ? row.paidClicks / searchers : 0;
    const rows: LadderRow[] = priceLadderRungs(RUNGS, { ...scenario, shareBought: share });
    return {
      rows,
      searchers,
      clicks: row.paidClicks,
      avgCpc: row.avgCpc,
      marginalCpc: row.marginalCpc,
      saturated: row.saturated,
    };
  },
  draw(ladder, _state, options) {
    return priceLadder(ladder.rows, ladder, options);
  },
  summary(l) {
    if (l.saturated)
      return `All ${formatCount(l.searchers)} searchers this month are bought at ${formatCurrency(l.avgCpc)} a click on average: the spend is past the pool\u2019s edge.`;
    return `Of ${formatCount(l.searchers)} searchers this month, the spend buys the cheapest ${formatCount(l.clicks)} (${formatPercent(l.searchers ? l.clicks / l.searchers : null)}) at ${formatCurrency(l.avgCpc)} a click on average; the last one bought costs ${formatCurrency(l.marginalCpc)}.`;
  },
  values(l) {
    return {
      marginalOverAvg: l.marginalCpc !== null && l.avgCpc ? l.marginalCpc / l.avgCpc : null,
      shareBought: l.searchers ? l.clicks / l.searchers : null,
    };
  },
  stats(l) {
    return {
      searchers: formatCountAbout(l.searchers),
      clicksBought: formatCountAbout(l.clicks),
      shareBought: formatPercent(l.searchers ? l.clicks / l.searchers : null),
      avgCpc: formatCurrencyAbout(l.avgCpc),
      marginalCpc: formatCurrencyAbout(l.marginalCpc),
      marginalOverAvg:
        l.marginalCpc !== null && l.avgCpc
          ? `${formatDecimal(Math.round((l.marginalCpc / l.avgCpc) * 10) / 10)}\u00d7`
          : formatPercent(null),
    };
  },
  table(l) {
    return {
      columns: [
        percentColumn('rank', 'Share of opportunities priced at or below'),
        currencyColumn('price', 'Clearing price'),
        { key: 'bought', label: 'Bought', format: (v) => (v ? 'yes' : 'no') },
      ],
      rows: l.rows.filter((_, i) => i % 20 === 10).map((r) => ({ ...r })),
    };
  },
};

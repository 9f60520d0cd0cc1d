// Figure: tiers of accounts. A named list of a few hundred accounts (large deals, account-based
// targeting at a high CPM), a mid tier and a long tail, run as segments with the budget split
// across them by the reader (MODEL.md section 15); per tier and in total over the horizon.

import { accountTiers, parameters, tierTotals, TIERS } from '../model/index.ts';
import type { ParameterKey, TierTotals } from '../model/index.ts';
import { categoryBars } from '../charts/categories.ts';
import type { Role } from '../charts/palette.ts';
import { stackPanels } from '../charts/stack.ts';
import {
  formatCount,
  formatCountAbout,
  formatCurrency,
  formatCurrencyAbout,
  formatMonths,
  formatPercent,
} from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { marketPresetsFor } from './common.ts';
import { countColumn, currencyColumn, percentColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

const ROLES: Role[] = ['c-brand', 'c-bought', 'c-activation', 'c-ever'];

/** Revenue per dollar of marketing and sales spend, compact: "$3.20". */
function compactMoney(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '\u2014';
  if (value >= 1e6) return `$${(value / 1e6).toFixed(2)}M`;
  if (value >= 1e3) return `$${(value / 1e3).toFixed(0)}k`;
  return formatCurrency(value);
}

const CONTROLS: ParameterKey[] = [
  'monthlyBudget',
  'brandShare',
  'dealSize',
  'horizonMonths',
  'cycleMonths',
  'windowMonths',
  'medianCpc',
];

/** "twice", "6 times", "0.4 times": a multiplier in words. */
function times(n: number): string {
  return n === 2 ? 'twice' : `${n} times`;
}

const { named: NAMED, mid: MID, tail: TAIL } = TIERS;

/** Written from the tier constants of the model (TIERS), so the words cannot drift from the runs. */
export const ACCOUNT_TIERS_CAPTION = `The budget split across three tiers, each run as its own market and added up: a named list (${formatCount(NAMED.buyers)} accounts in a category of ${formatCount(TIERS.perBuyers)} buyers, scaled with yours) with deals ${times(NAMED.dealSizeTimes)} the size, account-based targeting at ${times(NAMED.brandCpmTimes)} the price per thousand, and leads that become opportunities ${times(NAMED.leadToOppColdTimes)} as often when cold and ${times(NAMED.leadToOppWarmTimes)} as often when warm; a mid tier of ${formatCount(MID.buyers)} with deals ${times(MID.dealSizeTimes)} the size; and the long tail with deals ${times(TAIL.dealSizeTimes)} the size. Every tier runs the same brand share. Above, revenue over the horizon; below, the cost of winning a customer.`;

export const accountTiersFigure: FigureDefinition<TierTotals[]> = {
  name: 'account-tiers',
  namespace: 'tiers',
  title: 'Tiers of accounts',
  caption: ACCOUNT_TIERS_CAPTION,
  overrides: budgetOverrides,
  primary: ['namedShare', 'midShare', 'brandShare'],
  controls: CONTROLS,
  extras: {
    namedShare: {
      ...parameters.brandShare,
      default: TIERS.namedShare,
      label: 'Budget on named accounts',
      description: 'Share of the whole budget spent on the named-account tier.',
      source: 'A choice of plan.',
    },
    midShare: {
      ...parameters.brandShare,
      default: TIERS.midShareOfRest,
      label: 'Mid tier\u2019s share of the rest',
      description:
        'Of what is left after the named accounts, the share spent on the mid tier; the long tail gets the remainder.',
      source: 'A choice of plan.',
    },
  },
  presets: marketPresetsFor(CONTROLS),
  legend: [
    { className: 'c-brand', label: NAMED.name },
    { className: 'c-bought', label: MID.name },
    { className: 'c-activation', label: TAIL.name },
    { className: 'c-ever', label: 'All tiers' },
  ],
  aspect: 0.7,
  minHeight: 340,
  maxHeight: 520,
  compute({ scenario, extras }) {
    return tierTotals(scenario, accountTiers(scenario, extras['namedShare']!, extras['midShare']!));
  },
  draw(tiers, _state, options) {
    const top = Math.round(options.height * 0.5);
    const bars = (value: (t: TierTotals) => number | null, format: (v: number | null) => string) =>
      tiers.map((t, i) => ({ category: t.name, value: value(t), role: ROLES[i]!, label: format(value(t)) }));
    return stackPanels(
      [
        categoryBars(
          bars((t) => t.revenue, compactMoney),
          { ...options, height: top, xLabel: 'Revenue over the horizon', xFormat: '$.2~s' },
        ),
        categoryBars(
          bars((t) => t.cac, compactMoney),
          {
            ...options,
            height: options.height - top - 8,
            xLabel: 'Cost of winning a customer (CAC)',
            xFormat: '$.2~s',
          },
        ),
      ],
      options,
    );
  },
  summary(tiers, { scenario }) {
    const all = tiers.at(-1)!;
    return `Over ${formatMonths(scenario.horizonMonths)}, ${tiers
      .slice(0, -1)
      .map(
        (t) =>
          `${t.name.toLowerCase()} (${formatPercent(t.budgetShare)} of the budget) bring ${formatCount(t.wins)} wins and ${formatCurrencyAbout(t.revenue)} at ${formatCurrencyAbout(t.cac)} a customer`,
      )
      .join(
        '; ',
      )}. Together: ${formatCount(all.wins)} wins, ${formatCurrencyAbout(all.revenue)}, ${formatCurrencyAbout(all.cac)} a customer.`;
  },
  values(tiers) {
    return { totalRevenue: tiers.at(-1)!.revenue, namedRevenue: tiers[0]!.revenue };
  },
  stats(tiers) {
    const [named, mid, tail, all] = tiers as [TierTotals, TierTotals, TierTotals, TierTotals];
    const out: Record<string, string> = {};
    for (const [key, t] of [
      ['named', named],
      ['mid', mid],
      ['tail', tail],
      ['all', all],
    ] as const) {
      out[`${key}Share`] = formatPercent(t.budgetShare);
      out[`${key}Wins`] = formatCountAbout(t.wins);
      out[`${key}Revenue`] = formatCurrencyAbout(t.revenue);
      out[`${key}Cac`] = formatCurrencyAbout(t.cac);
      out[`${key}Leads`] = formatCountAbout(t.leads);
    }
    return out;
  },
  table(tiers) {
    return {
      columns: [
        { key: 'name', label: 'Tier', format: (v) => String(v) },
        percentColumn('budgetShare', 'Budget share'),
        countColumn('buyers', 'Buyers'),
        countColumn('leads', 'Leads'),
        countColumn('opportunities', 'Opportunities'),
        countColumn('wins', 'Wins'),
        currencyColumn('revenue', 'Revenue'),
        currencyColumn('cac', 'CAC'),
      ],
      rows: tiers.map((t) => ({ ...t })),
    };
  },
};

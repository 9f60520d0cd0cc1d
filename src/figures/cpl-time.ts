// Figure: fully loaded cost per lead month by month for 10% brand, 60% brand and the reader's
// split at the same total budget. The brand-heavy split starts dearer and ends cheaper; an
// optional band shows the spread of the agent engine over many seeds.

import { crossoverMonth, relative } from '../model/index.ts';
import type { BandJob, BandResult } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import type { BandRow, Marker } from '../charts/lineChart.ts';
import { formatCount, formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import { HEAVY, LIGHT, brandSettings, higherLower, splitLegend, splitRuns } from './splits.ts';
import type { SplitRun } from './splits.ts';
import { switchSetting } from './common.ts';
import { countColumn, currencyColumn } from './columns.ts';
import type { FigureDefinition } from './types.ts';

/** Seeds per share in the background band, and the most buyers simulated per run. */
const BAND_SEEDS = 20;
const BAND_BUYERS = 100_000;

const band = switchSetting(
  'Uncertainty band',
  `10th-90th percentile of the agent engine over ${BAND_SEEDS} seeds, computed in the background.`,
  'The agent engine (see /model/).',
);

export interface CplTime {
  runs: SplitRun[];
  bands: BandResult | null;
}

/** "83 to 118": the fewest and most leads in any month of the two reference splits. */
function leadRange(runs: readonly SplitRun[]): string {
  const leads = runs.flatMap((run) => run.rows.map((r) => r.leads));
  return `${formatCount(Math.min(...leads))} to ${formatCount(Math.max(...leads))}`;
}

export const cplTimeFigure: FigureDefinition<CplTime> = {
  name: 'cpl-time',
  namespace: 'cpl',
  title: 'Cost per lead over three years, three ways to split one budget',
  caption:
    'Fully loaded cost per lead (brand and activation spend over all leads) each month, at the same total budget: 10% on brand (the activation-heavy \u201c90/10\u201d), 60% on brand (Binet & Field\u2019s \u201c60/40\u201d), and your own split, dashed. The dot marks the month from which 60% brand has the lower cumulative cost per lead.',
  ...brandSettings,
  primary: ['brandShare', 'monthlyBudget'],
  extras: { band },
  legend: [...splitLegend, { className: 'c-ever', label: 'Your split (dashed)' }],
  aspect: 0.55,
  minHeight: 280,
  maxHeight: 480,
  compute({ scenario }) {
    return { runs: splitRuns(scenario), bands: null };
  },
  background: {
    toggle: 'band',
    kind: 'band',
    label: 'uncertainty band',
    job({ scenario }): BandJob {
      // A market larger than the cap is simulated at the cap with the budget scaled to match,
      // which keeps every expectation (exposures per buyer, CPL) and widens only the spread.
      const buyers = Math.min(scenario.buyers, BAND_BUYERS);
      const scale = buyers / scenario.buyers;
      return {
        scenario: { ...scenario, buyers, monthlyBudget: scenario.monthlyBudget * scale, schedule: [] },
        shares: [LIGHT, HEAVY, scenario.brandShare],
        seeds: BAND_SEEDS,
        buyers,
      };
    },
    merge(rows, result) {
      return { ...rows, bands: result as BandResult };
    },
  },
  draw({ runs, bands }, _state, options) {
    const [light, heavy] = runs as [SplitRun, SplitRun, SplitRun];
    const cross = crossoverMonth(heavy, light);
    const markers: Marker[] =
      cross === null
        ? []
        : // On the 60% line, and only where that line is drawn (lineChart drops it otherwise).
          [{ x: cross, y: 0, label: `month ${cross}`, role: 'c-brand', series: heavy.label }];
    const bandRows: BandRow[] = bands
      ? runs.flatMap((run, s) =>
          (bands.bands[s] ?? [])
            .filter((p) => p.p10 !== null && p.p90 !== null)
            .map((p) => ({ x: p.month, series: run.label, role: run.role, low: p.p10!, high: p.p90! })),
        )
      : [];
    return lineChart(
      runs.flatMap((run) =>
        run.rows.map((r) => ({ x: r.month, series: run.label, role: run.role, value: r.cpl, dashed: run.dashed })),
      ),
      {
        ...options,
        xLabel: 'Month',
        yLabel: 'Fully loaded cost per lead',
        yFormat: '$,.0f',
        xDomain: [1, Math.max(2, light.rows.length)],
        bands: bandRows,
        markers,
      },
    );
  },
  summary({ runs, bands }) {
    const [light, heavy, own] = runs as [SplitRun, SplitRun, SplitRun];
    const last = light.rows.length;
    const cross = crossoverMonth(heavy, light);
    const crossText =
      cross === null
        ? `does not overtake it within ${formatMonths(last)}`
        : `has the lower cumulative cost from month ${cross}`;
    const band = bands
      ? ` The band shows the 10th to 90th percentile over ${formatCount(bands.seedsDone)} of ${formatCount(bands.seeds)} seeds.`
      : '';
    return `In month 1, 60% brand costs ${formatCurrency(heavy.rows[0]!.cpl)} a lead against ${formatCurrency(light.rows[0]!.cpl)} for 10% brand; it ${crossText}, and by month ${last} it costs ${formatCurrency(heavy.rows.at(-1)!.cpl)} against ${formatCurrency(light.rows.at(-1)!.cpl)}. Your split (${formatPercent(own.share)} brand) ends at ${formatCurrency(own.rows.at(-1)!.cpl)}.${band}`;
  },
  values({ runs }) {
    const [light, heavy] = runs as [SplitRun, SplitRun, SplitRun];
    return { crossoverMonth: crossoverMonth(heavy, light) };
  },
  stats({ runs }, { scenario }) {
    const [light, heavy] = runs as [SplitRun, SplitRun, SplitRun];
    const cross = crossoverMonth(heavy, light);
    return {
      ownShare: formatPercent(scenario.brandShare),
      month1Light: formatCurrency(light.rows[0]!.cpl),
      month1Heavy: formatCurrency(heavy.rows[0]!.cpl),
      month1Gap: higherLower(relative(heavy.rows[0]!.cpl, light.rows[0]!.cpl)),
      crossoverMonth: cross === null ? `after month ${light.rows.length}` : `month ${cross}`,
      lastLight: formatCurrency(light.rows.at(-1)!.cpl),
      lastHeavy: formatCurrency(heavy.rows.at(-1)!.cpl),
      lastGap: higherLower(relative(heavy.rows.at(-1)!.cpl, light.rows.at(-1)!.cpl)),
      horizon: formatMonths(light.rows.length),
      lastMonth: `month ${formatCount(light.rows.length)}`,
      month1SalienceLight: formatPercent(light.rows[0]!.salience),
      month1SalienceHeavy: formatPercent(heavy.rows[0]!.salience),
      month1BrandFirstLight: formatCount(light.rows[0]!.brandFirstLeads),
      month1BrandFirstHeavy: formatCount(heavy.rows[0]!.brandFirstLeads),
      monthlyLeads: leadRange([light, heavy]),
    };
  },
  table({ runs, bands }) {
    const [light, heavy, own] = runs as [SplitRun, SplitRun, SplitRun];
    return {
      columns: [
        countColumn('month', 'Month'),
        currencyColumn('light', 'CPL, 10% brand'),
        currencyColumn('heavy', 'CPL, 60% brand'),
        currencyColumn('own', `CPL, ${formatPercent(own.share)} brand`),
        currencyColumn('heavyCumulative', 'Cumulative CPL, 60% brand'),
        currencyColumn('lightCumulative', 'Cumulative CPL, 10% brand'),
        ...(bands
          ? [currencyColumn('ownP10', 'Yours, 10th percentile'), currencyColumn('ownP90', 'Yours, 90th percentile')]
          : []),
      ],
      rows: light.rows.map((r, i) => ({
        month: r.month,
        light: r.cpl,
        heavy: heavy.rows[i]!.cpl,
        own: own.rows[i]!.cpl,
        heavyCumulative: heavy.cumulative[i]!.cpl,
        lightCumulative: light.cumulative[i]!.cpl,
        ownP10: bands?.bands[2]?.[i]?.p10 ?? null,
        ownP90: bands?.bands[2]?.[i]?.p90 ?? null,
      })),
    };
  },
};

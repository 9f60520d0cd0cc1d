// Figure: what the dashboard says about a brand cut. Brand spend is cut for a span of months and
// the money saved (or moved to activation); the dashboard's cost per lead and its last-click
// credit, against the leads each month and the leads the brand budget truly earned, held and cut
// (MODEL.md sections 6 and 13).

import { attribution, brandCut, cutSegment, parameters } from '../model/index.ts';
import type { BrandCut, Scenario } from '../model/index.ts';
import { lineChart } from '../charts/lineChart.ts';
import { stackPanels } from '../charts/stack.ts';
import { formatCount, formatCountAbout, formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import { budgetOverrides } from './splits.ts';
import { month } from './downturn.ts';
import { riseOrFall, switchSetting } from './common.ts';
import { countColumn, currencyColumn } from './columns.ts';
import type { FigureDefinition, FigureState } from './types.ts';

export interface DashboardCutRows extends BrandCut {
  money: 'saved' | 'moved';
  /** Leads last click credits to brand channels each month, held and cut. */
  heldBrandCredit: number[];
  cutBrandCredit: number[];
  /** Leads the brand budget truly earned each month (its Shapley credit), held and cut. */
  heldTrueBrand: number[];
  cutTrueBrand: number[];
}

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** What a brand cut did, as the dashboard and as the truth see it. */
export function cutReport(d: BrandCut) {
  const span = d.held.slice(d.from - 1, d.to);
  const cutSpan = d.cut.slice(d.from - 1, d.to);
  const sum = (rows: typeof span, f: (r: (typeof span)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const spend = (r: (typeof span)[number]) => r.brandSpend + r.activationSpend;
  const first = d.from - 1;
  const change = (a: number | null, b: number | null) => (a !== null && b ? a / b - 1 : null);
  let worstGap = 0;
  let worstMonth = d.from;
  d.held.forEach((r, i) => {
    const gap = r.leads > 0 ? 1 - d.cut[i]!.leads / r.leads : 0;
    if (gap > worstGap) {
      worstGap = gap;
      worstMonth = r.month;
    }
  });
  const heldLeads = d.heldTotal.at(-1)!.leads;
  const cutLeads = d.cutTotal.at(-1)!.leads;
  const opps = (rows: typeof span) => sum(rows, (r) => r.opportunities);
  return {
    spendChange: change(sum(cutSpan, spend), sum(span, spend)),
    saved: sum(d.held, spend) - sum(d.cut, spend),
    firstLeadsChange: change(d.cut[first]!.leads, d.held[first]!.leads),
    firstDashboardChange: change(d.cut[first]!.dashboardCpl, d.held[first]!.dashboardCpl),
    firstDashboard: d.cut[first]!.dashboardCpl,
    heldDashboard: d.held[first]!.dashboardCpl,
    worstGap,
    worstMonth,
    worstDashboardChange: change(d.cut[worstMonth - 1]!.dashboardCpl, d.held[worstMonth - 1]!.dashboardCpl),
    leadsLost: heldLeads - cutLeads,
    oppsLost: opps(d.held) - opps(d.cut),
    lastGap: d.held.at(-1)!.leads > 0 ? 1 - d.cut.at(-1)!.leads / d.held.at(-1)!.leads : null,
  };
}

const moneySetting = switchSetting(
  'The money taken from brand',
  'Saved (the budget shrinks for the cut) or moved to activation (the total stays the same).',
  'A choice of scenario.',
  [
    { value: 0, label: 'Saved' },
    { value: 1, label: 'Moved to activation' },
  ],
);

function moneyOf(state: FigureState): 'saved' | 'moved' {
  return state.extras['money'] === 1 ? 'moved' : 'saved';
}

export const dashboardCutFigure: FigureDefinition<DashboardCutRows> = {
  name: 'dashboard-cut',
  namespace: 'dcut',
  title: 'What the dashboard says about a brand cut',
  caption:
    'Brand spend is cut for the shaded months, then restored. Above, the activation dashboard\u2019s cost per lead (activation spend over all leads); below, the leads each month, and dashed, the leads the brand budget truly earned (its true credit). Both against the same plan held steady. Last click credits none of these leads to brand in either plan, so the dashboard has nowhere to show what the cut cost.',
  overrides: budgetOverrides,
  controls: ['brandShare', 'monthlyBudget', 'memoryHalfLifeMonths', 'brandFirstRate', 'horizonMonths'],
  primary: ['cutMonths', 'money'],
  extras: {
    cutShare: {
      ...parameters.brandShare,
      default: 0,
      label: 'Brand share during the cut',
      description: 'Share of the budget left on brand while the cut lasts (never more than before it).',
    },
    cutFrom: month('Cut starts in month', 'First month of the cut.', 13, 60),
    cutMonths: month('Cut lasts', 'Months the cut lasts before brand spend is restored.', 6, 24),
    money: moneySetting,
  },
  presets: [],
  // Drag the edges of the cut: its first month, and its last (which sets how long it lasts).
  handles: [
    {
      setting: 'cutFrom',
      label: 'First month of the cut',
      x: (_, value) => value - 0.5,
      fromX: (_, x) => Math.round(x + 0.5),
    },
    {
      setting: 'cutMonths',
      label: 'Last month of the cut',
      x: ({ extras }, value) => extras['cutFrom']! + value - 0.5,
      fromX: ({ extras }, x) => Math.round(x + 0.5) - extras['cutFrom']!,
    },
  ],
  legend: [
    { className: 'c-brand', label: 'Plan held' },
    { className: 'c-activation', label: 'Brand cut, then restored' },
    { className: 'c-ever dashed', label: 'Dashed: the leads each plan\u2019s brand budget earned' },
  ],
  aspect: 0.75,
  minHeight: 380,
  maxHeight: 600,
  compute(state) {
    const { scenario, extras } = state;
    const money = moneyOf(state);
    const options = {
      fromMonth: extras['cutFrom']!,
      months: extras['cutMonths']!,
      brandShare: extras['cutShare']!,
      money,
    };
    const credit = (schedule: Scenario['schedule']) => {
      const rows = attribution({ ...scenario, schedule });
      return {
        lastClick: rows.map((r) => r.leads.lastClick.brandChannels),
        trueBrand: rows.map((r) => r.leads.trueCredit.brand),
      };
    };
    const held = credit([]);
    const cut = credit([cutSegment(scenario, options)]);
    return {
      money,
      ...brandCut(scenario, options),
      heldBrandCredit: held.lastClick,
      cutBrandCredit: cut.lastClick,
      heldTrueBrand: held.trueBrand,
      cutTrueBrand: cut.trueBrand,
    };
  },
  draw(d, _state, options) {
    const months = Math.max(2, d.held.length);
    const spans = [{ from: d.from - 0.5, to: d.to + 0.5, label: 'cut' }];
    const top = Math.round(options.height * 0.5);
    const dashboard = lineChart(
      d.held.flatMap((r, i) => [
        { x: r.month, series: 'Held', role: 'c-brand' as const, value: r.dashboardCpl },
        { x: r.month, series: 'Cut', role: 'c-activation' as const, value: d.cut[i]!.dashboardCpl },
      ]),
      {
        ...options,
        height: top,
        xLabel: 'Month',
        yLabel: 'Dashboard cost per lead',
        yFormat: '$,.0f',
        xDomain: [1, months],
        spans,
      },
    );
    const leads = lineChart(
      d.held.flatMap((r, i) => [
        { x: r.month, series: 'Held', role: 'c-brand' as const, value: r.leads },
        { x: r.month, series: 'Cut', role: 'c-activation' as const, value: d.cut[i]!.leads },
        { x: r.month, series: 'Held: brand', role: 'c-brand' as const, value: d.heldTrueBrand[i]!, dashed: true },
        { x: r.month, series: 'Cut: brand', role: 'c-activation' as const, value: d.cutTrueBrand[i]!, dashed: true },
      ]),
      {
        ...options,
        height: options.height - top - 8,
        xLabel: 'Month',
        yLabel: 'Leads in the month',
        yFormat: ',.0f',
        xDomain: [1, months],
        spans,
        rules: d.heldBrandCredit.concat(d.cutBrandCredit).every((x) => x === 0)
          ? [{ y: 0, label: 'Last click credits brand with none', role: 'c-ever' }]
          : [],
      },
    );
    return stackPanels([dashboard, leads], options);
  },
  summary(d) {
    const r = cutReport(d);
    const spend =
      r.spendChange !== null && r.spendChange < 0
        ? `spending falls ${formatPercent(-r.spendChange)}`
        : 'spending is unchanged';
    return `During the cut (months ${d.from}\u2013${d.to}) ${spend}; in its first month leads ${riseOrFall(r.firstLeadsChange)} and the dashboard\u2019s cost per lead moves from ${formatCurrency(r.heldDashboard)} to ${formatCurrency(r.firstDashboard)}. The worst month is month ${r.worstMonth}, with ${formatPercent(r.worstGap)} fewer leads than the plan that held. By month ${d.held.length} the cut has cost ${formatCount(r.leadsLost)} leads and ${formatCount(r.oppsLost)} opportunities${d.money === 'saved' ? ` to save ${formatCurrency(r.saved)}` : ''}. True credit gives the brand budget ${formatCount(sumOf(d.heldTrueBrand))} leads in the plan that held and ${formatCount(sumOf(d.cutTrueBrand))} in the plan that cut; last click gives it ${formatCount(sumOf(d.heldBrandCredit))} and ${formatCount(sumOf(d.cutBrandCredit))}.`;
  },
  values(d) {
    const r = cutReport(d);
    return { worstGap: r.worstGap, firstLeadsChange: r.firstLeadsChange, leadsLost: r.leadsLost };
  },
  stats(d) {
    const r = cutReport(d);
    return {
      cutSpan: `months ${d.from}\u2013${d.to}`,
      cutLength: formatMonths(d.to - d.from + 1),
      spendCut: formatPercent(r.spendChange === null ? null : -r.spendChange),
      firstLeads: riseOrFall(r.firstLeadsChange),
      heldDashboard: formatCurrency(r.heldDashboard),
      firstDashboard: formatCurrency(r.firstDashboard),
      worstGap: formatPercent(r.worstGap),
      worstMonth: `month ${r.worstMonth}`,
      worstDashboardChange: formatPercent(r.worstDashboardChange),
      leadsLost: formatCount(r.leadsLost),
      oppsLost: formatCount(r.oppsLost),
      saved: formatCurrency(r.saved),
      lastGap: formatPercent(r.lastGap),
      heldTrueBrand: formatCountAbout(sumOf(d.heldTrueBrand)),
      cutTrueBrand: formatCountAbout(sumOf(d.cutTrueBrand)),
      trueBrandLost: formatCount(sumOf(d.heldTrueBrand) - sumOf(d.cutTrueBrand)),
    };
  },
  table(d) {
    return {
      columns: [
        countColumn('month', 'Month'),
        currencyColumn('heldDashboard', 'Dashboard CPL, held'),
        currencyColumn('cutDashboard', 'Dashboard CPL, cut'),
        countColumn('heldLeads', 'Leads, held'),
        countColumn('cutLeads', 'Leads, cut'),
        countColumn('heldBrandCredit', 'Credited to brand by last click, held'),
        countColumn('cutBrandCredit', 'Credited to brand by last click, cut'),
        countColumn('heldTrueBrand', 'Earned by the brand budget (true credit), held'),
        countColumn('cutTrueBrand', 'Earned by the brand budget (true credit), cut'),
      ],
      rows: d.held.map((r, i) => ({
        month: r.month,
        heldDashboard: r.dashboardCpl,
        cutDashboard: d.cut[i]!.dashboardCpl,
        heldLeads: r.leads,
        cutLeads: d.cut[i]!.leads,
        heldBrandCredit: d.heldBrandCredit[i],
        cutBrandCredit: d.cutBrandCredit[i],
        heldTrueBrand: d.heldTrueBrand[i],
        cutTrueBrand: d.cutTrueBrand[i],
      })),
    };
  },
};

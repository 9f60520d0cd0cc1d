// The planner's dashboard and comparison as DOM, with an injected document: the build draws the
// defaults into the page (it reads without JavaScript), the planner island redraws the same
// parts on every change. Text is only ever set with textContent.

import { formatCount, formatCurrency, formatMonths, formatPercent, formatValue, inSentence } from '../lib/format.ts';
import { parameters } from '../model/index.ts';
import type { PlannerDashboard } from '../model/index.ts';
import { el } from './dom.ts';

type Doc = Document;

/** A small table: a caption, a header row and body rows of text; the first column is a row header. */
export function table(document: Doc, caption: string, head: string[], rows: string[][], id?: string): HTMLElement {
  // A wide table scrolls sideways on a phone; the region takes focus so the keyboard can scroll it.
  const wrap = el(document, 'div', { class: 'planner-table', role: 'region', tabindex: '0', 'aria-label': caption });
  const t = el(document, 'table', id ? { id } : {});
  t.append(el(document, 'caption', {}, caption));
  const thead = el(document, 'thead');
  const tr = el(document, 'tr');
  for (const h of head) tr.append(el(document, 'th', { scope: 'col' }, h));
  thead.append(tr);
  const tbody = el(document, 'tbody');
  for (const row of rows) {
    const r = el(document, 'tr');
    row.forEach((cell, i) =>
      r.append(i === 0 ? el(document, 'th', { scope: 'row' }, cell) : el(document, 'td', {}, cell)),
    );
    tbody.append(r);
  }
  t.append(thead, tbody);
  wrap.append(t);
  return wrap;
}

/** A headline figure: a big number and what it means. */
function stat(document: Doc, id: string, value: string, label: string): HTMLElement {
  const item = el(document, 'div', { class: 'planner-stat', 'data-stat': id });
  item.append(
    el(document, 'span', { class: 'planner-stat-value' }, value),
    el(document, 'span', { class: 'planner-stat-label' }, label),
  );
  return item;
}

const SPLIT_NAMES: Record<string, string> = { light: '10% brand', heavy: '60% brand' };

function splitName(split: PlannerDashboard['splits'][number]): string {
  return split.label === 'own' ? `Yours: ${formatPercent(split.share)} brand` : SPLIT_NAMES[split.label]!;
}

/** The dashboard of one scenario: pool, activation today, three splits over time, best split, a cut, sensitivity. */
export function buildDashboard(document: Doc, d: PlannerDashboard): HTMLElement {
  const root = el(document, 'div', { class: 'planner-dashboard' });

  const pool = el(document, 'section', { class: 'planner-section', 'aria-labelledby': 'dash-pool' });
  pool.append(el(document, 'h3', { id: 'dash-pool' }, 'The in-market pool'));
  const poolStats = el(document, 'div', { class: 'planner-stats' });
  poolStats.append(
    stat(
      document,
      'inMarket',
      formatCount(d.pool.inMarket),
      `buyers in market in a month, of ${formatCount(d.pool.buyers)} (${formatPercent(d.pool.inMarketShare)})`,
    ),
    stat(document, 'deciders', formatCount(d.pool.deciders), 'buyers enter the market and decide each month'),
  );
  pool.append(poolStats);

  const a = d.activation;
  const act = el(document, 'section', { class: 'planner-section', 'aria-labelledby': 'dash-activation' });
  act.append(el(document, 'h3', { id: 'dash-activation' }, 'What this month\u2019s activation budget buys'));
  const actStats = el(document, 'div', { class: 'planner-stats' });
  actStats.append(
    stat(document, 'activationBudget', formatCurrency(a.activationBudget), 'activation budget a month'),
    stat(
      document,
      'shareBought',
      formatPercent(a.shareBought),
      `of ${formatCount(a.searchers)} category searchers bought (${formatCount(a.clicks)} clicks)`,
    ),
    stat(
      document,
      'avgCpc',
      formatCurrency(a.avgCpc),
      `average cost per click; the last click bought costs ${a.saturated ? 'nothing more: every searcher is bought' : formatCurrency(a.marginalCpc)}`,
    ),
    stat(
      document,
      'avgCplPaid',
      formatCurrency(a.avgCplPaid),
      `average cost per paid lead; the next paid lead costs ${a.saturated ? '\u2014 (pool exhausted)' : formatCurrency(a.marginalCpl)}`,
    ),
    stat(
      document,
      'saturationSpend',
      formatCurrency(a.saturationSpend),
      'activation spend a month at which the pool runs out',
    ),
  );
  act.append(actStats);

  const splits = el(document, 'section', { class: 'planner-section', 'aria-labelledby': 'dash-splits' });
  splits.append(el(document, 'h3', { id: 'dash-splits' }, 'Three splits of the same budget, added up over time'));
  const horizons = d.splits[0]?.atHorizon.map((h) => h.months) ?? [];
  const metrics: { label: string; read: (h: PlannerDashboard['splits'][number]['atHorizon'][number]) => string }[] = [
    { label: 'Cost per lead', read: (h) => formatCurrency(h.cpl) },
    { label: 'Opportunities', read: (h) => formatCount(h.opportunities) },
    { label: 'Wins', read: (h) => formatCount(h.wins) },
    { label: 'CAC', read: (h) => formatCurrency(h.cac) },
  ];
  const head = ['Measure', ...d.splits.map(splitName)];
  const rows: string[][] = [];
  for (const months of horizons)
    for (const m of metrics)
      rows.push([
        `${m.label}, ${formatMonths(months)}`,
        ...d.splits.map((s) => m.read(s.atHorizon.find((h) => h.months === months)!)),
      ]);
  splits.append(
    table(
      document,
      'Cumulative cost per lead, opportunities, wins and customer acquisition cost (CAC: marketing and sales cost per win) at 12, 24 and 36 months',
      head,
      rows,
      'dash-splits-table',
    ),
  );

  const best = el(document, 'section', { class: 'planner-section', 'aria-labelledby': 'dash-best' });
  best.append(el(document, 'h3', { id: 'dash-best' }, 'The brand share that brings the most leads'));
  const bestStats = el(document, 'div', { class: 'planner-stats' });
  for (const b of d.bestShare)
    bestStats.append(
      stat(
        document,
        `best${b.months}`,
        `${formatPercent(b.share)} brand`,
        `over ${formatMonths(b.months)} (${formatCount(b.leads)} leads)`,
      ),
    );
  best.append(bestStats);

  const c = d.brandCut;
  const cut = el(document, 'section', { class: 'planner-section', 'aria-labelledby': 'dash-cut' });
  cut.append(el(document, 'h3', { id: 'dash-cut' }, 'What cutting brand to zero for two quarters would cost'));
  cut.append(
    el(
      document,
      'p',
      { 'data-stat': 'brandCut' },
      c.leadsLost > 0
        ? `Moving the brand budget to activation in months ${c.fromMonth}\u2013${c.toMonth} makes leads cheaper while it lasts (${formatCurrency(c.cplDuringCutCut)} against ${formatCurrency(c.cplDuringCutPlan)} a lead), and costs ${formatCount(c.leadsLost)} leads over 36 months (${formatPercent(c.leadsLostShare)} of ${formatCount(c.leadsPlan)}).`
        : `Moving the brand budget to activation in months ${c.fromMonth}\u2013${c.toMonth} loses no leads over 36 months with these numbers (${formatCount(c.leadsCut)} against ${formatCount(c.leadsPlan)}).`,
    ),
  );

  const s = d.sensitivity;
  const sens = el(document, 'section', { class: 'planner-section', 'aria-labelledby': 'dash-sensitivity' });
  sens.append(el(document, 'h3', { id: 'dash-sensitivity' }, 'How much rests on numbers you cannot measure directly'));
  sens.append(
    el(
      document,
      'p',
      {},
      `Two of the model\u2019s rates are calibrated, not measured: how likely one brand impression is to put you in a buyer\u2019s mind, and how likely a buyer who has you in mind is to come straight to you. With your numbers the best share over 36 months is ${formatPercent(s.base)} brand; at half and double each rate it is:`,
    ),
  );
  sens.append(
    table(
      document,
      'Best brand share over 36 months at half and double each calibrated rate',
      ['Rate', 'Half', 'Double'],
      (['encodingPerExposure', 'brandFirstRate'] as const).map((key) => {
        const spec = parameters[key];
        const at = (factor: number) => s.rows.find((r) => r.key === key && r.factor === factor);
        const cell = (factor: number) => {
          const row = at(factor);
          return row ? `${formatPercent(row.bestShare)} brand (at ${formatValue(row.value, spec.format)})` : '\u2014';
        };
        return [inSentence(spec.label).replace(/^./, (x) => x.toUpperCase()), cell(0.5), cell(2)];
      }),
      'dash-sensitivity-table',
    ),
  );

  root.append(pool, act, splits, best, cut, sens);
  return root;
}

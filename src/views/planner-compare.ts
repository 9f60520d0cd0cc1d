// The planner's comparison of two or three scenarios: their headline numbers side by side with
// differences from the first, and each plan's cost per lead and leads as lines. It is the only part
// of the planner that draws a line chart, so it loads only when a second scenario appears.

import { lineChart } from '../charts/lineChart.ts';
import type { LineRow } from '../charts/lineChart.ts';
import type { Role } from '../charts/palette.ts';
import { stackPanels } from '../charts/stack.ts';
import { formatCount, formatCurrency, formatValue } from '../lib/format.ts';
import type { ComparisonMetric, PlannerComparison } from '../model/index.ts';
import { el } from './dom.ts';
import { table } from './planner-view.ts';

type Doc = Document;

const ROLES: Role[] = ['c-ever', 'c-brand', 'c-activation'];

/** The comparison: headline numbers side by side with differences against the first, and each plan's lines. */
export function buildComparison(
  document: Doc,
  comparison: PlannerComparison,
  names: string[],
  width: number,
): HTMLElement {
  const root = el(document, 'div', { class: 'planner-comparison' });
  const head = ['Measure', ...names.flatMap((name, i) => (i === 0 ? [name] : [name, `vs ${names[0]}`]))];
  const rows = comparison.metrics.map((m) => [
    m.label,
    ...m.values.flatMap((value, i) => {
      const shown = formatValue(value, m.format);
      if (i === 0) return [shown];
      return [shown, formatDelta(m.deltas[i] ?? null, m.format)];
    }),
  ]);
  root.append(
    table(document, 'Each scenario\u2019s numbers, with the difference from the first', head, rows, 'comparison-table'),
  );
  const plot = el(document, 'div', { class: 'figure-plot' });
  const lines = (pick: 'cpl' | 'leads'): LineRow[] =>
    comparison.series.flatMap((series, i) =>
      series.rows.map((r) => ({
        x: r.month,
        series: names[i] ?? `Scenario ${i + 1}`,
        role: ROLES[i % ROLES.length]!,
        value: r[pick],
        dashed: i === 1,
      })),
    );
  const months = Math.max(2, ...comparison.series.map((s) => s.rows.length));
  const half = 240;
  const chart = stackPanels(
    [
      lineChart(lines('cpl'), {
        width,
        height: half,
        document,
        xLabel: 'Month',
        yLabel: 'Fully loaded cost per lead',
        yFormat: '$,.0f',
        xDomain: [1, months],
      }),
      lineChart(lines('leads'), {
        width,
        height: half,
        document,
        xLabel: 'Month',
        yLabel: 'Leads a month',
        yFormat: ',.0f',
        xDomain: [1, months],
      }),
    ],
    { width, height: 2 * half + 8, document },
  );
  for (const node of chart.querySelectorAll('[aria-label], [aria-description]')) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', comparisonSummary(comparison, names));
  plot.append(chart);
  const legend = el(document, 'ul', { class: 'figure-legend', 'aria-label': 'Legend' });
  names.forEach((name, i) => {
    const li = el(document, 'li');
    li.append(
      el(document, 'span', { class: `swatch ${ROLES[i % ROLES.length]}`, 'aria-hidden': 'true' }),
      i === 1 ? `${name} (dashed)` : name,
    );
    legend.append(li);
  });
  root.append(legend, plot, el(document, 'p', { class: 'figure-summary' }, comparisonSummary(comparison, names)));
  return root;
}

/** "+$2,000", "\u2212$8,000", "+40 pts" for shares (percentage points), "0" for no difference. */
export function formatDelta(delta: number | null, format: ComparisonMetric['format']): string {
  if (delta === null || !Number.isFinite(delta)) return '\u2014';
  const size = formatValue(Math.abs(delta), format);
  // A difference too small to show is no difference.
  if (!/[1-9]/.test(size)) return '0';
  const sign = delta > 0 ? '+' : '\u2212';
  return format === 'percent' ? `${sign}${size.replace('%', ' pts')}` : `${sign}${size}`;
}

/** One sentence per scenario on where its cost per lead and leads end. */
export function comparisonSummary(comparison: PlannerComparison, names: string[]): string {
  return comparison.series
    .map((series, i) => {
      const last = series.rows.at(-1);
      return `${names[i]}: ${formatCurrency(last?.cpl ?? null)} a lead and ${formatCount(last?.leads ?? null)} leads in month ${formatCount(last?.month ?? null)}.`;
    })
    .join(' ');
}

// The redraw benchmark's fixed reference, run in the same browser as the figures: one line of 60
// points drawn by the site's own line chart, redrawn from a slider, timed from the input event to
// the end of the redraw exactly as a figure's redraw is (the figure-redraw measure). Its median
// is the yardstick that makes the figures' budget hold on a faster or a slower machine. Bundled
// by test/bench/redraw.ts with esbuild into a page of its own; never part of the site.

import { lineChart } from '../../src/charts/lineChart.ts';

const slider = document.querySelector<HTMLInputElement>('#reference-slider')!;
const plot = document.querySelector<HTMLElement>('#reference-plot')!;

function draw(): void {
  const phase = Number(slider.value) / 10;
  const rows = Array.from({ length: 60 }, (_, i) => ({
    x: i + 1,
    series: 'Reference',
    role: 'c-brand' as const,
    value: 100 + 50 * Math.sin(i / 6 + phase),
  }));
  plot.replaceChildren(
    lineChart(rows, { width: 760, height: 380, document, xLabel: 'Month', yLabel: 'Leads', yFormat: ',.0f' }),
  );
}

slider.addEventListener('input', () => {
  performance.mark('figure-input');
  draw();
  performance.mark('figure-redrawn');
  performance.measure('figure-redraw', 'figure-input', 'figure-redrawn');
  performance.clearMarks('figure-input');
});
draw();
document.documentElement.dataset['ready'] = 'true';

// The redraw benchmark's fixed reference, run in the same browser as the figures: one line of 60
// points drawn by Observable Plot, redrawn from a slider, timed from the input event to the end of
// the redraw exactly as a figure's redraw is (the figure-redraw measure). Its median is the
// yardstick that makes the figures' budget hold on a faster or a slower machine. It is drawn
// with Plot itself, with the options the site's line chart gave Plot when the reference was
// calibrated, and not with the site's code: the site's line chart has since been redrawn without
// Plot (src/charts/frame.ts), and a yardstick that moved with the code it measures would measure
// nothing. Bundled by test/bench/redraw.ts with esbuild into a page of its own; never part of
// the site.

import * as Plot from '@observablehq/plot';

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
    Plot.plot({
      document,
      width: 760,
      height: 380,
      marginLeft: 56,
      marginRight: 128,
      marginTop: 22,
      marginBottom: 36,
      className: 'chart-lines',
      x: { label: 'Month', domain: [1, 60], ticks: Math.floor(760 / 110) },
      y: { label: 'Leads', tickFormat: ',f', grid: true, nice: true, zero: true },
      marks: [
        Plot.ruleY([0]),
        Plot.line(rows, {
          x: 'x',
          y: 'value',
          stroke: 'currentColor',
          strokeWidth: 2.5,
          curve: 'linear',
          clip: true,
          className: 'c-brand',
        }),
        Plot.text(rows.slice(-1), { x: 'x', y: 'value', text: 'series', textAnchor: 'start', dx: 6, fontSize: 12 }),
      ],
    }),
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

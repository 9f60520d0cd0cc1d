// A stand-in for Observable Plot's legends (src/legends.js), swapped in for the browser bundle by
// astro.config.mjs. No chart here draws a Plot legend: each names its lines in the chart itself,
// and the page's CSS colours them. Plot calls createLegends on every plot; with no `legend: true`
// on any scale it returns none, exactly as Plot's own does. Asking for a legend fails loudly.
// Saves about 3.2 KB gzip per page with a figure. test/shims.test.ts keeps the names complete.

const LEGEND_SCALES = ['color', 'opacity', 'symbol'] as const;

function unbundled(): never {
  throw new Error('Plot legends are not bundled: label the marks in the chart instead');
}

export function createLegends(scales: Record<string, unknown>, _context: unknown, options: Record<string, unknown>) {
  for (const key of LEGEND_SCALES) {
    const option = options[key] as { legend?: unknown } | undefined;
    if (option?.legend && key in scales) unbundled();
  }
  return [];
}

export function exposeLegends() {
  return unbundled;
}

export function legend(): never {
  return unbundled();
}

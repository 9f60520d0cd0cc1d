// Panels that share an x axis, stacked into one SVG: one picture to download or paste, and
// one image with one text alternative for assistive technology.

import type { ChartOptions } from './poolDots.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function stackPanels(
  panels: readonly SVGSVGElement[],
  { width, document }: ChartOptions,
  gap = 8,
): SVGSVGElement {
  const root = document.createElementNS(SVG, 'svg') as SVGSVGElement;
  let y = 0;
  for (const panel of panels) {
    const height = Number(panel.getAttribute('height'));
    // Plot's own stylesheet sizes a top-level svg; nested, the attributes alone place it.
    for (const style of panel.querySelectorAll('style')) style.remove();
    panel.setAttribute('x', '0');
    panel.setAttribute('y', String(y));
    root.append(panel);
    y += height + gap;
  }
  y -= gap;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(y));
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  root.setAttribute('fill', 'currentColor');
  root.setAttribute('font-family', 'system-ui, sans-serif');
  root.setAttribute('font-size', '10');
  root.setAttribute('class', 'chart-stack');
  return root;
}

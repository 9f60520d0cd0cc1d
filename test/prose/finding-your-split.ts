// Numbers in "Finding your split" that are neither live <Num>s nor cited: each with what it is
// and a check against the figure that defines it.

import { expect } from 'vitest';
import type { ProseNumber } from '../prose-scan.ts';
import { rowsOf } from '../prose-helpers.ts';
import type { YourSplitRows } from '../../src/figures/your-split.ts';

export const entries: ProseNumber[] = [
  {
    text: 'within 1% of the best',
    why: 'definition: the shaded range of the your-split figure is every share whose total is at least 99% of the best',
    check: () => {
      const d = rowsOf<YourSplitRows>('your-split');
      const inside = d.curve.filter((p) => p.share >= d.near[0] - 1e-9 && p.share <= d.near[1] + 1e-9);
      for (const p of inside) expect(p.value).toBeGreaterThanOrEqual(d.best.value * 0.99);
      const outside = d.curve.filter((p) => p.share < d.near[0] - 1e-9 || p.share > d.near[1] + 1e-9);
      for (const p of outside) expect(p.value).toBeLessThan(d.best.value * 0.99);
    },
  },
];

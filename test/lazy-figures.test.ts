// The browser's per-figure loaders (src/figures/lazy.ts) name every figure of the registry and
// load exactly the same definitions.

import { describe, expect, it } from 'vitest';
import { lazyFigureNames, loadFigure } from '../src/figures/lazy.ts';
import { figures } from '../src/figures/registry.ts';

describe('lazy figure loaders', () => {
  it('cover exactly the registry', () => {
    expect([...lazyFigureNames].sort()).toEqual(Object.keys(figures).sort());
  });

  it.each(Object.keys(figures))('%s loads the registry definition', async (name) => {
    expect(await loadFigure(name)).toBe(figures[name]);
  });

  it('reject an unknown name with a message', async () => {
    await expect(loadFigure('no-such-figure')).rejects.toThrow('unknown figure: no-such-figure');
    await expect(loadFigure('constructor')).rejects.toThrow('unknown figure');
  });
});

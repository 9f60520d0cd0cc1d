// One writer of the address (issue #16, item 11): the page's state (src/islands/page-state.ts)
// is the only code that rewrites the address. Presenter mode's scene, the dataset's seed, a
// copied figure link and the planner's scenarios all go through it, so no writer can undo
// another's keys by writing an address it read a moment earlier.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url);

describe('the address', () => {
  it('is written by page-state.ts alone', () => {
    const writers = readdirSync(SRC, { recursive: true })
      .map(String)
      .filter((file) => /\.(ts|astro)$/.test(file))
      .filter((file) =>
        readFileSync(new URL(file, SRC), 'utf8')
          .split('\n')
          .some(
            (line) =>
              !/^\s*(\/\/|\*)/.test(line) &&
              /history\.(replaceState|pushState)|location\.(search|hash|href)\s*=[^=]/.test(line),
          ),
      );
    expect(writers).toEqual(['islands/page-state.ts']);
  });
});

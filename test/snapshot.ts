// Golden-file comparison for SVG charts, after Observable Plot's own test habit: floats are
// rounded and generated ids renumbered, so only real changes of the drawing fail. A mismatch
// writes NAME-changed.svg beside the golden for review (gitignored).

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

const OUTPUT = new URL('./output/', import.meta.url);

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
    return ids.get(id)!;
  };
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renumber(id)})`)
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => {
      const rounded = Math.round(Number(number) * 100) / 100;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
    .replace(/^<svg (?![^>]*xmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/></g, '>\n<');
}

/** Compares with test/output/NAME.svg; returns null when equal, else a message. */
export function compareGolden(name: string, svg: string): string | null {
  mkdirSync(OUTPUT, { recursive: true });
  const actual = normalizeSvg(svg);
  const golden = new URL(`${name}.svg`, OUTPUT);
  const changed = new URL(`${name}-changed.svg`, OUTPUT);
  if (!existsSync(golden)) {
    writeFileSync(changed, actual);
    return `no golden file test/output/${name}.svg: wrote ${name}-changed.svg; review it and rename it to ${name}.svg`;
  }
  if (readFileSync(golden, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, actual);
  return `test/output/${name}.svg differs: see ${name}-changed.svg`;
}

// The repository stands alone: a user clones it with nothing beside it, so no source, test,
// script or config may read a path outside it (the team's shared folder beside the clone above all).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const scanned = ['src', 'test', '.ci', 'package.json', 'astro.config.mjs', 'tsconfig.json'];
const skip = new Set(['node_modules', 'output', 'e2e-output']);

function files(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => !skip.has(d.name))
    .flatMap((d) => files(path.join(entry, d.name)));
}

/** A relative path that climbs above the repository root from the file that names it. */
function escapes(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const target = path.resolve(path.dirname(file), match[1]!);
    if (target !== root && !target.startsWith(root + path.sep)) found.push(match[1]!);
  }
  if (/\bshared\/(reference|seeds|MODEL\.md|STYLE\.md)/.test(text)) found.push('a path into shared/');
  return found;
}

describe('the repository stands alone', () => {
  const all = scanned.flatMap(files).filter((f) => /\.(ts|mjs|js|json|astro|sh)$|\/run$/.test(f));

  it('scans the sources, tests, scripts and configs', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('reads nothing outside the repository', () => {
    const offenders = all
      .filter((f) => f !== path.join(root, 'test/standalone.test.ts'))
      .flatMap((f) => escapes(f, fs.readFileSync(f, 'utf8')).map((p) => `${path.relative(root, f)}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it('carries the reference vectors it tests against', () => {
    const vectors = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/reference/mmm-vectors.json'), 'utf8'));
    expect(Object.keys(vectors).length).toBeGreaterThan(5);
  });
});

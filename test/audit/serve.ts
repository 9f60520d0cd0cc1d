// A static server for dist/ that behaves like a plain static host or CDN: the right content types,
// gzip for text, long caching for hashed assets, and the headers of public/_headers (the
// Content Security Policy among them). The site's configured origin in pages, feeds and robots.txt
// is replaced by the server's own, as if the build had been deployed here, so canonical links and
// the sitemap point at the pages audited. Used by the Lighthouse audit.

import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const TEXT = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;
const REWRITE = new Set(['.html', '.xml', '.txt']);

/** The rules of a Netlify-style _headers file: path patterns (with a trailing *) and their headers. */
function readHeaders(file: string): { pattern: string; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(dist: string, port: number, siteOrigin: string): Promise<Served> {
  const rules = readHeaders(join(dist, '_headers'));
  const origin = `http://127.0.0.1:${port}`;
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null; type: string }>();
  const load = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      const ext = extname(file);
      const type = TYPES[ext] ?? 'application/octet-stream';
      let body = readFileSync(file);
      if (REWRITE.has(ext)) body = Buffer.from(body.toString().replaceAll(siteOrigin, origin));
      entry = { body, gzip: TEXT.test(type) ? gzipSync(body, { level: 9 }) : null, type };
      cache.set(file, entry);
    }
    return entry;
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      response.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dist, '404.html');
    const { body, gzip, type } = load(file);
    const headers: Record<string, string> = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) headers[k] = v;
    headers['Cache-Control'] ??= 'public, max-age=0, must-revalidate';
    const zipped = gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (zipped) headers['Content-Encoding'] = 'gzip';
    response.writeHead(found ? 200 : 404, headers).end(zipped ? gzip : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

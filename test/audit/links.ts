// Link and anchor checker over the production build (dist/): every internal link, stylesheet,
// script, image and icon resolves to a built file, every #fragment names an element that exists
// on its target page, and every external link is a well-formed http(s) or mailto address.
// Prints what it checked and every problem with its page; exits 1 if there is any problem.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist, htmlFiles } from './dist.ts';
import { parseHTML } from 'linkedom';

const pages = htmlFiles(dist).sort();
const urlOf = (file: string) => `/${relative(dist, file)}`.replace(/index\.html$/, '');

/** Ids (and named anchors) on each page, by its URL path. */
const anchors = new Map<string, Set<string>>();
const documents = new Map<string, Document>();
for (const file of pages) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  anchors.set(urlOf(file), ids);
  documents.set(urlOf(file), document as unknown as Document);
}

/** The built file a site path serves, and the page key its anchors are stored under; null if none. */
function target(path: string): { file: string; page: string } | null {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const candidate of candidates) {
    const file = join(dist, candidate.replace(/^\//, ''));
    if (existsSync(file) && statSync(file).isFile()) return { file, page: candidate.replace(/index\.html$/, '') };
  }
  return null;
}

const problems: string[] = [];
let internal = 0;
let fragments = 0;
let external = 0;
const ATTRIBUTES: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
];

for (const [page, document] of documents) {
  for (const [selector, attribute] of ATTRIBUTES) {
    for (const el of document.querySelectorAll(selector)) {
      const raw = el.getAttribute(attribute) ?? '';
      const where = `${page}: <${el.tagName.toLowerCase()} ${attribute}="${raw}">`;
      if (raw.trim() !== raw || raw === '') {
        problems.push(`${where}: empty or padded address`);
        continue;
      }
      if (/^(data|blob):/.test(raw)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
        external++;
        if (/^mailto:[^@\s]+@[^@\s]+$/.test(raw)) continue;
        try {
          const url = new URL(raw);
          if (url.protocol !== 'https:' && url.protocol !== 'http:')
            problems.push(`${where}: not an http(s) or mailto link`);
          else if (!url.hostname.includes('.')) problems.push(`${where}: host without a domain`);
        } catch {
          problems.push(`${where}: not a well-formed address`);
        }
        continue;
      }
      const resolved = new URL(raw, `http://site${page}`);
      if (resolved.host !== 'site') {
        problems.push(`${where}: protocol-relative address`);
        continue;
      }
      internal++;
      const found = target(resolved.pathname);
      if (!found) {
        problems.push(`${where}: no built file for ${resolved.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment) {
        fragments++;
        const ids = anchors.get(found.page);
        // Only HTML pages have anchors; a fragment on a file is for its viewer.
        if (ids && !ids.has(fragment)) problems.push(`${where}: no element with id "${fragment}" on ${found.page}`);
      } else if (resolved.hash === '#' && attribute === 'href') {
        problems.push(`${where}: a bare "#" link goes nowhere`);
      }
    }
  }
}

console.log(
  `links: ${pages.length} pages; ${internal} internal addresses (${fragments} with a #fragment) and ${external} external ones checked; ${problems.length} problems.`,
);
for (const problem of problems) console.log(`  ${problem}`);
if (problems.length) process.exit(1);

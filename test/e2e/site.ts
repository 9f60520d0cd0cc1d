// What the browser tests visit. Add a page here when the site gains one; chapters linked from
// the home page are found by themselves and tested as well.

export const PAGES = [
  '/',
  '/chapters/the-rotating-pool/',
  '/chapters/activation-saturates/',
  '/chapters/brand-compounds/',
  '/chapters/what-dashboards-miss/',
  '/chapters/volume-versus-quality/',
  '/chapters/finding-your-split/',
  '/plan/',
  '/model/',
  '/glossary/',
  '/chapters/the-rotating-pool/teach/',
  '/chapters/activation-saturates/teach/',
  '/chapters/brand-compounds/teach/',
  '/chapters/what-dashboards-miss/teach/',
  '/chapters/volume-versus-quality/teach/',
  '/chapters/finding-your-split/teach/',
  '/sources/',
  '/corrections/',
  '/404.html',
];

/** A path that exists nowhere: the server answers it with the 404 page. */
export const MISSING_PATH = '/no-such-page/';

export function isChapter(path: string): boolean {
  return path.startsWith('/chapters/') && !path.endsWith('/teach/');
}

/** A short file-friendly name for a path: "/" -> "home", "/chapters/x/" -> "x", "/404.html" -> "404". */
export function pageName(path: string): string {
  if (path === '/') return 'home';
  const parts = path.split('/').filter(Boolean);
  const last = parts.at(-1) === 'teach' ? `${parts.at(-2)}-teach` : (parts.at(-1) ?? 'page');
  return last.replace(/\.html$/, '');
}

// The Content Security Policy of every page: only this site's own scripts (there is no inline
// script at all, so none needs a hash), no eval, everything else from this origin, images also
// from data: and blob: (the PNG export and the handout's QR code), fetches of blob: downloads.
// 'wasm-unsafe-eval' lets site search (Pagefind) compile its WebAssembly, fetched from this
// origin; it allows WebAssembly compilation only, not eval or new Function.
// Styles allow inline: Observable Plot writes a <style> block and style attributes into each
// chart, in the build's HTML and in the browser, and they carry no script.

export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** As a <meta http-equiv> (frame-ancestors is ignored there, so it is left out). */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** As an HTTP header: the same, and any site may frame the pages (figures are made to be embedded). */
export const CSP_HEADER = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');

// The Content Security Policy: the pages' <meta> and the hosts' _headers file say the same thing,
// and the policy is strict where the brief requires it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META } from '../src/site/csp.ts';

describe('content security policy', () => {
  it('allows scripts only from this origin, never inline or eval (WebAssembly compilation only, for search), and defaults to self', () => {
    const script = CSP_DIRECTIVES.find((d) => d.startsWith('script-src '))!;
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).not.toMatch(/'unsafe-eval'|unsafe-inline'[^;]*;?\s*$/);
    expect(CSP_META).toContain("default-src 'self'");
    expect(CSP_META).toContain("worker-src 'self'");
    expect(CSP_META).toContain("img-src 'self' data: blob:");
    expect(CSP_META).not.toContain('frame-ancestors');
  });

  it('is the same in public/_headers as in every page', () => {
    const headers = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
    const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'))!;
    expect(line.trim().slice('Content-Security-Policy:'.length).trim()).toBe(CSP_HEADER);
  });
});

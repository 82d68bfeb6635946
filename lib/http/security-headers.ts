// Response headers that depend on the request: the Content-Security-Policy with a fresh nonce
// for every page, and HSTS when the page was served over HTTPS. proxy.ts applies them; the
// headers that never change (X-Frame-Options, nosniff, COOP, CORP, …) are in next.config.mjs.
// Design: docs/decisions/009-csp-and-session-exposure.md.

/** 128 random bits, base64: a new one for every request, so an injected script cannot guess it. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for one response. Next reads the nonce back from the request's copy of this header
 * and puts it on its own scripts; 'strict-dynamic' lets those load the page's chunks.
 * - No 'unsafe-inline' for scripts. 'unsafe-eval' only under `next dev` (React's dev tooling).
 * - <style> elements need the nonce. Style *attributes* are allowed: React and recharts render
 *   `style="width:…;height:…"` on the server (charts' containers, tooltips). An attribute can run
 *   no script, and whatever it could load (url()) is still bound by img-src/font-src 'self'.
 */
export function buildContentSecurityPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", `'nonce-${nonce}'`],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/**
 * Whether the browser reached us over HTTPS. Next's own server speaks plain HTTP, so behind a
 * TLS-terminating reverse proxy only X-Forwarded-Proto tells (Next derives the request URL's
 * protocol from that same header, so the URL is no better witness). Anyone can send the header,
 * so it is believed only when a trusted proxy is configured (NADZOR_TRUSTED_PROXIES), which is
 * expected to overwrite it. A wrong "yes" would be harmless anyway: browsers ignore HSTS received
 * over plain HTTP (RFC 6797 §8.1). The reverse proxy is the better place to set HSTS.
 */
export function servedOverHttps({ forwardedProto, behindTrustedProxy }: { forwardedProto: string | null; behindTrustedProxy: boolean }): boolean {
  if (!behindTrustedProxy || !forwardedProto) return false;
  // A chain of proxies may append: the first entry is the one the client connected with.
  return forwardedProto.split(',')[0].trim().toLowerCase() === 'https';
}

/** The per-request headers for a response (set on the request too, for Next to read the nonce). */
export function requestSecurityHeaders({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy({ nonce, dev }),
    ...(https ? { 'Strict-Transport-Security': HSTS_VALUE } : {}),
  };
}

import { NextResponse, type NextRequest } from 'next/server';
import { registryPageGate } from '@/lib/registry/registry-gate';
import { createNonce, requestSecurityHeaders, servedOverHttps } from '@/lib/http/security-headers';
import { REQUEST_ID_HEADER, requestIdFor } from '@/lib/http/request-id';
import { PUBLIC_FILES } from '@/lib/auth/page-guards';
import { robotsTagFor } from '@/lib/registry/indexing';

// Convenience only: sends anonymous visitors to sign-in and tags each request with an id for
// the logs, the audit trail and the X-Request-Id response header (lib/http/request-id.ts).
// Authorization happens inside every page and action (lib/auth), because a proxy can be bypassed
// (CVE-2025-29927).
// /registry is the public registry the law requires (docs/registry.md).
const PUBLIC_PREFIXES = ['/login', '/activate', '/registry', '/api/auth', '/api/health', '/api/bench', '/_next', '/favicon'];
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** A path with control characters (%00 and the like) names no page; PostgreSQL refuses NUL outright. */
function hasControlCharacters(pathname: string) {
  try {
    return /[\u0000-\u001F\u007F]/.test(decodeURIComponent(pathname));
  } catch {
    return true; // malformed percent-encoding
  }
}

/**
 * A fresh CSP nonce (and HSTS over HTTPS) for this request: set on the request, where Next reads
 * the nonce for its own scripts, and on the response (lib/http/security-headers.ts); and the
 * request id, on both too.
 */
function withSecurityHeaders(request: NextRequest) {
  const requestId = requestIdFor(request.headers);
  const security = requestSecurityHeaders({
    nonce: createNonce(),
    dev: process.env.NODE_ENV === 'development',
    https: servedOverHttps({
      forwardedProto: request.headers.get('x-forwarded-proto'),
      behindTrustedProxy: Boolean(process.env.NADZOR_TRUSTED_PROXIES?.trim()),
    }),
  });
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(security)) requestHeaders.set(name, value);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const robots = robotsTagFor(request.nextUrl.pathname);
  const secure = <T extends Response>(response: T): T => {
    for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    if (robots) response.headers.set('X-Robots-Tag', robots); // lib/registry/indexing.ts
    return response;
  };
  return { requestHeaders, secure };
}

export async function proxy(request: NextRequest) {
  const { requestHeaders, secure } = withSecurityHeaders(request);
  // A gate that cannot reach the database lets the request through: the page then fails the same
  // way and shows the registry's translated error page rather than a bare 500 (there is nothing
  // to rate-limit while the registry cannot be read).
  const limited = await registryPageGate(request, request.nextUrl.pathname).catch(() => null);
  if (limited) return secure(limited);
  if (hasControlCharacters(request.nextUrl.pathname)) {
    // Answer with the ordinary (translated) not-found page rather than reach any page's query.
    const url = request.nextUrl.clone();
    url.pathname = '/not-found';
    url.search = '';
    return secure(NextResponse.rewrite(url, { request: { headers: requestHeaders } }));
  }
  const { pathname } = request.nextUrl;
  const isPublic = pathname in PUBLIC_FILES || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`) || pathname.startsWith(p));
  if (!isPublic && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const url = request.nextUrl.clone();
    url.pathname = '/login';
    url.search = '';
    return secure(NextResponse.redirect(url));
  }
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

import { cameThroughOurServer } from './client-address';

// The request id: one per request, made in proxy.ts, and the same in the log lines
// (lib/observability/logger.ts), in the audit event (lib/auth/request-context.ts reads it back)
// and in the X-Request-Id response header, so that a user's report, a log search and the audit
// trail meet. A reverse proxy in NADZOR_TRUSTED_PROXIES may bring its own id (Caddy, nginx and
// load balancers can), so one request keeps one id end to end; from anyone else the header is
// removed by our server (prisma/tools/app-server.ts) and ignored here.

export const REQUEST_ID_HEADER = 'x-request-id';

/** UUIDs, hex ids (nginx's $request_id), AWS's Root=1-…: printable, short, no spaces or quotes. */
const WELL_FORMED = /^[A-Za-z0-9._:=+/-]{8,128}$/;

/** The id of this request: the trusted proxy's, else a new one. */
export function requestIdFor(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim();
  if (incoming && WELL_FORMED.test(incoming) && cameThroughOurServer(headers)) return incoming;
  return crypto.randomUUID();
}

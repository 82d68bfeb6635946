import 'server-only';
import { db } from '@/lib/db/client';
import { allowRegistryRequest, tooManyRequests } from './request';

/**
 * The public registry page's rate limit, applied in proxy.ts because a page cannot answer with a
 * status of its own: a client over its budget gets 429 with Retry-After instead of the page.
 * Null: go on. (The CSV export and the photos check the same store in their routes.)
 */
export async function registryPageGate(request: Request, pathname: string): Promise<Response | null> {
  if (pathname !== '/registry' || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  const limit = await allowRegistryRequest({ db, headers: request.headers, kind: 'pages' });
  return limit.allowed ? null : tooManyRequests(request, limit.retryAfterSeconds);
}

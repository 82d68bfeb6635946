import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { authOptions } from './next-auth-options';
import type { TRequestMeta } from './actor';
import { clientAddressFrom } from '@/lib/http/client-address';

// The single seam between Next's request and our authorization: integration tests replace
// only this module, everything behind it (session row, role, scope, audit) runs for real.
export async function readRequestContext(): Promise<TRequestMeta & { sessionId: string | null }> {
  const [sessionId, h] = await Promise.all([readSessionId(), headers()]);
  return {
    sessionId,
    ip: clientAddressFrom(h),
    requestId: h.get('x-request-id'),
  };
}

/**
 * The AuthSession id from next-auth's (encrypted, httpOnly) session cookie. Read here rather than
 * through the session endpoint's payload, which page JavaScript can fetch and no longer carries it.
 */
async function readSessionId(): Promise<string | null> {
  const token = await getToken({
    // Cookies only: no Authorization header, as before (getServerSession reads cookies alone).
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authOptions.secret,
    secureCookie: authOptions.useSecureCookies ?? process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
  return typeof token?.sid === 'string' ? token.sid : null;
}

import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { authOptions } from './next-auth-options';
import type { TRequestMeta } from './actor';
import { clientAddressFrom } from '@/lib/http/client-address';

// The single seam between Next's request and our authorization: integration tests replace
// only this module, everything behind it (session row, role, scope, audit) runs for real.
export async function readRequestContext(): Promise<TRequestMeta & { sessionId: string | null }> {
  const [session, h] = await Promise.all([getServerSession(authOptions), headers()]);
  return {
    sessionId: (session as unknown as { sid?: string } | null)?.sid ?? null,
    ip: clientAddressFrom(h),
    requestId: h.get('x-request-id'),
  };
}

import { describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import type { JWT } from 'next-auth/jwt';
import type { Session } from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';

// The session cookie the browser holds, as next/headers' cookies() would show it to the server.
const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })) }),
  headers: async () => new Headers({ 'x-request-id': 'req-session-exposure' }),
}));

async function sessionCookie(token: JWT, secret = authOptions.secret!) {
  return encode({ token, secret, maxAge: 60 * 60 });
}

describe('the session id stays out of page JavaScript', () => {
  it('the session endpoint answers only the expiry, never the session id', async () => {
    const token: JWT = { sid: 'auth-session-row-id' };
    const session: Session = { expires: '2030-01-01T00:00:00.000Z' };
    const body = await authOptions.callbacks!.session!({ session, token, user: undefined as never, newSession: undefined, trigger: 'update' });
    expect(body).toEqual({ expires: '2030-01-01T00:00:00.000Z' });
    expect(JSON.stringify(body)).not.toContain('auth-session-row-id');
  });

  it('the server reads the session id from the encrypted cookie', async () => {
    const { readRequestContext } = await vi.importActual<typeof import('@/lib/auth/request-context')>('@/lib/auth/request-context');
    cookieJar.clear();
    cookieJar.set('next-auth.session-token', await sessionCookie({ sid: 'auth-session-row-id' }));
    await expect(readRequestContext()).resolves.toMatchObject({ sessionId: 'auth-session-row-id', requestId: 'req-session-exposure' });

    // A cookie sealed with another secret, a garbled one, or none: no session.
    cookieJar.set('next-auth.session-token', await sessionCookie({ sid: 'forged' }, 'another-secret-another-secret-another-secret'));
    await expect(readRequestContext()).resolves.toMatchObject({ sessionId: null });
    cookieJar.set('next-auth.session-token', 'not-a-token');
    await expect(readRequestContext()).resolves.toMatchObject({ sessionId: null });
    cookieJar.clear();
    await expect(readRequestContext()).resolves.toMatchObject({ sessionId: null });
  });
});

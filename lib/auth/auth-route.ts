import 'server-only';
import { db } from '@/lib/db/client';
import { clientAddressFrom } from '@/lib/http/client-address';
import { runWithAuthRequest } from './auth-request';
import { signInBudget } from './sign-in';

type THandler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response> | Response;

/** The form's error code for a refused sign-in: `TooManyRequests:<seconds>` (components/auth/login-form.tsx reads it). */
export const TOO_MANY_SIGN_INS = 'TooManyRequests';

/**
 * Wraps next-auth's route handler: runs it with the client address our server decided (for the
 * sign-in's and the sign-out's audit rows), and answers a credentials sign-in from a source over
 * its failure budget with 429 + Retry-After before next-auth (and the password hash) runs. The
 * body is what next-auth's signIn() client reads: JSON with a url carrying the error.
 */
export function withAuthRoute(handler: THandler, { now }: { now?: () => Date } = {}): THandler {
  return async (request, context) => {
    const ip = clientAddressFrom(request.headers);
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/callback/credentials')) {
      const budget = await signInBudget({ db, ip, now: now?.() });
      if (!budget.allowed) {
        const url = new URL('/login', request.url);
        url.searchParams.set('error', `${TOO_MANY_SIGN_INS}:${budget.retryAfterSeconds}`);
        return Response.json(
          { url: url.toString() },
          { status: 429, headers: { 'Retry-After': String(budget.retryAfterSeconds), 'Cache-Control': 'no-store' } },
        );
      }
    }
    return runWithAuthRequest({ ip }, () => handler(request, context));
  };
}

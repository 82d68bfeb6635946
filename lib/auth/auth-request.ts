import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// next-auth's callbacks and events do not all see the request (signOut gets only the token), so
// the route wrapper (app/api/auth/[...nextauth]/route.ts) runs next-auth inside this context with
// the client address our server decided.
const store = new AsyncLocalStorage<{ ip: string | null }>();

export function runWithAuthRequest<T>(context: { ip: string | null }, fn: () => T): T {
  return store.run(context, fn);
}

/** The client address of the sign-in or sign-out being handled; null outside the wrapper. */
export function authRequestIp(): string | null {
  return store.getStore()?.ip ?? null;
}

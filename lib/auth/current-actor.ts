import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { readRequestContext } from './request-context';
import { resolveSession } from './resolve-session';

/** The actor and request metadata, resolved once per request. */
export const getRequest = cache(async () => {
  const ctx = await readRequestContext();
  const actor = await resolveSession({ db, sessionId: ctx.sessionId });
  return { actor, meta: { ip: ctx.ip, requestId: ctx.requestId } };
});

import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { readRequestContext } from '@/lib/auth/request-context';
import { resolvePendingSession } from './second-factor';

/** The current request's session if it is waiting for its second factor (the /login pages only). */
export const getPendingSession = cache(async () => {
  const ctx = await readRequestContext();
  return resolvePendingSession({ db, sessionId: ctx.sessionId });
});

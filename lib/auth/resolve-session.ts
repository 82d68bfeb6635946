import { addMilliseconds, isAfter } from 'date-fns';
import type { Db } from '@/lib/db/client';
import type { TActor } from './actor';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from './policy';

/**
 * Turns a session id from the cookie into the current actor, or null. Role, unit and status
 * come from the database on every request, so deactivation or a role change (which bump
 * sessionVersion) end existing sessions at once; idle and absolute limits are enforced from the
 * server-side row, not from cookie expiry. A sign-in lock does not end open sessions: anyone can
 * trigger one by typing wrong passwords, so it only stops new sign-ins (lib/auth/sign-in.ts). A session whose second factor
 * is pending resolves to null here.
 */
export async function resolveSession({
  db,
  sessionId,
  now = new Date(),
}: {
  db: Db;
  sessionId: string | null | undefined;
  now?: Date;
}): Promise<TActor | null> {
  if (!sessionId) return null;
  const session = await db.authSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  // A session still waiting for its second factor is no actor anywhere (lib/account/second-factor.ts).
  if (!session || session.revokedAt || !session.mfaVerifiedAt) return null;
  const { user } = session;
  if (user.status !== 'ACTIVE' || user.sessionVersion !== session.sessionVersion) return null;
  if (isAfter(now, addMilliseconds(session.lastSeenAt, IDLE_TIMEOUT_MS))) return null;
  if (isAfter(now, addMilliseconds(session.createdAt, ABSOLUTE_TIMEOUT_MS))) return null;
  if (isAfter(now, addMilliseconds(session.lastSeenAt, TOUCH_INTERVAL_MS))) {
    await db.authSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    districtId: user.districtId,
    courtId: user.courtId,
    regionId: user.regionId,
    sessionId: session.id,
  };
}

export async function revokeSession({ db, sessionId }: { db: Db; sessionId: string }) {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

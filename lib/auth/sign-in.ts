import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { burnPasswordCheck, verifyPassword } from './password';
import { env } from '@/lib/env';
import { secondFactorRequired } from '@/lib/account/mfa-policy';
import { IP_FAILURE_LIMIT, LOCK_AFTER_FAILURES, LOCK_WINDOW_MS } from './policy';

export type TSignInResult = { ok: true; userId: string; sessionId: string } | { ok: false };

/**
 * Checks credentials and opens a server-side session. Every failure looks the same to the
 * caller (unknown email, wrong password, locked, deactivated, rate-limited) so the form never
 * reveals whether an account exists; the audit trail records the real reason.
 */
export async function attemptSignIn({ db, email, password, ip }: { db: Db; email: string; password: string; ip: string | null }): Promise<TSignInResult> {
  const normalised = email.trim().toLowerCase();
  const now = new Date();
  const windowStart = new Date(now.getTime() - LOCK_WINDOW_MS);
  const ipKey = ip ?? 'unknown';

  const fail = async (reason: string, user?: { id: string; email: string; role: import('@/lib/generated/prisma/enums').Role }) => {
    await db.$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: { email: normalised, ip: ipKey, success: false, at: now } });
      await writeAudit(tx, { actor: user ?? null, action: 'auth.signIn', targetType: 'User', targetId: user?.id, outcome: 'DENIED', ip, details: { email: normalised, reason } });
    });
    return { ok: false } as const;
  };

  const ipFailures = await db.loginAttempt.count({ where: { ip: ipKey, success: false, at: { gt: windowStart } } });
  if (ipFailures >= IP_FAILURE_LIMIT) {
    await burnPasswordCheck(password);
    return fail('ip_rate_limited');
  }

  const user = await db.user.findUnique({ where: { email: normalised } });
  if (!user) {
    await burnPasswordCheck(password);
    return fail('unknown_email');
  }
  if (user.status !== 'ACTIVE' || user.lockedAt) {
    await burnPasswordCheck(password);
    return fail(user.lockedAt ? 'locked' : 'deactivated', user);
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    await fail('wrong_password', user);
    const lastSuccess = await db.loginAttempt.findFirst({ where: { email: normalised, success: true }, orderBy: { at: 'desc' }, select: { at: true } });
    const since = [windowStart, lastSuccess?.at, user.unlockedAt].filter((d): d is Date => !!d).reduce((a, b) => (a > b ? a : b));
    const failures = await db.loginAttempt.count({ where: { email: normalised, success: false, at: { gt: since } } });
    if (failures >= LOCK_AFTER_FAILURES) {
      await db.$transaction(async (tx) => {
        const locked = await tx.user.updateMany({ where: { id: user.id, lockedAt: null }, data: { lockedAt: now, sessionVersion: { increment: 1 } } });
        if (locked.count === 1) {
          await writeAudit(tx, { actor: null, action: 'auth.lock', targetType: 'User', targetId: user.id, outcome: 'SUCCESS', ip, details: { failures } });
        }
      });
    }
    return { ok: false };
  }

  return db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email: normalised, ip: ipKey, success: true, at: now } });
    // Pending (mfaVerifiedAt null) until the second factor is given at /login/second-factor.
    const mfaVerifiedAt = secondFactorRequired({ user, demo: env().demo }) ? null : now;
    const session = await tx.authSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion, ip, createdAt: now, lastSeenAt: now, mfaVerifiedAt } });
    await writeAudit(tx, { actor: user, action: 'auth.signIn', targetType: 'User', targetId: user.id, outcome: 'SUCCESS', ip });
    return { ok: true as const, userId: user.id, sessionId: session.id };
  });
}

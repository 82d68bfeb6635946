import 'server-only';
import { createHmac } from 'node:crypto';
import { addMinutes, subMinutes } from 'date-fns';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { env } from '@/lib/env';
import { writeAudit } from '@/lib/audit/write-audit';
import { secondsUntil, type TRateDecision } from '@/lib/http/rate-limit';
import { burnPasswordCheck, verifyPassword } from './password';
import { secondFactorRequired } from '@/lib/account/mfa-policy';
import { IP_FAILURE_LIMIT, isLocked, LOCK_AFTER_FAILURES, LOCK_WINDOW_MINUTES, lockEnds, MAX_EMAIL_LENGTH } from './policy';

export type TSignInResult = { ok: true; userId: string; sessionId: string } | { ok: false };

/**
 * What a failed sign-in keeps of a typed e-mail that names no account: a keyed hash (HMAC with the
 * audit key, kept outside the database), never the text, which may be a mistyped password. The
 * same input gives the same hash, so repeated attempts can still be correlated.
 */
export function typedEmailHash(typed: string): string {
  return `hmac:${createHmac('sha256', env().auditKey).update(`sign-in-email\u0000${typed}`).digest('hex')}`;
}

/** The source address's failures in the window: over IP_FAILURE_LIMIT, its sign-ins are refused (429) without locking anyone. */
export async function signInBudget({ db, ip, now = new Date() }: { db: Db; ip: string | null; now?: Date }): Promise<TRateDecision> {
  const windowStart = subMinutes(now, LOCK_WINDOW_MINUTES);
  const where = { ip: ip ?? 'unknown', success: false, at: { gt: windowStart } };
  const failures = await db.loginAttempt.count({ where });
  if (failures < IP_FAILURE_LIMIT) return { allowed: true, retryAfterSeconds: 0 };
  // Allowed again once enough of the window's failures have aged out of it.
  const pivot = await db.loginAttempt.findFirst({ where, orderBy: { at: 'asc' }, skip: failures - IP_FAILURE_LIMIT, select: { at: true } });
  return { allowed: false, retryAfterSeconds: secondsUntil(pivot ? addMinutes(pivot.at, LOCK_WINDOW_MINUTES) : now, now) };
}

/**
 * Checks credentials and opens a server-side session. Every failure looks the same to the
 * caller (unknown email, wrong password, locked, deactivated, rate-limited) so the form never
 * reveals whether an account exists; the audit trail records the real reason.
 *
 * Locks end by themselves (User.lockedUntil) and do not end open sessions; each lock before a
 * successful sign-in lasts twice the one before (lib/auth/policy.ts).
 */
export async function attemptSignIn({
  db,
  email,
  password,
  ip,
  now = new Date(),
}: {
  db: Db;
  email: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<TSignInResult> {
  // Capped before anything else: no input of any length is written anywhere.
  const tooLong = email.length > MAX_EMAIL_LENGTH;
  const normalised = email
    .slice(0, MAX_EMAIL_LENGTH + 1)
    .trim()
    .toLowerCase()
    .slice(0, MAX_EMAIL_LENGTH);
  const windowStart = subMinutes(now, LOCK_WINDOW_MINUTES);
  const ipKey = ip ?? 'unknown';

  const fail = async (reason: string, user?: { id: string; email: string; role: Role }) => {
    // An account's own address, or a keyed hash of what was typed.
    const stored = user?.email ?? typedEmailHash(normalised);
    await db.$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: { email: stored, ip: ipKey, success: false, at: now } });
      await writeAudit(tx, {
        actor: user ?? null,
        action: 'auth.signIn',
        targetType: 'User',
        targetId: user?.id,
        outcome: 'DENIED',
        ip,
        details: user ? { reason } : { emailHash: stored, reason },
      });
    });
    return { ok: false } as const;
  };

  if (!(await signInBudget({ db, ip, now })).allowed) {
    await burnPasswordCheck(password);
    return fail('ip_rate_limited');
  }
  if (tooLong) {
    await burnPasswordCheck(password);
    return fail('email_too_long');
  }

  const user = await db.user.findUnique({ where: { email: normalised } });
  if (!user) {
    await burnPasswordCheck(password);
    return fail('unknown_email');
  }
  const locked = isLocked(user, now);
  if (user.status !== 'ACTIVE' || locked) {
    await burnPasswordCheck(password);
    return fail(locked ? 'locked' : 'deactivated', user);
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    await fail('wrong_password', user);
    // Failures since the window opened, the last success, an unlock or the end of the last lock.
    const lastSuccess = await db.loginAttempt.findFirst({ where: { email: user.email, success: true }, orderBy: { at: 'desc' }, select: { at: true } });
    const since = [windowStart, lastSuccess?.at, user.unlockedAt, user.lockedUntil].filter((d): d is Date => !!d).reduce((a, b) => (a > b ? a : b));
    const failures = await db.loginAttempt.count({ where: { email: user.email, success: false, at: { gt: since } } });
    if (failures >= LOCK_AFTER_FAILURES) {
      await db.$transaction(async (tx) => {
        const until = lockEnds(now, user.lockCount);
        // Only one concurrent failure sets the lock; a lock never ends open sessions.
        const set = await tx.user.updateMany({
          where: { id: user.id, lockCount: user.lockCount, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
          data: { lockedUntil: until, lockCount: { increment: 1 } },
        });
        if (set.count === 1) {
          await writeAudit(tx, {
            actor: null,
            action: 'auth.lock',
            targetType: 'User',
            targetId: user.id,
            outcome: 'SUCCESS',
            ip,
            details: { failures, until: until.toISOString(), lock: user.lockCount + 1 },
          });
        }
      });
    }
    return { ok: false };
  }

  return db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email: user.email, ip: ipKey, success: true, at: now } });
    // A successful sign-in resets the lock's growth.
    if (user.lockCount > 0) await tx.user.update({ where: { id: user.id }, data: { lockCount: 0 } });
    // Pending (mfaVerifiedAt null) until the second factor is given at /login/second-factor.
    const mfaVerifiedAt = secondFactorRequired({ user, demo: env().demo }) ? null : now;
    const session = await tx.authSession.create({
      data: { userId: user.id, sessionVersion: user.sessionVersion, ip, createdAt: now, lastSeenAt: now, mfaVerifiedAt },
    });
    await writeAudit(tx, { actor: user, action: 'auth.signIn', targetType: 'User', targetId: user.id, outcome: 'SUCCESS', ip });
    return { ok: true as const, userId: user.id, sessionId: session.id };
  });
}

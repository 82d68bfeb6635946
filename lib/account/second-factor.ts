import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { addMinutes } from 'date-fns';
import type { Db, Tx } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { isLocked } from '@/lib/auth/policy';
import type { TRequestMeta } from '@/lib/auth/actor';
import { openSecret, sealSecret, sha256 } from './secrets';
import { newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpStep, totpUri } from './totp';
import { PENDING_SECOND_FACTOR_MINUTES, SECOND_FACTOR_MAX_FAILURES } from './policy';

/**
 * A session that passed the password but not yet the second factor. It resolves to no actor
 * (lib/auth/resolve-session.ts); only the /login/second-factor pages read it, through this.
 */
export async function resolvePendingSession({ db, sessionId, now = new Date() }: { db: Db; sessionId: string | null | undefined; now?: Date }) {
  if (!sessionId) return null;
  const session = await db.authSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.mfaVerifiedAt) return null;
  const { user } = session;
  if (user.status !== 'ACTIVE' || isLocked(user, now) || user.sessionVersion !== session.sessionVersion) return null;
  if (addMinutes(session.createdAt, PENDING_SECOND_FACTOR_MINUTES) < now) return null;
  if (session.mfaFailures >= SECOND_FACTOR_MAX_FAILURES) return null;
  return session;
}

export type TPendingSession = NonNullable<Awaited<ReturnType<typeof resolvePendingSession>>>;

const actorOf = (s: TPendingSession) => ({ id: s.user.id, email: s.user.email, role: s.user.role });

/** The secret offered for enrolment on this pending session (one per session, so a reload shows the same QR). */
export async function enrolmentSecret({ db = appDb, session }: { db?: Db; session: TPendingSession }) {
  let secret = session.enrolSecret ? openSecret(session.enrolSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.authSession.update({ where: { id: session.id }, data: { enrolSecret: sealSecret(secret) } });
  }
  return { secret, uri: totpUri({ secret, email: session.user.email }) };
}

/** A wrong code: counted on the session; at the limit the session ends and it counts as a failed sign-in. */
async function wrongCode(db: Db, session: TPendingSession, meta: TRequestMeta, action: string, now: Date) {
  await db.$transaction(async (tx) => {
    const updated = await tx.authSession.update({ where: { id: session.id }, data: { mfaFailures: { increment: 1 } } });
    const exhausted = updated.mfaFailures >= SECOND_FACTOR_MAX_FAILURES;
    if (exhausted) {
      await tx.authSession.update({ where: { id: session.id }, data: { revokedAt: now } });
      // Counted like a wrong password (lib/auth/sign-in.ts), so guessing codes moves towards a lock.
      await tx.loginAttempt.create({ data: { email: session.user.email, ip: meta.ip ?? 'unknown', success: false, at: now } });
    }
    await writeAudit(tx, {
      actor: actorOf(session),
      action,
      targetType: 'User',
      targetId: session.userId,
      outcome: 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
      details: { reason: exhausted ? 'too_many_codes' : 'wrong_code', failures: updated.mfaFailures },
    });
  });
}

async function markVerified(tx: Tx, session: TPendingSession, now: Date) {
  await tx.authSession.update({ where: { id: session.id }, data: { mfaVerifiedAt: now, enrolSecret: null, lastSeenAt: now } });
}

/** Accepts a TOTP step only if it is later than the last accepted one (no reuse within a step). */
async function acceptStep(tx: Tx, userId: string, step: number) {
  const updated = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return updated.count === 1;
}

export type TSecondFactorResult = { ok: true; recoveryCodes?: string[] } | { ok: false; ended: boolean };

/**
 * Enrolment at first sign-in: the user confirms a code of the offered secret; the secret moves
 * to the user, ten recovery codes are made (returned once, stored hashed) and the session is
 * fully signed in.
 */
export async function confirmEnrolment({
  db,
  session,
  code,
  meta,
  now = new Date(),
}: {
  db: Db;
  session: TPendingSession;
  code: string;
  meta: TRequestMeta;
  now?: Date;
}): Promise<TSecondFactorResult> {
  const secret = session.enrolSecret ? openSecret(session.enrolSecret) : null;
  const step = secret && !session.user.totpSecret ? totpStep({ secret, code, now }) : null;
  if (!secret || step === null) {
    await wrongCode(db, session, meta, 'auth.mfaEnrol', now);
    return { ok: false, ended: session.mfaFailures + 1 >= SECOND_FACTOR_MAX_FAILURES };
  }
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: session.userId }, data: { totpSecret: sealSecret(secret), totpEnabledAt: now, totpLastStep: step } });
    await tx.recoveryCode.deleteMany({ where: { userId: session.userId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: session.userId, codeHash: sha256(normaliseRecoveryCode(c)), createdAt: now })) });
    await markVerified(tx, session, now);
    await writeAudit(tx, {
      actor: actorOf(session),
      action: 'auth.mfaEnrol',
      targetType: 'User',
      targetId: session.userId,
      outcome: 'SUCCESS',
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
  return { ok: true, recoveryCodes: codes };
}

/** Later sign-ins: a TOTP code of a new time step, or an unused recovery code (then used up). */
export async function verifySecondFactor({
  db,
  session,
  code,
  meta,
  now = new Date(),
}: {
  db: Db;
  session: TPendingSession;
  code: string;
  meta: TRequestMeta;
  now?: Date;
}): Promise<TSecondFactorResult> {
  const secret = session.user.totpSecret ? openSecret(session.user.totpSecret) : null;
  const step = secret ? totpStep({ secret, code, now }) : null;
  const accepted = await db.$transaction(async (tx) => {
    let method: 'totp' | 'recovery' | null = null;
    if (step !== null && (await acceptStep(tx, session.userId, step))) method = 'totp';
    if (!method && secret) {
      const used = await tx.recoveryCode.updateMany({
        where: { userId: session.userId, codeHash: sha256(normaliseRecoveryCode(code)), usedAt: null },
        data: { usedAt: now },
      });
      if (used.count === 1) method = 'recovery';
    }
    if (!method) return false;
    await markVerified(tx, session, now);
    const left = method === 'recovery' ? await tx.recoveryCode.count({ where: { userId: session.userId, usedAt: null } }) : undefined;
    await writeAudit(tx, {
      actor: actorOf(session),
      action: 'auth.mfaVerify',
      targetType: 'User',
      targetId: session.userId,
      outcome: 'SUCCESS',
      ip: meta.ip,
      requestId: meta.requestId,
      details: { method, recoveryCodesLeft: left },
    });
    return true;
  });
  if (accepted) return { ok: true };
  await wrongCode(db, session, meta, 'auth.mfaVerify', now);
  return { ok: false, ended: session.mfaFailures + 1 >= SECOND_FACTOR_MAX_FAILURES };
}

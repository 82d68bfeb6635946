import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { assertPasswordRules, issueActivationLink } from './activation';
import type { ZChangePassword, ZCredentialReset } from './schemas';

/**
 * The signed-in user changes their own password. Every other session ends (sessionVersion is
 * bumped) and the current one is carried over to the new version, so the user stays signed in here.
 */
export async function changePassword({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: z.output<typeof ZChangePassword>; now?: Date }) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new FieldError({ currentPassword: { key: 'account.validation.currentPasswordWrong' } });
  if (input.newPassword === input.currentPassword) throw new FieldError({ newPassword: { key: 'account.validation.passwordUnchanged' } });
  assertPasswordRules({ password: input.newPassword, email: user.email, field: 'newPassword' });
  const updated = await tx.user.updateMany({
    where: { id: user.id, sessionVersion: user.sessionVersion },
    data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now, sessionVersion: { increment: 1 }, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ConflictError();
  await tx.authSession.update({ where: { id: actor.sessionId }, data: { sessionVersion: user.sessionVersion + 1 } });
  return user;
}

async function loadTarget(tx: Tx, input: z.output<typeof ZCredentialReset>) {
  const user = await tx.user.findUnique({ where: { id: input.userId } });
  if (!user) throw new NotFoundError('User');
  if (user.version !== input.version) throw new ConflictError();
  return user;
}

/**
 * An administrator issues a password-reset link: the old password stops working, every session
 * of the user ends, and the second factor stays. The administrator who last reset this user's
 * second factor, while the user has not enrolled a new one (so that administrator could enrol
 * their own), may not also reset the password:
 * a second administrator must, so no single administrator can take over an account.
 */
export async function issuePasswordReset({
  tx,
  actor,
  input,
  now = new Date(),
}: {
  tx: Tx;
  actor: TActor;
  input: z.output<typeof ZCredentialReset>;
  now?: Date;
}) {
  const user = await loadTarget(tx, input);
  if (user.mfaResetById === actor.id && !user.totpSecret) throw new FieldError({ _form: { key: 'account.validation.fourEyes' } });
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: null, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
  const link = await issueActivationLink({ tx, userId: user.id, purpose: user.activatedAt ? 'RESET' : 'ACTIVATE', createdById: actor.id, now });
  return { user, ...link };
}

/**
 * An administrator resets a user's second factor: it and the recovery codes are removed, the
 * user enrols again at the next sign-in (with their own password), and every session ends. The
 * administrator who issued the link the user's current password came from may not do this (see above).
 */
export async function resetSecondFactor({
  tx,
  actor,
  input,
  now = new Date(),
}: {
  tx: Tx;
  actor: TActor;
  input: z.output<typeof ZCredentialReset>;
  now?: Date;
}) {
  const user = await loadTarget(tx, input);
  const lastLink = await tx.activationLink.findFirst({ where: { userId: user.id }, orderBy: { createdAt: 'desc' } });
  // The password in force came from a link this administrator holds (or the link is still open).
  const passwordFromTheirLink =
    lastLink?.createdById === actor.id && !lastLink.revokedAt && (!lastLink.usedAt || !user.passwordChangedAt || user.passwordChangedAt <= lastLink.usedAt);
  if (passwordFromTheirLink) throw new FieldError({ _form: { key: 'account.validation.fourEyes' } });
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  await tx.user.update({
    where: { id: user.id },
    data: {
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      mfaResetById: actor.id,
      mfaResetAt: now,
      sessionVersion: { increment: 1 },
      version: { increment: 1 },
    },
  });
  return user;
}

import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { addHours } from 'date-fns';
import type { Db, Tx } from '@/lib/db/client';
import type { ActivationPurpose } from '@/lib/generated/prisma/enums';
import { writeAudit } from '@/lib/audit/write-audit';
import type { TRequestMeta } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { FieldError } from '@/lib/actions/errors';
import { randomToken, sha256 } from './secrets';
import { passwordRuleBroken } from './password-rules';
import { ACTIVATION_LINK_TTL_HOURS } from './policy';

/**
 * A new one-time link for a user to choose a password. Only the token's hash is stored; the
 * token itself is returned once, for the administrator to hand over. Older unused links of the
 * user stop working.
 */
export async function issueActivationLink({
  tx,
  userId,
  purpose,
  createdById,
  now = new Date(),
}: {
  tx: Tx;
  userId: string;
  purpose: ActivationPurpose;
  createdById: string;
  now?: Date;
}) {
  await tx.activationLink.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = randomToken();
  const link = await tx.activationLink.create({
    data: { userId, purpose, tokenHash: sha256(token), createdById, createdAt: now, expiresAt: addHours(now, ACTIVATION_LINK_TTL_HOURS) },
  });
  return { token, expiresAt: link.expiresAt };
}

/** The link behind a token if it can still be used; expired, used, voided and unknown look the same. */
export async function findUsableLink({ db = appDb, token, now = new Date() }: { db?: Db | Tx; token: string; now?: Date }) {
  if (!token || token.length > 200) return null;
  const link = await db.activationLink.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, email: true, fullName: true, status: true } } },
  });
  if (!link || link.usedAt || link.revokedAt || link.expiresAt <= now || link.user.status !== 'ACTIVE') return null;
  return link;
}

export type TActivateResult = { ok: true } | { ok: false; reason: 'link' } | { ok: false; reason: 'password'; key: string };

/**
 * The user chooses their password through the link. The link is spent in the same transaction
 * (a second use finds it used), every open session of the user ends, and the second factor is
 * kept: a reset link alone does not let whoever holds it sign in as the user.
 */
export async function activateWithLink({
  db,
  token,
  password,
  meta,
  now = new Date(),
}: {
  db: Db;
  token: string;
  password: string;
  meta: TRequestMeta;
  now?: Date;
}): Promise<TActivateResult> {
  const link = await findUsableLink({ db, token, now });
  if (!link) {
    await db.$transaction((tx) =>
      writeAudit(tx, {
        actor: null,
        action: 'account.activate',
        outcome: 'DENIED',
        ip: meta.ip,
        requestId: meta.requestId,
        details: { reason: 'link_unusable' },
      }),
    );
    return { ok: false, reason: 'link' };
  }
  const broken = passwordRuleBroken({ password, email: link.user.email });
  if (broken) return { ok: false, reason: 'password', key: broken };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const spent = await tx.activationLink.updateMany({ where: { id: link.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count !== 1) return { ok: false, reason: 'link' } as const;
    const user = await tx.user.update({
      where: { id: link.userId },
      data: {
        passwordHash,
        passwordChangedAt: now,
        activatedAt: link.purpose === 'ACTIVATE' ? now : undefined,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await writeAudit(tx, {
      actor: user,
      action: 'account.activate',
      targetType: 'User',
      targetId: user.id,
      outcome: 'SUCCESS',
      ip: meta.ip,
      requestId: meta.requestId,
      details: { purpose: link.purpose },
    });
    return { ok: true } as const;
  });
}

/** The password rules that need the user (common list, e-mail name) as a field error of the form. */
export function assertPasswordRules({ password, email, field }: { password: string; email: string; field: string }) {
  const broken = passwordRuleBroken({ password, email });
  if (broken) throw new FieldError({ [field]: { key: broken } });
}

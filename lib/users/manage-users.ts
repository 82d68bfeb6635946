import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { issueActivationLink } from '@/lib/account/activation';
import { staffNameForms } from '@/lib/i18n/transliterate';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import type { ZCreateUser, ZUpdateUserRole, ZUserRef } from './schemas';

// Keeps only the unit that matches the role, so a user never carries a stale second unit.
function unitFor(input: { role: string; districtId: string | null; courtId: string | null; regionId: string | null }) {
  return {
    districtId: input.role === 'OFFICER' || input.role === 'POLICE' ? input.districtId : null,
    courtId: input.role === 'CLERK' ? input.courtId : null,
    regionId: input.role === 'SUPERVISOR' ? input.regionId : null,
  };
}

async function assertUnitExists(tx: Tx, unit: ReturnType<typeof unitFor>) {
  if (unit.districtId && !(await tx.district.findUnique({ where: { id: unit.districtId } })))
    throw new FieldError({ districtId: { key: 'validation.invalid' } });
  if (unit.courtId && !(await tx.court.findUnique({ where: { id: unit.courtId } }))) throw new FieldError({ courtId: { key: 'validation.invalid' } });
  if (unit.regionId && !(await tx.region.findUnique({ where: { id: unit.regionId } }))) throw new FieldError({ regionId: { key: 'validation.invalid' } });
}

/**
 * A new user has no password: the administrator gets a one-time activation link (returned once,
 * only its hash is stored) through which the user chooses their own (docs/decisions/006-own-passwords-and-mfa.md).
 */
export async function createUser({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZCreateUser> }) {
  const unit = unitFor(input);
  await assertUnitExists(tx, unit);
  if (await tx.user.findUnique({ where: { email: input.email } })) throw new FieldError({ email: { key: 'validation.emailTaken' } });
  const user = await tx.user.create({
    data: {
      email: input.email,
      fullName: input.fullName,
      ...staffNameForms(input.fullName, input),
      position: input.position ?? null,
      role: input.role,
      ...unit,
    },
  });
  const link = await issueActivationLink({ tx, userId: user.id, purpose: 'ACTIVATE', createdById: actor.id });
  return { user, ...link };
}

/**
 * Every change that alters what a user may do bumps sessionVersion, which ends their open
 * sessions on the next request (lib/auth/resolve-session.ts). The version check makes two
 * administrators editing the same user at once a conflict rather than a silent overwrite.
 */
async function changeUser(tx: Tx, ref: z.output<typeof ZUserRef>, data: Record<string, unknown>) {
  const updated = await tx.user.updateMany({
    where: { id: ref.userId, version: ref.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    if (!(await tx.user.findUnique({ where: { id: ref.userId } }))) throw new NotFoundError('User');
    throw new ConflictError();
  }
  return tx.user.findUniqueOrThrow({ where: { id: ref.userId } });
}

export async function updateUserRole({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZUpdateUserRole> }) {
  if (input.userId === actor.id && input.role !== 'ADMIN') throw new FieldError({ role: { key: 'validation.cannotDemoteSelf' } });
  const unit = unitFor(input);
  await assertUnitExists(tx, unit);
  return changeUser(tx, input, { role: input.role, ...unit, sessionVersion: { increment: 1 } });
}

export async function setUserActive({ tx, actor, input, active }: { tx: Tx; actor: TActor; input: z.output<typeof ZUserRef>; active: boolean }) {
  if (!active && input.userId === actor.id) throw new FieldError({ _form: { key: 'validation.cannotDeactivateSelf' } });
  return changeUser(tx, input, { status: active ? 'ACTIVE' : 'DEACTIVATED', sessionVersion: { increment: 1 } });
}

export async function unlockUser({ tx, input }: { tx: Tx; input: z.output<typeof ZUserRef> }) {
  return changeUser(tx, input, { lockedUntil: null, unlockedAt: new Date() });
}

import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { personScope } from '@/lib/persons/scope';
import type { ZFlagPerson, ZWithdrawFlag } from './schemas';

/** An officer flags a person of their caseload for a petition; one open flag per person. */
export async function flagPerson({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZFlagPerson> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const open = await tx.petitionFlag.findUnique({ where: { openPersonId: input.personId } });
  if (open) throw new FieldError({ _form: { key: 'escalation.errors.alreadyFlagged' } });
  // The unique openPersonId makes a second flag racing this one a conflict (P2002), not a duplicate.
  return tx.petitionFlag.create({
    data: { personId: input.personId, openPersonId: input.personId, grounds: input.grounds, reasons: input.reasons, flaggedById: actor.id },
  });
}

/** Withdraws an open flag with a reason, against the version the officer saw. */
export async function withdrawFlag({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZWithdrawFlag> }) {
  const flag = await tx.petitionFlag.findFirst({ where: { id: input.flagId, person: personScope(actor) } });
  if (!flag) throw new NotFoundError('PetitionFlag');
  if (flag.version !== input.version || flag.status !== 'OPEN') throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  const updated = await tx.petitionFlag.updateMany({
    where: { id: flag.id, version: input.version, status: 'OPEN' },
    data: {
      status: 'WITHDRAWN',
      openPersonId: null,
      withdrawnById: actor.id,
      withdrawnAt: new Date(),
      withdrawReason: input.reason,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  return flag;
}

import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import type { TRegistryDecision } from './schemas';

/**
 * Withholds a person from the public registry, or reinstates them. The person must be in the
 * supervisor's scope (else not found). The version column makes a decision taken on a stale
 * screen (someone else decided or edited the person meanwhile) lose with a conflict.
 * The reinstating reason lives in the audit trail; the stored reason is the withholding one.
 */
export async function setRegistryWithheld({
  tx,
  actor,
  input,
  withheld,
  now = new Date(),
}: {
  tx: Tx;
  actor: TActor;
  input: TRegistryDecision;
  withheld: boolean;
  now?: Date;
}) {
  const person = await tx.person.findFirst({
    where: { AND: [{ id: input.personId }, personScope(actor)] },
    select: { id: true, version: true, registryWithheld: true },
  });
  if (!person) throw new NotFoundError('Person');
  if (person.version !== input.version || person.registryWithheld === withheld) throw new ConflictError({ key: 'errors.conflict' });
  const updated = await tx.person.updateMany({
    where: { id: person.id, version: input.version, registryWithheld: !withheld },
    data: withheld
      ? { registryWithheld: true, registryWithheldReason: input.reason, registryWithheldAt: now, version: { increment: 1 } }
      : { registryWithheld: false, registryWithheldReason: null, registryWithheldAt: null, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.conflict' });
  return { personId: person.id, version: input.version + 1 };
}

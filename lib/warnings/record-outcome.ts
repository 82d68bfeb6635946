import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import { warningOutcomeRule } from '@/lib/validation/date-rules';
import type { TRecordWarningOutcome } from './schemas';

/**
 * Records whether the person signed the warning or refused in front of a witness. Only a pending
 * warning takes an outcome, once: the version column makes the second of two recorders lose.
 */
export async function recordWarningOutcome({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: TRecordWarningOutcome; now?: Date }) {
  const warning = await tx.warning.findFirst({
    where: { id: input.warningId, person: personScope(actor) },
    select: { id: true, issuedAt: true, outcome: true, version: true },
  });
  if (!warning) throw new NotFoundError('Warning');
  if (warning.outcome !== 'PENDING' || warning.version !== input.version) throw new ConflictError({ key: 'errors.conflict' });
  // Not in the future is the schema's rule; on or after the day of issue is checked here.
  const problem = warningOutcomeRule(input.date, warning.issuedAt);
  if (problem) throw new FieldError({ date: { key: problem } });
  const date = input.date;
  const updated = await tx.warning.updateMany({
    where: { id: warning.id, version: warning.version, outcome: 'PENDING' },
    data: {
      outcome: input.outcome,
      signedOn: input.outcome === 'SIGNED' ? date : null,
      refusedOn: input.outcome === 'REFUSED' ? date : null,
      refusalWitness: input.outcome === 'REFUSED' ? input.refusalWitness : null,
      outcomeRecordedById: actor.id,
      outcomeRecordedAt: now,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.conflict' });
  return warning;
}

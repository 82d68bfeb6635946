import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, DeniedError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { hasPermission } from '@/lib/auth/permissions';
import { warningScope } from '@/lib/public-order/scope';
import { isPublicOrderWarning, PUBLIC_ORDER_KIND_SELECT } from '@/lib/public-order/warnings-kind';
import { warningOutcomeRule } from '@/lib/validation/date-rules';
import type { TRecordWarningOutcome } from './schemas';

/**
 * Records whether the person signed the warning or refused in front of a witness. Only a pending
 * warning takes an outcome, once: the version column makes the second of two recorders lose.
 */
export async function recordWarningOutcome({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: TRecordWarningOutcome; now?: Date }) {
  const warning = await tx.warning.findFirst({
    where: { AND: [{ id: input.warningId }, warningScope(actor)] },
    select: { id: true, issuedAt: true, outcome: true, version: true, ...PUBLIC_ORDER_KIND_SELECT },
  });
  if (!warning) throw new NotFoundError('Warning');
  // A public-order warning's outcome is public-order work (police); the action's own permission
  // (warning.record) covers the supervision warnings. docs/decisions/033.
  if (isPublicOrderWarning(warning) && !hasPermission(actor.role, 'publicOrder.record')) throw new DeniedError({ key: 'errors.forbidden' });
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
  return { id: warning.id, publicOrder: isPublicOrderWarning(warning) };
}

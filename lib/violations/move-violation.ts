import 'server-only';
import { db as appDb, type Db } from '@/lib/db/client';
import { subYears } from 'date-fns';
import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { ViolationStatus } from '@/lib/generated/prisma/enums';
import { ConflictError, DeniedError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { protocolRule } from '@/lib/validation/date-rules';
import { personScope } from '@/lib/persons/scope';
import { canMove } from './workflow';
import type { ZDismissViolation, ZEscalateViolation } from './schemas';
import { inRolledUpMonth, noteRollupChange } from '@/lib/oversight/rollups';
import { settleProposals } from '@/lib/escalation/settle-proposals';
import { enqueueRiskDue } from '@/lib/risk/dues';

/**
 * Moves a violation one step, if the state machine allows the move and the actor's role may
 * make it. The version check makes two people deciding at once a conflict for the second.
 */
async function move(
  tx: Tx,
  actor: TActor,
  ref: { violationId: string; version: number },
  to: ViolationStatus,
  data: Record<string, unknown>,
  reason: string | null,
  dateCheck?: (violation: { occurredAt: Date }) => Record<string, { key: string }> | null,
) {
  const violation = await tx.violation.findFirst({ where: { id: ref.violationId, person: personScope(actor) } });
  if (!violation) throw new NotFoundError('Violation');
  const dateErrors = dateCheck?.(violation);
  if (dateErrors) throw new FieldError(dateErrors);
  // A stale form first: the user decided on a state that is no longer there.
  if (violation.version !== ref.version) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  const verdict = canMove(actor.role, violation.status, to);
  if (verdict !== 'ok') throw new DeniedError({ key: verdict === 'illegal' ? 'errors.illegalTransition' : 'errors.forbidden' });
  const updated = await tx.violation.updateMany({
    where: { id: violation.id, version: ref.version, status: violation.status },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  await tx.violationStep.create({ data: { violationId: violation.id, fromStatus: violation.status, toStatus: to, actorId: actor.id, reason } });
  // An officer's pending proposal is answered by the move itself (docs/decisions/018-officer-escalation.md).
  await settleProposals(tx, { violationId: violation.id, to, actorId: actor.id });
  // The dashboard counts violations by where they stand now, also in months already rolled up.
  if (inRolledUpMonth(violation.occurredAt)) await noteRollupChange(tx);
  return { ...violation, status: to };
}

export async function escalateViolation({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZEscalateViolation> }) {
  if (input.to === 'ADMIN_PROTOCOL') {
    const protocolDate = input.protocolDate;
    const moved = await move(
      tx,
      actor,
      input,
      'ADMIN_PROTOCOL',
      { protocolNumber: input.protocolNumber, protocolDate, penalty: input.penalty },
      input.reason ?? null,
      (v) => {
        const problem = protocolRule(protocolDate, v.occurredAt);
        return problem ? { protocolDate: { key: problem } } : null;
      },
    );
    // A violation escalated to a protocol makes a reassessment due at once (also when the move
    // accepts an officer's proposal: that goes through here too). docs/decisions/027.
    await enqueueRiskDue(tx, { personId: moved.personId, reason: 'VIOLATION_ESCALATED', sourceId: moved.id });
    return moved;
  }
  return move(tx, actor, input, 'CRIMINAL_REFERRAL', { referralNumber: input.referralNumber }, input.reason);
}

export function dismissViolation({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZDismissViolation> }) {
  return move(tx, actor, input, 'DISMISSED', { dismissReason: input.reason }, input.reason);
}

/** Whether the next step for this person should be a criminal referral (reference setting). */
/** For a page: whether to suggest a referral, read in its own transaction. */
export async function findReferralSuggestion({ db = appDb, personId }: { db?: Db; personId: string }) {
  return db.$transaction((tx) => referralSuggested(tx, personId));
}

export async function referralSuggested(tx: Tx, personId: string, now = new Date()) {
  const setting = await tx.setting.findUnique({ where: { key: 'violations.penaltiesBeforeReferral' } });
  const threshold = Number(setting?.value) > 0 ? Number(setting?.value) : 2;
  const since = subYears(now, 1);
  const penalties = await tx.violation.count({ where: { personId, status: { in: ['ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL'] }, protocolDate: { gte: since } } });
  return { suggested: penalties >= threshold, penalties, threshold };
}

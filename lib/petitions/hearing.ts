import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, DeniedError, FieldError } from '@/lib/actions/errors';
import { parseLocalDateTime } from '@/lib/validation/fields';
import { hearingRule } from '@/lib/validation/date-rules';
import { kzDateTimeInput } from '@/lib/time/today';
import { getScopedPetition, movePetition, petitionEntity } from './manage-petition';
import { notify } from '@/lib/notifications/notify';
import { users } from '@/lib/notifications/recipients';
import type { ZRescheduleHearing, ZSetHearing } from './schemas';

type THearingInput = { hearingDate: Date; hearingTime: string; courtroom: string };

/** The hearing's start: the day and the Kazakhstan wall-clock time entered, as one instant. */
export function hearingInstant(input: Pick<THearingInput, 'hearingDate' | 'hearingTime'>): Date {
  return parseLocalDateTime(`${input.hearingDate.toISOString().slice(0, 10)}T${input.hearingTime}`)!;
}

/** What the audit trail keeps of a hearing: Kazakhstan wall-clock time and courtroom. */
export function hearingAuditValue(at: Date | null, courtroom: string | null) {
  return at ? { at: kzDateTimeInput(at), courtroom } : null;
}

function checkHearingDay(input: THearingInput, filedAt: Date | null) {
  const problem = hearingRule(input.hearingDate, filedAt);
  if (problem) throw new FieldError({ hearingDate: { key: problem } });
}

/** The clerk sets the first hearing of a filed petition: day, time (Kazakhstan) and courtroom. */
export async function setHearing({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZSetHearing> }) {
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  checkHearingDay(input, petition.filedAt);
  const hearingAt = hearingInstant(input);
  const moved = await movePetition(tx, actor, input, 'HEARING_SET', { hearingDate: input.hearingDate, hearingAt, courtroom: input.courtroom });
  await tx.hearingChange.create({ data: { petitionId: petition.id, changedById: actor.id, hearingAt, courtroom: input.courtroom } });
  // The police author learns the day, time and courtroom.
  await notify(tx, actor, {
    kind: 'HEARING_SET',
    to: users(petition.drafterId),
    entity: petitionEntity(petition.id),
    params: { filingNumber: petition.filingNumber ?? '', hearingDate: kzDateTimeInput(hearingAt).replace('T', ' ') },
  });
  return { petition: moved, hearing: hearingAuditValue(hearingAt, input.courtroom)! };
}

/**
 * Moves a set hearing (another day, time or courtroom) with a reason; the change is kept as a
 * HearingChange row and in the audit event (old and new). Against the version the clerk saw.
 */
export async function rescheduleHearing({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRescheduleHearing> }) {
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  if (petition.version !== input.version) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  if (petition.status !== 'HEARING_SET') throw new DeniedError({ key: 'errors.illegalTransition' });
  checkHearingDay(input, petition.filedAt);
  const hearingAt = hearingInstant(input);
  if (petition.hearingAt?.getTime() === hearingAt.getTime() && petition.courtroom === input.courtroom)
    throw new FieldError({ hearingTime: { key: 'hearing.validation.unchanged' } });
  const updated = await tx.extensionPetition.updateMany({
    where: { id: petition.id, version: input.version, status: 'HEARING_SET' },
    data: { hearingDate: input.hearingDate, hearingAt, courtroom: input.courtroom, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  await tx.hearingChange.create({
    data: {
      petitionId: petition.id,
      changedById: actor.id,
      previousAt: petition.hearingAt ?? petition.hearingDate,
      previousCourtroom: petition.courtroom,
      hearingAt,
      courtroom: input.courtroom,
      reason: input.reason,
    },
  });
  return {
    petitionId: petition.id,
    from: hearingAuditValue(petition.hearingAt ?? petition.hearingDate, petition.courtroom),
    to: hearingAuditValue(hearingAt, input.courtroom)!,
  };
}

/** A petition's hearing history, newest first (shown under the hearing on the petition page). */
export function findHearingChanges(db: Pick<Tx, 'hearingChange'>, petitionId: string) {
  return db.hearingChange.findMany({
    where: { petitionId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      previousAt: true,
      previousCourtroom: true,
      hearingAt: true,
      courtroom: true,
      reason: true,
      createdAt: true,
      changedBy: { select: { fullName: true } },
    },
  });
}

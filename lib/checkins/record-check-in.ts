import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/register-person';
import { addWorkingDays } from './schedule';
import type { ZRecordCheckIn, ZScheduleAppointment } from './schemas';
import { inRolledUpMonth, requestRollupRebuild } from '@/lib/oversight/rollups';

/** A missed check-in, or an absence found on a curfew visit, proposes a violation. */
export function proposesViolation(c: { outcome: string; curfewCheck: boolean; personAtHome: boolean | null }) {
  return c.outcome === 'MISSED' || (c.curfewCheck && c.personAtHome === false);
}

/**
 * Records a check-in against a due slot (optimistic version: a slot is recorded once) or as an
 * unscheduled contact. The idempotency key makes a resubmitted form return the first record.
 */
export async function recordCheckIn({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRecordCheckIn> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const already = await tx.checkIn.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (already) {
    if (already.personId !== input.personId) throw new NotFoundError('CheckIn');
    return { checkIn: already, replay: true };
  }
  const data = {
    actualAt: input.actualAt,
    channel: input.channel,
    outcome: input.outcome,
    excuseReason: input.outcome === 'EXCUSED' ? input.excuseReason : null,
    curfewCheck: input.curfewCheck,
    personAtHome: input.curfewCheck ? input.personAtHome : null,
    notes: input.notes ?? null,
    evidenceDueAt: input.outcome === 'AWAITING_EVIDENCE' ? addWorkingDays(input.actualAt, 5) : null,
    recordedById: actor.id,
    recordedAt: new Date(),
    idempotencyKey: input.idempotencyKey,
  };
  if (input.checkInId) {
    const slot = await tx.checkIn.findFirst({ where: { id: input.checkInId, personId: input.personId } });
    if (!slot) throw new NotFoundError('CheckIn');
    // A slot may be recorded once; AWAITING_EVIDENCE may later be decided (attended/missed/excused).
    if (slot.outcome !== 'SCHEDULED' && slot.outcome !== 'AWAITING_EVIDENCE') throw new ConflictError({ key: 'errors.alreadyRecorded' });
    if (input.version === undefined) throw new FieldError({ _form: { key: 'validation.invalid' } });
    const updated = await tx.checkIn.updateMany({ where: { id: slot.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw new ConflictError({ key: 'errors.alreadyRecorded' });
    // A slot of a month the dashboard has rolled up (recorded late): its counts change.
    if (slot.scheduledAt && inRolledUpMonth(slot.scheduledAt)) await requestRollupRebuild(tx);
    return { checkIn: await tx.checkIn.findUniqueOrThrow({ where: { id: slot.id } }), replay: false };
  }
  const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { officerId: true } });
  const checkIn = await tx.checkIn.create({ data: { ...data, personId: input.personId, officerId: person.officerId, source: 'UNSCHEDULED', scheduledAt: null } });
  return { checkIn, replay: false };
}

/** An ad-hoc appointment or planned home visit, added to the schedule by the officer. */
export async function scheduleAppointment({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZScheduleAppointment> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const already = await tx.checkIn.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (already) return already;
  const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { officerId: true } });
  return tx.checkIn.create({
    data: {
      personId: input.personId,
      officerId: person.officerId,
      source: 'AD_HOC',
      scheduledAt: input.scheduledAt,
      channel: input.channel,
      curfewCheck: input.curfewCheck,
      notes: input.notes ?? null,
      idempotencyKey: input.idempotencyKey,
    },
  });
}

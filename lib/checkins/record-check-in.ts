import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { missedRule } from '@/lib/validation/date-rules';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { personScope } from '@/lib/persons/scope';
import { Prisma } from '@/lib/generated/prisma/client';
import { addWorkingDays } from './schedule';
import type { ZRecordCheckIn, ZScheduleAppointment } from './schemas';
import { inRolledUpMonth, noteRollupChange } from '@/lib/oversight/rollups';
import { addMinutes } from 'date-fns';
import { lockOfficerAgenda } from '@/lib/agenda/booking';
import { assertSlotFree } from '@/lib/agenda/assert-free';

/** A missed check-in, or an absence found on a curfew visit, proposes a violation. */
export function proposesViolation(c: { outcome: string; curfewCheck: boolean; personAtHome: boolean | null }) {
  return c.outcome === 'MISSED' || (c.curfewCheck && c.personAtHome === false);
}

/**
 * Records a check-in against a due slot (optimistic version: a slot is recorded once) or as an
 * unscheduled contact. A resubmitted form (same idempotency key) loses to the first on the
 * slot's version or on the key's unique index, and defineAction's replay returns the first
 * record. Four statements for a slot: the hottest write of the day (docs/performance.md).
 */
export async function recordCheckIn({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRecordCheckIn> }) {
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
    // The slot and the scope check in one read: out of scope reads as not found.
    const slot = await tx.checkIn.findFirst({
      where: { id: input.checkInId, personId: input.personId, person: personScope(actor) },
      select: { id: true, outcome: true, scheduledAt: true, version: true },
    });
    if (!slot) throw new NotFoundError('CheckIn');
    // A slot may be recorded once; AWAITING_EVIDENCE may later be decided (attended/missed/excused).
    if (slot.outcome !== 'SCHEDULED' && slot.outcome !== 'AWAITING_EVIDENCE') throw new ConflictError({ key: 'errors.alreadyRecorded' });
    if (input.version === undefined) throw new FieldError({ _form: { key: 'validation.invalid' } });
    if (slot.version !== input.version) throw new ConflictError({ key: 'errors.alreadyRecorded' });
    const missedProblem = missedRule(input, slot.scheduledAt);
    if (missedProblem) throw new FieldError({ outcome: { key: missedProblem } });
    const checkIn = await tx.checkIn
      .update({ where: { id: slot.id, version: input.version }, data: { ...data, version: { increment: 1 } } })
      .catch((error: unknown) => {
        // Another submission recorded it between our read and our write.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw new ConflictError({ key: 'errors.alreadyRecorded' });
        throw error;
      });
    // A slot of a month the dashboard has rolled up (recorded late): its counts change.
    if (slot.scheduledAt && inRolledUpMonth(slot.scheduledAt)) await noteRollupChange(tx);
    return { checkIn };
  }
  const person = await tx.person.findFirst({ where: { AND: [{ id: input.personId }, personScope(actor)] }, select: { officerId: true } });
  if (!person) throw new NotFoundError('Person');
  const checkIn = await tx.checkIn.create({
    data: { ...data, personId: input.personId, officerId: person.officerId, source: 'UNSCHEDULED', scheduledAt: null },
  });
  return { checkIn };
}

/** An ad-hoc appointment or planned home visit, added to the schedule by the officer. */
export async function scheduleAppointment({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZScheduleAppointment> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const already = await tx.checkIn.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (already) return already;
  const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { officerId: true } });
  // Booked into a free slot: two bookings of one slot at once take turns, the second is refused.
  await lockOfficerAgenda(tx, [person.officerId]);
  await assertSlotFree(tx, person.officerId, { start: input.scheduledAt, end: addMinutes(input.scheduledAt, input.durationMinutes) });
  return tx.checkIn.create({
    data: {
      personId: input.personId,
      officerId: person.officerId,
      source: 'AD_HOC',
      scheduledAt: input.scheduledAt,
      durationMinutes: input.durationMinutes,
      channel: input.channel,
      curfewCheck: input.curfewCheck,
      notes: input.notes ?? null,
      idempotencyKey: input.idempotencyKey,
    },
  });
}

import 'server-only';
import type { z } from 'zod';
import { addMinutes } from 'date-fns';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, DeniedError, NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import type { ZCancelAppointment, ZRescheduleAppointment } from '@/lib/checkins/schemas';
import { lockOfficerAgenda } from './booking';
import { assertSlotFree } from './assert-free';
import { hoursFromInput, type ZWorkingHours } from './hours';

/** A still-scheduled appointment or visit inside the actor's scope, at the version the form saw. */
async function scheduledOne(tx: Tx, actor: TActor, id: string, version: number) {
  const c = await tx.checkIn.findFirst({
    where: { id, person: personScope(actor) },
    select: { id: true, personId: true, officerId: true, source: true, outcome: true, channel: true, scheduledAt: true, durationMinutes: true, version: true },
  });
  if (!c || !c.scheduledAt) throw new NotFoundError('CheckIn');
  if (c.outcome !== 'SCHEDULED') throw new ConflictError({ key: 'errors.alreadyRecorded' });
  if (c.version !== version) throw new ConflictError();
  return c as typeof c & { scheduledAt: Date };
}

/** Moves it to a new free time; returns the old and new times for the audit event. */
export async function rescheduleAppointment({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRescheduleAppointment> }) {
  const before = await scheduledOne(tx, actor, input.checkInId, input.version);
  await lockOfficerAgenda(tx, [before.officerId]);
  await assertSlotFree(tx, before.officerId, { start: input.scheduledAt, end: addMinutes(input.scheduledAt, input.durationMinutes) }, before.id);
  const { count } = await tx.checkIn.updateMany({
    where: { id: before.id, version: input.version, outcome: 'SCHEDULED' },
    data: { scheduledAt: input.scheduledAt, durationMinutes: input.durationMinutes, version: { increment: 1 } },
  });
  if (count !== 1) throw new ConflictError();
  return { before, after: { scheduledAt: input.scheduledAt, durationMinutes: input.durationMinutes } };
}

/**
 * Cancels an appointment or visit the officer booked: the row goes, its time, channel and the
 * reason stay in the audit event. Court-ordered reporting (the rolling schedule) is moved, never
 * cancelled: the nightly job would only bring it back.
 */
export async function cancelAppointment({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZCancelAppointment> }) {
  const before = await scheduledOne(tx, actor, input.checkInId, input.version);
  if (before.source === 'SCHEDULE') throw new DeniedError({ key: 'agendaErrors.reportingNotCancelled' });
  const { count } = await tx.checkIn.deleteMany({ where: { id: before.id, version: input.version, outcome: 'SCHEDULED' } });
  if (count !== 1) throw new ConflictError();
  return before;
}

/** The officer's own working hours (optimistic version; 0 = the default, not yet saved). */
export async function saveWorkingHours({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZWorkingHours> }) {
  const hours = hoursFromInput(input);
  const current = await tx.workingHours.findUnique({ where: { userId: actor.id }, select: { version: true } });
  if ((current?.version ?? 0) !== (input.version ?? 0)) throw new ConflictError();
  if (!current) return tx.workingHours.create({ data: { userId: actor.id, ...hours } });
  const { count } = await tx.workingHours.updateMany({ where: { userId: actor.id, version: current.version }, data: { ...hours, version: { increment: 1 } } });
  if (count !== 1) throw new ConflictError();
  return tx.workingHours.findUniqueOrThrow({ where: { userId: actor.id } });
}

import 'server-only';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/actions/define-action';
import { personScope } from '@/lib/persons/scope';
import { ZRecordCheckIn, ZScheduleAppointment } from './schemas';
import { proposesViolation, recordCheckIn, scheduleAppointment } from './record-check-in';

export const recordCheckInAction = defineAction({
  name: 'checkin.record',
  permission: 'checkin.record',
  schema: ZRecordCheckIn,
  handler: async ({ tx, actor, input }) => {
    const { checkIn } = await recordCheckIn({ tx, actor, input });
    return {
      data: { checkInId: checkIn.id, proposeViolation: proposesViolation(checkIn) },
      audit: { targetType: 'CheckIn', targetId: checkIn.id, details: { personId: input.personId, outcome: checkIn.outcome, channel: checkIn.channel } },
    };
  },
  // A double click or resubmission that lost the race gets the record the first one made.
  replay: async ({ actor, input }) => {
    // Only the same person's record: a key reused for someone else is a conflict, not a replay.
    const earlier = await db.checkIn.findFirst({ where: { idempotencyKey: input.idempotencyKey, personId: input.personId, person: personScope(actor) } });
    return earlier ? { checkInId: earlier.id, proposeViolation: proposesViolation(earlier) } : null;
  },
});

export const scheduleAppointmentAction = defineAction({
  name: 'checkin.schedule',
  permission: 'checkin.record',
  schema: ZScheduleAppointment,
  handler: async ({ tx, actor, input }) => {
    const appointment = await scheduleAppointment({ tx, actor, input });
    return {
      data: { checkInId: appointment.id },
      audit: { targetType: 'CheckIn', targetId: appointment.id, details: { personId: input.personId, scheduledAt: appointment.scheduledAt?.toISOString() } },
    };
  },
  replay: async ({ actor, input }) => {
    const earlier = await db.checkIn.findFirst({ where: { idempotencyKey: input.idempotencyKey, person: personScope(actor) } });
    return earlier ? { checkInId: earlier.id } : null;
  },
});

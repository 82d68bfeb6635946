import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { ZCancelAppointment, ZRescheduleAppointment } from '@/lib/checkins/schemas';
import { cancelAppointment, rescheduleAppointment, saveWorkingHours } from './changes';
import { ZWorkingHours } from './hours';

export const rescheduleAppointmentAction = defineAction({
  name: 'checkin.reschedule',
  permission: 'checkin.record',
  schema: ZRescheduleAppointment,
  handler: async ({ tx, actor, input }) => {
    const { before, after } = await rescheduleAppointment({ tx, actor, input });
    return {
      data: { checkInId: before.id },
      audit: {
        targetType: 'CheckIn',
        targetId: before.id,
        details: {
          personId: before.personId,
          reason: input.reason,
          from: before.scheduledAt.toISOString(),
          fromDuration: before.durationMinutes,
          to: after.scheduledAt.toISOString(),
          toDuration: after.durationMinutes,
        },
      },
    };
  },
});

export const cancelAppointmentAction = defineAction({
  name: 'checkin.cancel',
  permission: 'checkin.record',
  schema: ZCancelAppointment,
  handler: async ({ tx, actor, input }) => {
    const before = await cancelAppointment({ tx, actor, input });
    return {
      data: { checkInId: before.id },
      // The row is gone: the event is the person's, with everything the appointment was.
      audit: {
        targetType: 'Person',
        targetId: before.personId,
        details: {
          checkInId: before.id,
          reason: input.reason,
          scheduledAt: before.scheduledAt.toISOString(),
          durationMinutes: before.durationMinutes,
          channel: before.channel,
          source: before.source,
        },
      },
    };
  },
});

export const saveWorkingHoursAction = defineAction({
  name: 'agenda.hours',
  permission: 'checkin.record',
  schema: ZWorkingHours,
  handler: async ({ tx, actor, input }) => {
    const row = await saveWorkingHours({ tx, actor, input });
    return {
      data: { version: row.version },
      audit: {
        targetType: 'WorkingHours',
        targetId: actor.id,
        details: { weekdays: row.weekdays, startMinute: row.startMinute, endMinute: row.endMinute, slotMinutes: row.slotMinutes },
      },
    };
  },
});

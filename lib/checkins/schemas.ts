import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zId, zLocalDateTimeWithin, zOptionalText, zRequiredText, zVersion } from '@/lib/validation/fields';
import { DURATIONS } from '@/lib/agenda/durations';
import { kzStartOfToday } from '@/lib/time/today';

export const CHANNELS = ['STATION', 'HOME_VISIT', 'PHONE', 'VIDEO'] as const;
export const RECORDED_OUTCOMES = ['ATTENDED', 'MISSED', 'EXCUSED', 'AWAITING_EVIDENCE'] as const;

/** When something happened, from a datetime-local input in Kazakhstan time: not in the future. */
export const zHappenedAt = zLocalDateTimeWithin('past');

export const ZRecordCheckIn = z
  .object({
    personId: zId,
    /** The due slot being recorded; absent for an unscheduled contact. */
    checkInId: z
      .union([z.literal(''), zId])
      .optional()
      .transform((v) => v || undefined),
    version: zVersion.optional(),
    channel: z.enum(CHANNELS, { error: 'validation.required' }),
    actualAt: zHappenedAt,
    outcome: z.enum(RECORDED_OUTCOMES, { error: 'validation.required' }),
    excuseReason: zOptionalText(500),
    curfewCheck: z.boolean().default(false),
    personAtHome: z
      .union([z.literal('yes'), z.literal('no'), z.literal('')])
      .optional()
      .transform((v) => (v === 'yes' ? true : v === 'no' ? false : null)),
    notes: zOptionalText(2000),
    idempotencyKey: z.string().uuid('validation.invalid'),
  })
  .refine((c) => c.outcome !== 'EXCUSED' || !!c.excuseReason, { message: 'validation.excuseReasonRequired', path: ['excuseReason'], ...WHEN_FIELDS_PARSED })
  .refine((c) => !c.curfewCheck || c.channel === 'HOME_VISIT', { message: 'validation.curfewNeedsHomeVisit', path: ['curfewCheck'], ...WHEN_FIELDS_PARSED })
  .refine((c) => !c.curfewCheck || c.personAtHome !== null, { message: 'validation.required', path: ['personAtHome'], ...WHEN_FIELDS_PARSED });

/** Minutes an appointment or visit is booked for (a select; 30 unless chosen). */
const zDuration = z.coerce
  .number()
  .int()
  .refine((n) => (DURATIONS as readonly number[]).includes(n), 'validation.invalid')
  .default(30);

export const ZScheduleAppointment = z
  .object({
    personId: zId,
    channel: z.enum(CHANNELS, { error: 'validation.required' }),
    // Booked from today on (a visit starting now may be booked a few minutes late), at most two years ahead.
    scheduledAt: zLocalDateTimeWithin('nearFuture').refine((d) => d >= kzStartOfToday(), { message: 'validation.scheduleBeforeToday', abort: true }),
    durationMinutes: zDuration,
    curfewCheck: z.boolean().default(false),
    notes: zOptionalText(2000),
    idempotencyKey: z.string().uuid('validation.invalid'),
  })
  .refine((c) => !c.curfewCheck || c.channel === 'HOME_VISIT', { message: 'validation.curfewNeedsHomeVisit', path: ['curfewCheck'], ...WHEN_FIELDS_PARSED });

/** Moves a booked appointment or visit; the reason is kept in the audit trail with the old time. */
export const ZRescheduleAppointment = z.object({
  checkInId: zId,
  version: zVersion,
  scheduledAt: zLocalDateTimeWithin('nearFuture').refine((d) => d >= kzStartOfToday(), { message: 'validation.scheduleBeforeToday', abort: true }),
  durationMinutes: zDuration,
  reason: zRequiredText(500),
});

/** Cancels an appointment or visit the officer booked (court-ordered reporting is only moved). */
export const ZCancelAppointment = z.object({ checkInId: zId, version: zVersion, reason: zRequiredText(500) });

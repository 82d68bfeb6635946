import { z } from 'zod';
import { zId, zOptionalText } from '@/lib/validation/fields';

export const CHANNELS = ['STATION', 'HOME_VISIT', 'PHONE', 'VIDEO'] as const;
export const RECORDED_OUTCOMES = ['ATTENDED', 'MISSED', 'EXCUSED', 'AWAITING_EVIDENCE'] as const;

/** "YYYY-MM-DDTHH:MM" from a datetime-local input, in Astana/Almaty time (UTC+5). */
export const zLocalDateTime = z
  .string({ error: 'validation.required' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.dateTime')
  .transform((s, ctx) => {
    const d = new Date(`${s}:00+05:00`);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'validation.dateTime' });
      return z.NEVER;
    }
    return d;
  });

export const ZRecordCheckIn = z
  .object({
    personId: zId,
    /** The due slot being recorded; absent for an unscheduled contact. */
    checkInId: z.union([z.literal(''), zId]).optional().transform((v) => v || undefined),
    version: z.coerce.number().int().optional(),
    channel: z.enum(CHANNELS, { error: 'validation.required' }),
    actualAt: zLocalDateTime,
    outcome: z.enum(RECORDED_OUTCOMES, { error: 'validation.required' }),
    excuseReason: zOptionalText(500),
    curfewCheck: z.boolean().default(false),
    personAtHome: z.union([z.literal('yes'), z.literal('no'), z.literal('')]).optional().transform((v) => (v === 'yes' ? true : v === 'no' ? false : null)),
    notes: zOptionalText(2000),
    idempotencyKey: z.string().uuid('validation.invalid'),
  })
  .refine((c) => c.outcome !== 'EXCUSED' || !!c.excuseReason, { message: 'validation.excuseReasonRequired', path: ['excuseReason'] })
  .refine((c) => !c.curfewCheck || c.channel === 'HOME_VISIT', { message: 'validation.curfewNeedsHomeVisit', path: ['curfewCheck'] })
  .refine((c) => !c.curfewCheck || c.personAtHome !== null, { message: 'validation.required', path: ['personAtHome'] })
  .refine((c) => c.actualAt.getTime() <= Date.now() + 5 * 60_000, { message: 'validation.notInFuture', path: ['actualAt'] });

export const ZScheduleAppointment = z.object({
  personId: zId,
  channel: z.enum(CHANNELS, { error: 'validation.required' }),
  scheduledAt: zLocalDateTime,
  curfewCheck: z.boolean().default(false),
  notes: zOptionalText(2000),
  idempotencyKey: z.string().uuid('validation.invalid'),
}).refine((c) => !c.curfewCheck || c.channel === 'HOME_VISIT', { message: 'validation.curfewNeedsHomeVisit', path: ['curfewCheck'] });

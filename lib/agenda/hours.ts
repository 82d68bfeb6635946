import { z } from 'zod';
import { DEFAULT_WORKING_HOURS, SLOT_LENGTHS, type TWorkingHours } from './durations';

export { DEFAULT_WORKING_HOURS, type TWorkingHours };

/** "HH:MM" → minutes after midnight. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
/** Minutes after midnight → "HH:MM". */
export function fromMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const zTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.invalid');
const zOptionalTime = z.union([z.literal(''), zTime]).optional();

/** The settings form: times as "HH:MM", weekdays as ISO numbers. */
export const ZWorkingHours = z
  .object({
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1, 'validation.required').max(7),
    start: zTime,
    end: zTime,
    slotMinutes: z.coerce.number().pipe(z.union(SLOT_LENGTHS.map((n) => z.literal(n)) as [z.ZodLiteral<15>, ...z.ZodLiteral<number>[]])),
    lunchStart: zOptionalTime,
    lunchEnd: zOptionalTime,
    version: z.coerce.number().int().min(0).optional(),
  })
  .refine((h) => toMinutes(h.end) - toMinutes(h.start) >= h.slotMinutes, { message: 'agendaSettings.validation.endAfterStart', path: ['end'] })
  .refine((h) => !h.lunchStart === !h.lunchEnd, { message: 'agendaSettings.validation.lunchBoth', path: ['lunchEnd'] })
  .refine(
    (h) =>
      !h.lunchStart ||
      !h.lunchEnd ||
      (toMinutes(h.lunchStart) < toMinutes(h.lunchEnd) && toMinutes(h.lunchStart) >= toMinutes(h.start) && toMinutes(h.lunchEnd) <= toMinutes(h.end)),
    {
      message: 'agendaSettings.validation.lunchInside',
      path: ['lunchEnd'],
    },
  );

export function hoursFromInput(input: z.output<typeof ZWorkingHours>): TWorkingHours {
  return {
    weekdays: [...new Set(input.weekdays)].sort(),
    startMinute: toMinutes(input.start),
    endMinute: toMinutes(input.end),
    slotMinutes: input.slotMinutes,
    lunchStartMinute: input.lunchStart ? toMinutes(input.lunchStart) : null,
    lunchEndMinute: input.lunchEnd ? toMinutes(input.lunchEnd) : null,
  };
}

import { z } from 'zod';

// Field builders whose messages are i18n keys ("validation.*"), shared by forms and actions.

export const zRequiredText = (max = 200) =>
  z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const zOptionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .optional()
    .transform((v) => (v ? v : undefined));

export const zId = z.string({ error: 'validation.required' }).min(1, 'validation.required').max(64, 'validation.invalid');

/** A calendar date "YYYY-MM-DD" as a UTC-midnight Date. */
export const zDate = z
  .string({ error: 'validation.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .transform((s, ctx) => {
    const d = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({ code: 'custom', message: 'validation.date' });
      return z.NEVER;
    }
    return d;
  });

export const zOptionalDate = z
  .union([z.literal(''), zDate])
  .optional()
  .transform((v) => (v === '' || v === undefined ? undefined : v));

export const zLatitude = z.coerce.number({ error: 'validation.number' }).min(40, 'validation.latitude').max(56, 'validation.latitude');
export const zLongitude = z.coerce.number({ error: 'validation.number' }).min(46, 'validation.longitude').max(88, 'validation.longitude');

export const zPage = z.coerce.number().int().min(1).max(10_000).catch(1);

export function toDateInput(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : '';
}

import { z } from 'zod';
import { zId } from '@/lib/validation/fields';

/** At most this many incidents in one warning (a form shows a subject's incidents; far fewer in practice). */
export const MAX_WARNING_INCIDENTS = 50;

export const ZIssuePublicOrderWarning = z.object({
  subject: z.object({ kind: z.enum(['publicOrder', 'person'], { error: 'validation.invalid' }), id: zId }, { error: 'validation.required' }),
  incidentIds: z
    .array(zId, { error: 'publicOrderWarnings.validation.incidentsRequired' })
    .min(1, { message: 'publicOrderWarnings.validation.incidentsRequired', abort: true })
    .max(MAX_WARNING_INCIDENTS, { message: 'validation.invalid', abort: true })
    .transform((ids) => [...new Set(ids)]),
  language: z.enum(['RU', 'KK'], { error: 'validation.required' }),
});

export type TIssuePublicOrderWarning = z.output<typeof ZIssuePublicOrderWarning>;

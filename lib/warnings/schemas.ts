import { z } from 'zod';

export const WARNING_TYPES = ['LIFELONG_RESTRICTIONS_NOTICE', 'PUBLIC_ORDER_WARNING'] as const;

export const ZIssueWarning = z.object({
  personId: z.string().min(1, 'validation.required'),
  type: z.enum(WARNING_TYPES, { error: 'validation.required' }),
  language: z.enum(['RU', 'KK'], { error: 'validation.required' }),
});

const zDate = z.coerce.date({ error: 'validation.date' });

export const ZRecordWarningOutcome = z
  .object({
    warningId: z.string().min(1, 'validation.required'),
    version: z.coerce.number().int(),
    outcome: z.enum(['SIGNED', 'REFUSED'], { error: 'validation.required' }),
    /** Signed on, or refused on (the witness saw the refusal that day). */
    date: zDate,
    refusalWitness: z.string().trim().max(200, 'validation.tooLong').optional(),
  })
  .refine((v) => v.outcome !== 'REFUSED' || (v.refusalWitness?.length ?? 0) >= 3, { message: 'warnings.validation.witnessRequired', path: ['refusalWitness'] });

export type TIssueWarning = z.output<typeof ZIssueWarning>;
export type TRecordWarningOutcome = z.output<typeof ZRecordWarningOutcome>;

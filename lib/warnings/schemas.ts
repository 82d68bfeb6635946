import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zId, zOptionalText, zPastDate, zVersion } from '@/lib/validation/fields';

export const WARNING_TYPES = ['LIFELONG_RESTRICTIONS_NOTICE', 'PUBLIC_ORDER_WARNING'] as const;

export const ZIssueWarning = z.object({
  personId: zId,
  type: z.enum(WARNING_TYPES, { error: 'validation.required' }),
  language: z.enum(['RU', 'KK'], { error: 'validation.required' }),
});

export const ZRecordWarningOutcome = z
  .object({
    warningId: zId,
    version: zVersion,
    outcome: z.enum(['SIGNED', 'REFUSED'], { error: 'validation.required' }),
    /** Signed on, or refused on (the witness saw the refusal that day). */
    date: zPastDate,
    refusalWitness: zOptionalText(200),
  })
  .refine((v) => v.outcome !== 'REFUSED' || (v.refusalWitness?.length ?? 0) >= 3, {
    message: 'warnings.validation.witnessRequired',
    path: ['refusalWitness'],
    ...WHEN_FIELDS_PARSED,
  });

export type TIssueWarning = z.output<typeof ZIssueWarning>;
export type TRecordWarningOutcome = z.output<typeof ZRecordWarningOutcome>;

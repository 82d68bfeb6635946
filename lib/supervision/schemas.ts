import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zDateWithin, zId, zOptionalDateWithin, zPastDate, zRequiredText } from '@/lib/validation/fields';
import { ZRestrictionParams } from './restrictions';

export const ZCreateOrder = z
  .object({
    personId: zId,
    legalBasisId: zId,
    courtId: zId,
    rulingNumber: zRequiredText(60),
    rulingDate: zPastDate,
    /** On or after the sentence end (date-rules.ts, checked against the person's convictions). */
    startDate: zDateWithin('sentence'),
    /** Empty = start + the legal basis's default term. */
    endDate: zOptionalDateWithin('orderEnd'),
    lifelong: z.boolean().default(false),
    restrictions: z.array(ZRestrictionParams).max(20, 'validation.tooMany').default([]),
  })
  .refine((o) => !(o.lifelong && o.endDate), { message: 'validation.lifelongWithEnd', path: ['endDate'], ...WHEN_FIELDS_PARSED })
  .refine((o) => !o.endDate || o.endDate > o.startDate, { message: 'validation.endBeforeStart', path: ['endDate'], ...WHEN_FIELDS_PARSED });

export type TCreateOrderInput = z.input<typeof ZCreateOrder>;

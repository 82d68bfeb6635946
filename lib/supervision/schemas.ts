import { z } from 'zod';
import { zDate, zId, zOptionalDate, zRequiredText } from '@/lib/validation/fields';
import { ZRestrictionParams } from './restrictions';

export const ZCreateOrder = z
  .object({
    personId: zId,
    legalBasisId: zId,
    courtId: zId,
    rulingNumber: zRequiredText(60),
    rulingDate: zDate,
    startDate: zDate,
    /** Empty = start + the legal basis's default term. */
    endDate: zOptionalDate,
    lifelong: z.boolean().default(false),
    restrictions: z.array(ZRestrictionParams).max(20, 'validation.tooMany').default([]),
  })
  .refine((o) => !(o.lifelong && o.endDate), { message: 'validation.lifelongWithEnd', path: ['endDate'] })
  .refine((o) => !o.endDate || o.endDate > o.startDate, { message: 'validation.endBeforeStart', path: ['endDate'] });

export type TCreateOrderInput = z.input<typeof ZCreateOrder>;

import { z } from 'zod';
import { zId, zPlainString, zVersion } from '@/lib/validation/fields';

export const WITHHOLD_REASON_MIN = 10;

/** Withholding or reinstating a person: both need a reason a later supervisor can read. */
export const ZRegistryDecision = z.object({
  personId: zId,
  version: zVersion,
  reason: zPlainString().trim().min(1, 'validation.required').min(WITHHOLD_REASON_MIN, 'registry.validation.reasonTooShort').max(1000, 'validation.tooLong'),
});

export type TRegistryDecisionInput = z.input<typeof ZRegistryDecision>;
export type TRegistryDecision = z.output<typeof ZRegistryDecision>;

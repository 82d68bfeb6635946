import { z } from 'zod';

// Known tunables and what values they accept; unknown keys cannot be created from the UI.
export const SETTING_VALIDATORS: Record<string, z.ZodType<string>> = {
  'exclusion.defaultRadiusM': z
    .string()
    .regex(/^\d+$/, 'validation.integer')
    .refine((v) => Number(v) >= 50 && Number(v) <= 5000, 'validation.radiusRange'),
  'violations.penaltiesBeforeReferral': z
    .string()
    .regex(/^\d+$/, 'validation.integer')
    .refine((v) => Number(v) >= 1 && Number(v) <= 10, 'validation.invalid'),
  'caseload.targetPerOfficer': z
    .string()
    .regex(/^\d+$/, 'validation.integer')
    .refine((v) => Number(v) >= 1 && Number(v) <= 500, 'validation.invalid'),
};

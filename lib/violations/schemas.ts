import { z } from 'zod';
import { zId, zOptionalText, zPastDate, zRequiredText, zVersion } from '@/lib/validation/fields';
import { zHappenedAt } from '@/lib/checkins/schemas';

export const VIOLATION_TYPES = ['MISSED_REPORTING', 'CURFEW_BREACH', 'EXCLUSION_ZONE_ENTRY', 'TRAVEL_WITHOUT_PERMISSION', 'OTHER_RESTRICTION'] as const;
export const MAX_EVIDENCE_FILES = 5;
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

const zEvidenceFile = z
  .instanceof(Blob)
  .refine((f) => f.size <= MAX_EVIDENCE_BYTES, 'validation.evidenceTooLarge')
  .refine((f) => (EVIDENCE_TYPES as readonly string[]).includes(f.type), 'validation.evidenceType');

export const ZRecordViolation = z.object({
  personId: zId,
  type: z.enum(VIOLATION_TYPES, { error: 'validation.required' }),
  occurredAt: zHappenedAt,
  place: zOptionalText(300),
  restrictionId: z
    .union([z.literal(''), zId])
    .optional()
    .transform((v) => v || null),
  checkInId: z
    .union([z.literal(''), zId])
    .optional()
    .transform((v) => v || null),
  description: zRequiredText(4000),
  evidence: z.array(zEvidenceFile).max(MAX_EVIDENCE_FILES, 'validation.tooManyFiles').default([]),
  idempotencyKey: z.string().uuid('validation.invalid'),
});

const zRef = { violationId: zId, version: zVersion };

export const ZEscalateViolation = z.discriminatedUnion('to', [
  z.object({
    ...zRef,
    to: z.literal('ADMIN_PROTOCOL'),
    protocolNumber: zRequiredText(60),
    protocolDate: zPastDate,
    penalty: zRequiredText(300),
    reason: zOptionalText(2000),
  }),
  z.object({ ...zRef, to: z.literal('CRIMINAL_REFERRAL'), referralNumber: zRequiredText(60), reason: zRequiredText(2000) }),
]);

export const ZDismissViolation = z.object({ ...zRef, reason: zRequiredText(2000) });

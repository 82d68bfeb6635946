import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zId, zNearFutureDate, zOptionalText, zPastDate, zPlainString, zRequiredText, zVersion } from '@/lib/validation/fields';

const zRef = { petitionId: zId, version: zVersion };

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
/** An uploaded document (attachment or decision scan): size here, real type checked by its bytes. */
export const zDocument = z
  .instanceof(Blob)
  .refine((f) => f.size <= MAX_DOCUMENT_BYTES, 'validation.documentTooLarge')
  .refine((f) => (DOCUMENT_TYPES as readonly string[]).includes(f.type), 'validation.evidenceType');

export const ZAddAttachment = z.object({ petitionId: zId, file: zDocument });

export const ZStartPetition = z.object({ personId: zId, orderId: zId });

/** A draft is saved as the police officer types; every field may still be incomplete. */
export const ZSaveDraft = z
  .object({
    ...zRef,
    grounds: zPlainString().max(20_000, { message: 'validation.tooLong', abort: true }).default(''),
    riskFactorCodes: z.array(zId).max(20, 'validation.tooMany').default([]),
    requestedLifelong: z.boolean().default(false),
    requestedTermYears: z
      .union([
        z.literal(''),
        z.null(),
        z.coerce.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.termRange').max(10, 'validation.termRange'),
      ])
      .optional()
      .transform((v) => (v === '' || v === null || v === undefined ? null : v)),
    requestedChanges: zOptionalText(4000),
    courtId: zId,
    /** Required (by saveDraft, which knows the competent court) when courtId is not the competent court. */
    courtReason: zOptionalText(1000),
    /** Required (by saveDraft) for a lifelong request without an assessment countersigned in the last 12 months. */
    riskAssessmentMissingReason: zOptionalText(2000),
    language: z.enum(['RU', 'KK']),
  })
  .refine((d) => !(d.requestedLifelong && d.requestedTermYears), {
    message: 'validation.lifelongWithTerm',
    path: ['requestedTermYears'],
    ...WHEN_FIELDS_PARSED,
  });

export const ZPetitionMove = z.object({ ...zRef, comment: zOptionalText(4000) });
export const ZWithdrawPetition = z.object({ ...zRef, reason: zRequiredText(4000) });
// A hearing may be recorded after it took place, or set up to two years ahead; on or after filing (date-rules.ts).
// Its start is a Kazakhstan wall-clock time on that day, in a courtroom (lib/petitions/hearing.ts).
const zHearing = {
  hearingDate: zNearFutureDate,
  hearingTime: z.string({ error: 'validation.required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time', abort: true }),
  courtroom: zRequiredText(60),
};
export const ZSetHearing = z.object({ ...zRef, ...zHearing });
/** Moving a set hearing needs a reason, kept with the old and new values (HearingChange). */
export const ZRescheduleHearing = z.object({ ...zRef, ...zHearing, reason: zRequiredText(1000) });

/**
 * A grant beyond the request (lib/petitions/grant-difference.ts) is recorded only when the clerk
 * ticks the acknowledgement and types the ruling number again; the handler checks both.
 */
const zAcknowledgement = {
  acknowledgeDifference: z.boolean({ error: 'validation.invalid' }).optional().default(false),
  acknowledgedRulingNumber: zOptionalText(60),
};

export const ZDecidePetition = z.discriminatedUnion('outcome', [
  z.object({
    ...zRef,
    outcome: z.literal('GRANTED_YEARS'),
    termYears: z.coerce.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.termRange').max(10, 'validation.termRange'),
    decisionNumber: zRequiredText(60),
    decisionDate: zPastDate,
    reportingTimesPerMonth: z
      .union([z.literal(''), z.coerce.number().int().min(1, 'validation.reportingRange').max(4, 'validation.reportingRange')])
      .optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    scan: zDocument.optional(),
    ...zAcknowledgement,
  }),
  z.object({
    ...zRef,
    outcome: z.literal('GRANTED_LIFELONG'),
    scan: zDocument.optional(),
    decisionNumber: zRequiredText(60),
    decisionDate: zPastDate,
    reportingTimesPerMonth: z
      .union([z.literal(''), z.coerce.number().int().min(1, 'validation.reportingRange').max(4, 'validation.reportingRange')])
      .optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    ...zAcknowledgement,
  }),
  z.object({
    ...zRef,
    outcome: z.literal('DENIED'),
    decisionNumber: zRequiredText(60),
    decisionDate: zPastDate,
    reason: zRequiredText(4000),
    scan: zDocument.optional(),
  }),
]);

export const ZRecordAnnouncement = z.discriminatedUnion('outcome', [
  z.object({ taskId: zId, version: zVersion, outcome: z.literal('SIGNED'), signedOn: zPastDate }),
  z.object({ taskId: zId, version: zVersion, outcome: z.literal('REFUSED'), refusalWitness: zRequiredText(300) }),
]);

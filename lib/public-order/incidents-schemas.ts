import { z } from 'zod';
import { zId, zPastDate, zPlainString, zRequiredText } from '@/lib/validation/fields';

// The incident form's fields, shared by the form (client) and the actions (server). Issue 14,
// docs/decisions/032-public-order-incidents.md. Evidence files follow violations' Evidence: the
// same size limit and types, the type sniffed from the bytes on the server.

export const MAX_INCIDENT_FILES = 5;
export const MAX_INCIDENT_FILE_BYTES = 5 * 1024 * 1024;
export const INCIDENT_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const MAX_PLACE = 300;
export const MAX_DESCRIPTION = 4000;
export const MAX_PROTOCOL = 30;

/**
 * An administrative protocol number as police write them ("АА 123456", "12-345/2026", "KZ-0045"):
 * letters (Latin, Cyrillic incl. Kazakh), digits, spaces, "-", "/", "." and "№"; it starts with a
 * letter, a digit or "№", holds at least one digit, at most 30 characters once trimmed (inner runs of
 * spaces become one). Null when empty (no protocol was drawn up).
 */
export const PROTOCOL_NUMBER = /^[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі№][0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі№ ./-]*$/;

export function normaliseProtocolNumber(raw: string): string | null | 'invalid' {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value === '') return null;
  if (value.length > MAX_PROTOCOL || !PROTOCOL_NUMBER.test(value) || !/\d/.test(value)) return 'invalid';
  return value;
}

const zProtocolNumber = zPlainString()
  .optional()
  .transform((raw, ctx) => {
    const value = normaliseProtocolNumber(raw ?? '');
    if (value === 'invalid') {
      ctx.addIssue({ code: 'custom', message: 'publicOrderIncidents.validation.protocolNumber' });
      return z.NEVER;
    }
    return value;
  });

const zIncidentFile = z
  .instanceof(Blob)
  .refine((f) => f.size <= MAX_INCIDENT_FILE_BYTES, 'validation.evidenceTooLarge')
  .refine((f) => (INCIDENT_FILE_TYPES as readonly string[]).includes(f.type), 'validation.evidenceType');

const zFiles = z.array(zIncidentFile).max(MAX_INCIDENT_FILES, 'validation.tooManyFiles');

/** The subject (decision 030): a public-order record or a supervised person. */
export const zSubject = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('publicOrder'), id: zId }), z.object({ kind: z.literal('person'), id: zId })],
  {
    error: 'validation.invalid',
  },
);

export const ZRecordIncident = z.object({
  subject: zSubject,
  occurredOn: zPastDate,
  place: zRequiredText(MAX_PLACE),
  kindId: zId,
  protocolNumber: zProtocolNumber,
  description: zRequiredText(MAX_DESCRIPTION),
  files: zFiles.default([]),
});

export const ZAddIncidentFiles = z.object({
  incidentId: zId,
  files: zFiles.min(1, 'validation.required'),
});

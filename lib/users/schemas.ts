import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zId, zOptionalText, zPlainString, zRequiredText, zVersion } from '@/lib/validation/fields';

export const ROLES = ['OFFICER', 'POLICE', 'CLERK', 'SUPERVISOR', 'ADMIN'] as const;

const zOptionalId = z
  .union([z.literal(''), z.null(), zId])
  .optional()
  .transform((v) => v || null);

// Which unit a role belongs to: officers and police a district, clerks a court, supervisors a region.
const ZUserUnit = z.object({ role: z.enum(ROLES, { error: 'validation.required' }), districtId: zOptionalId, courtId: zOptionalId, regionId: zOptionalId });

function unitRefinement(u: z.output<typeof ZUserUnit>, ctx: z.RefinementCtx) {
  if ((u.role === 'OFFICER' || u.role === 'POLICE') && !u.districtId)
    ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'validation.unitRequired' });
  if (u.role === 'CLERK' && !u.courtId) ctx.addIssue({ code: 'custom', path: ['courtId'], message: 'validation.unitRequired' });
  if (u.role === 'SUPERVISOR' && !u.regionId) ctx.addIssue({ code: 'custom', path: ['regionId'], message: 'validation.unitRequired' });
}

// Staff names in both scripts (docs/decisions/019-court-ready-documents.md): Cyrillic for Russian
// and Kazakh documents, Latin for English pages. Letters of the script, spaces, hyphens, apostrophes.
const CYRILLIC_NAME = /^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі' .-]+$/;
const LATIN_NAME = /^[A-Za-z' .-]+$/;
// Either may be left empty: it is then read from the full name (lib/i18n/transliterate.ts).
export const zStaffNameCyr = zOptionalText(200).refine((v) => !v || CYRILLIC_NAME.test(v), { message: 'staffNames.validation.cyrillicOnly', abort: true });
export const zStaffNameLat = zOptionalText(200).refine((v) => !v || LATIN_NAME.test(v), { message: 'staffNames.validation.latinOnly', abort: true });

export const ZCreateUser = ZUserUnit.extend({
  email: zPlainString().trim().toLowerCase().max(200, { message: 'validation.tooLong', abort: true }).email('validation.email'),
  fullName: zRequiredText(200),
  fullNameCyr: zStaffNameCyr,
  fullNameLat: zStaffNameLat,
  position: zOptionalText(200),
}).superRefine(unitRefinement, WHEN_FIELDS_PARSED);

export const ZUpdateUserRole = ZUserUnit.extend({ userId: zId, version: zVersion }).superRefine(unitRefinement, WHEN_FIELDS_PARSED);

export const ZUserRef = z.object({ userId: zId, version: zVersion });

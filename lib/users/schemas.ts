import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zId, zPlainString, zRequiredText, zVersion } from '@/lib/validation/fields';

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

export const ZCreateUser = ZUserUnit.extend({
  email: zPlainString().trim().toLowerCase().max(200, { message: 'validation.tooLong', abort: true }).email('validation.email'),
  fullName: zRequiredText(200),
}).superRefine(unitRefinement, WHEN_FIELDS_PARSED);

export const ZUpdateUserRole = ZUserUnit.extend({ userId: zId, version: zVersion }).superRefine(unitRefinement, WHEN_FIELDS_PARSED);

export const ZUserRef = z.object({ userId: zId, version: zVersion });

import { z } from 'zod';
import { validateIin } from '@/lib/iin/iin';
import { zId, zOptionalText, zPage, zPastDate, zPlainString, zQueryText, zRequiredText, zVersion } from '@/lib/validation/fields';

// A public-order record's form (issue 14, docs/decisions/031-public-order-records.md): the same
// identity rules as the person registration (lib/persons/schemas.ts ZPersonIdentity: IIN checksum,
// its birth date and sex against those typed, names, a birth date in the past), and an address.

/** Names and address: what the record page lets police correct. */
const ZNamesAndAddress = z.object({
  lastName: zRequiredText(100),
  firstName: zRequiredText(100),
  middleName: zOptionalText(100),
  locality: zRequiredText(120),
  street: zRequiredText(160),
  building: zRequiredText(20),
  apartment: zOptionalText(20),
});

export const ZRegisterPublicOrderPerson = ZNamesAndAddress.extend({
  iin: zPlainString().trim().min(1, { message: 'validation.required', abort: true }).max(40, { message: 'validation.iin.format', abort: true }),
  birthDate: zPastDate,
  sex: z.enum(['MALE', 'FEMALE'], { error: 'validation.required' }),
  districtId: zId,
}).superRefine(
  (p, ctx) => {
    // As for a person: the IIN's own format whatever else failed, its match with the birth date
    // and sex only against values that parsed.
    const birthDate = p.birthDate instanceof Date ? p.birthDate : undefined;
    const sex = p.sex === 'MALE' || p.sex === 'FEMALE' ? p.sex : undefined;
    const problem = validateIin(p.iin, { birthDate, sex });
    if (problem) ctx.addIssue({ code: 'custom', path: ['iin'], message: `validation.iin.${problem}` });
  },
  { when: (payload) => typeof (payload.value as { iin?: unknown } | null)?.iin === 'string' },
);

export type TRegisterPublicOrderPersonInput = z.input<typeof ZRegisterPublicOrderPerson>;
export type TRegisterPublicOrderPerson = z.output<typeof ZRegisterPublicOrderPerson>;

export const ZUpdatePublicOrderPerson = ZNamesAndAddress.extend({ id: zId, version: zVersion });
export type TUpdatePublicOrderPersonInput = z.input<typeof ZUpdatePublicOrderPerson>;
export type TUpdatePublicOrderPerson = z.output<typeof ZUpdatePublicOrderPerson>;

export const ZPublicOrderSearch = z.object({ q: zQueryText(100), page: zPage });

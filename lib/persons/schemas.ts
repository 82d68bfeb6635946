import { z } from 'zod';
import { validateIin } from '@/lib/iin/iin';
import {
  WHEN_FIELDS_PARSED,
  zQueryId,
  zQueryText,
  zDateWithin,
  zId,
  zLatitude,
  zLongitude,
  zOptionalText,
  zPastDate,
  zPlainString,
  zRequiredText,
} from '@/lib/validation/fields';
import { verdictRule } from '@/lib/validation/date-rules';
import {
  VICTIM_AGE_BANDS,
  VICTIM_RELATIONSHIPS,
  VICTIM_SEXES,
  convictionFactProblems,
  zOptionalFact,
  zOptionalYesNo,
  zSexualOffence,
  type TConvictionFactField,
} from './conviction-facts';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const ZAlias = z.object({ lastName: zRequiredText(100), firstName: zRequiredText(100), middleName: zOptionalText(100) });

const zOptionalCoordinate = (inner: z.ZodType<number>) =>
  z
    .union([z.literal(''), z.null(), inner])
    .optional()
    .transform((v) => (v === '' || v === null || v === undefined ? null : v));

export const ZAddress = z
  .object({
    kind: z.enum(['REGISTERED', 'RESIDENCE'], { error: 'validation.required' }),
    districtId: zId,
    locality: zOptionalText(120).transform((v) => v ?? ''),
    street: zRequiredText(160),
    building: zRequiredText(20),
    apartment: zOptionalText(20),
    latitude: zOptionalCoordinate(zLatitude),
    longitude: zOptionalCoordinate(zLongitude),
    // From when the person lives there: a past move or one planned soon.
    validFrom: zDateWithin('nearFuture'),
  })
  .refine((a) => (a.latitude === null) === (a.longitude === null), { message: 'validation.coordinatesPair', path: ['longitude'], ...WHEN_FIELDS_PARSED });

const FACT_FIELDS = new Set<TConvictionFactField>([
  'minorVictim',
  'sexualOffence',
  'victimAgeBand',
  'victimSex',
  'victimRelationship',
  'contactOffence',
  'nonSexualViolence',
]);

export const ZConviction = z
  .object({
    articleId: zId,
    courtId: zId,
    caseNumber: zOptionalText(60),
    verdictDate: zPastDate,
    sentenceEnd: zDateWithin('sentence'),
    minorVictim: z.boolean().default(true),
    // What the risk instrument's items need (lib/persons/conviction-facts.ts): optional, '' = not recorded.
    sexualOffence: zSexualOffence,
    victimAgeBand: zOptionalFact(VICTIM_AGE_BANDS),
    victimSex: zOptionalFact(VICTIM_SEXES),
    victimRelationship: zOptionalFact(VICTIM_RELATIONSHIPS),
    contactOffence: zOptionalYesNo,
    nonSexualViolence: zOptionalYesNo,
  })
  .refine((c) => c.sentenceEnd >= c.verdictDate, { message: 'validation.sentenceEndBeforeVerdict', path: ['sentenceEnd'], ...WHEN_FIELDS_PARSED })
  .superRefine(
    (c, ctx) => {
      for (const { field, key } of convictionFactProblems(c)) ctx.addIssue({ code: 'custom', path: [field], message: key });
    },
    // Checked as soon as the facts themselves parsed, whatever else of the conviction still fails.
    {
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((i) => FACT_FIELDS.has(String(i.path?.[0]) as TConvictionFactField)),
    },
  );

/** A photo as uploaded (a File in the action, absent in the form's JSON). */
export const ZPhoto = z
  .instanceof(Blob)
  .refine((f) => f.size <= MAX_PHOTO_BYTES, 'validation.photoTooLarge')
  .refine((f) => (PHOTO_TYPES as readonly string[]).includes(f.type), 'validation.photoType')
  .optional();

export const ZPersonIdentity = z
  .object({
    iin: zPlainString().trim().min(1, { message: 'validation.required', abort: true }).max(40, { message: 'validation.iin.format', abort: true }),
    lastName: zRequiredText(100),
    firstName: zRequiredText(100),
    middleName: zOptionalText(100),
    birthDate: zPastDate,
    sex: z.enum(['MALE', 'FEMALE'], { error: 'validation.required' }),
    districtId: zId,
  })
  .superRefine(
    (p, ctx) => {
      // The IIN's own format is checked whatever else failed; its match with the birth date and
      // sex only against values that parsed (a birth date typed "12.04.1981" is not a Date).
      const birthDate = p.birthDate instanceof Date ? p.birthDate : undefined;
      const sex = p.sex === 'MALE' || p.sex === 'FEMALE' ? p.sex : undefined;
      const problem = validateIin(p.iin, { birthDate, sex });
      if (problem) ctx.addIssue({ code: 'custom', path: ['iin'], message: `validation.iin.${problem}` });
    },
    { when: (payload) => typeof (payload.value as { iin?: unknown } | null)?.iin === 'string' },
  );

export const ZRegisterPerson = z
  .object({
    identity: ZPersonIdentity,
    aliases: z.array(ZAlias).max(20, 'validation.tooMany').default([]),
    address: ZAddress,
    conviction: ZConviction,
    photo: ZPhoto,
  })
  .superRefine((p, ctx) => {
    const problem = verdictRule(p.conviction.verdictDate, p.identity.birthDate);
    if (problem) ctx.addIssue({ code: 'custom', path: ['conviction', 'verdictDate'], message: problem });
  }, WHEN_FIELDS_PARSED);

export type TRegisterPersonInput = z.input<typeof ZRegisterPerson>;
export type TRegisterPerson = z.output<typeof ZRegisterPerson>;

export const ZAddAddress = z.object({ personId: zId, address: ZAddress });
export const ZAddConviction = z.object({ personId: zId, conviction: ZConviction });

export const ZPersonSearch = z.object({
  q: zQueryText(100),
  districtId: zQueryId,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

import { z } from 'zod';
import { validateIin } from '@/lib/iin/iin';
import { zDate, zId, zLatitude, zLongitude, zOptionalText, zRequiredText } from '@/lib/validation/fields';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const ZAlias = z.object({ lastName: zRequiredText(100), firstName: zRequiredText(100), middleName: zOptionalText(100) });

const zOptionalCoordinate = (inner: z.ZodType<number>) =>
  z.union([z.literal(''), z.null(), inner]).optional().transform((v) => (v === '' || v === null || v === undefined ? null : v));

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
    validFrom: zDate,
  })
  .refine((a) => (a.latitude === null) === (a.longitude === null), { message: 'validation.coordinatesPair', path: ['longitude'] });

export const ZConviction = z
  .object({
    articleId: zId,
    courtId: zId,
    caseNumber: zOptionalText(60),
    verdictDate: zDate,
    sentenceEnd: zDate,
    minorVictim: z.boolean().default(true),
  })
  .refine((c) => c.sentenceEnd >= c.verdictDate, { message: 'validation.sentenceEndBeforeVerdict', path: ['sentenceEnd'] });

/** A photo as uploaded (a File in the action, absent in the form's JSON). */
export const ZPhoto = z
  .instanceof(Blob)
  .refine((f) => f.size <= MAX_PHOTO_BYTES, 'validation.photoTooLarge')
  .refine((f) => (PHOTO_TYPES as readonly string[]).includes(f.type), 'validation.photoType')
  .optional();

export const ZPersonIdentity = z
  .object({
    iin: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required'),
    lastName: zRequiredText(100),
    firstName: zRequiredText(100),
    middleName: zOptionalText(100),
    birthDate: zDate,
    sex: z.enum(['MALE', 'FEMALE'], { error: 'validation.required' }),
    districtId: zId,
  })
  .superRefine((p, ctx) => {
    const problem = validateIin(p.iin, { birthDate: p.birthDate, sex: p.sex });
    if (problem) ctx.addIssue({ code: 'custom', path: ['iin'], message: `validation.iin.${problem}` });
  });

export const ZRegisterPerson = z.object({
  identity: ZPersonIdentity,
  aliases: z.array(ZAlias).max(20, 'validation.tooMany').default([]),
  address: ZAddress,
  conviction: ZConviction,
  photo: ZPhoto,
});

export type TRegisterPersonInput = z.input<typeof ZRegisterPerson>;
export type TRegisterPerson = z.output<typeof ZRegisterPerson>;

export const ZAddAddress = z.object({ personId: zId, address: ZAddress });
export const ZAddConviction = z.object({ personId: zId, conviction: ZConviction });

export const ZPersonSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  districtId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

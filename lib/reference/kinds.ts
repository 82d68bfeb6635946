import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zDateWithin, zOptionalDateWithin, zPlainString, zRequiredText, zLatitude, zLongitude } from '@/lib/validation/fields';
import { FACILITY_TYPES } from '@/lib/supervision/restrictions';

// The reference data an administrator edits, described once: the form, the table and the
// action are all driven from here, so adding a field is a one-line change.

export type TFieldKind = 'text' | 'date' | 'optionalDate' | 'int' | 'number' | 'bool' | 'select' | 'region' | 'district' | 'optionalDistrict';
export type TFieldSpec = { name: string; kind: TFieldKind; options?: readonly string[] };

const zBool = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');
const zOptionalInt = z
  .union([
    z.literal(''),
    z.null(),
    z.coerce.number({ error: 'validation.number' }).int('validation.integer').min(1, 'validation.invalid').max(99, 'validation.invalid'),
  ])
  .optional()
  .transform((v) => (v === '' || v === null || v === undefined ? null : v));
const zRef = zPlainString().min(1, { message: 'validation.required', abort: true }).max(64, 'validation.invalid');
const zOptionalRef = z
  .union([z.literal(''), z.null(), zRef])
  .optional()
  .transform((v) => v || null);
const zCode = zPlainString()
  .trim()
  .min(1, 'validation.required')
  .max(60, 'validation.tooLong')
  .regex(/^[A-Za-z0-9._-]+$/, 'validation.code');

/** A list position: a whole number from 0 to 9999. */
const zSortOrder = z.union([z.number(), z.string().max(12)], { error: 'validation.required' }).transform((value, ctx) => {
  const text = String(value).trim();
  if (!/^\d{1,4}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: text === '' ? 'validation.required' : 'validation.integer' });
    return z.NEVER;
  }
  return Number(text);
});

const titles = { titleEn: zRequiredText(300), titleRu: zRequiredText(300), titleKk: zRequiredText(300) };
const names = { nameEn: zRequiredText(200), nameRu: zRequiredText(200), nameKk: zRequiredText(200) };

export const REFERENCE_KINDS = {
  criminalArticle: {
    model: 'criminalArticle',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'titleEn', kind: 'text' },
      { name: 'titleRu', kind: 'text' },
      { name: 'titleKk', kind: 'text' },
      { name: 'gravity', kind: 'select', options: ['MINOR', 'MEDIUM', 'GRAVE', 'ESPECIALLY_GRAVE'] },
      { name: 'active', kind: 'bool' },
    ],
    schema: z.object({
      code: zCode,
      ...titles,
      gravity: z.enum(['MINOR', 'MEDIUM', 'GRAVE', 'ESPECIALLY_GRAVE'], { error: 'validation.required' }),
      active: zBool,
    }),
  },
  legalBasis: {
    model: 'legalBasis',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'titleEn', kind: 'text' },
      { name: 'titleRu', kind: 'text' },
      { name: 'titleKk', kind: 'text' },
      { name: 'inForceFrom', kind: 'date' },
      { name: 'inForceTo', kind: 'optionalDate' },
      { name: 'defaultTermYears', kind: 'int' },
    ],
    schema: z
      .object({
        code: zCode,
        ...titles,
        inForceFrom: zDateWithin('nearFuture'),
        inForceTo: zOptionalDateWithin('sentence').transform((v) => v ?? null),
        defaultTermYears: zOptionalInt,
      })
      .refine((b) => !b.inForceTo || b.inForceTo > b.inForceFrom, { message: 'validation.endBeforeStart', path: ['inForceTo'], ...WHEN_FIELDS_PARSED }),
  },
  offenceArticle: {
    model: 'offenceArticle',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'kind', kind: 'select', options: ['ADMINISTRATIVE', 'CRIMINAL'] },
      { name: 'titleEn', kind: 'text' },
      { name: 'titleRu', kind: 'text' },
      { name: 'titleKk', kind: 'text' },
      { name: 'active', kind: 'bool' },
    ],
    schema: z.object({ code: zCode, kind: z.enum(['ADMINISTRATIVE', 'CRIMINAL'], { error: 'validation.required' }), ...titles, active: zBool }),
  },
  district: {
    model: 'district',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'nameEn', kind: 'text' },
      { name: 'nameRu', kind: 'text' },
      { name: 'nameKk', kind: 'text' },
      { name: 'regionId', kind: 'region' },
      { name: 'latitude', kind: 'number' },
      { name: 'longitude', kind: 'number' },
    ],
    schema: z.object({ code: zCode, ...names, regionId: zRef, latitude: zLatitude, longitude: zLongitude }),
  },
  court: {
    model: 'court',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'nameEn', kind: 'text' },
      { name: 'nameRu', kind: 'text' },
      { name: 'nameKk', kind: 'text' },
      { name: 'regionId', kind: 'region' },
      { name: 'districtId', kind: 'optionalDistrict' },
      { name: 'active', kind: 'bool' },
    ],
    schema: z.object({ code: zCode, ...names, regionId: zRef, districtId: zOptionalRef, active: zBool }),
  },
  facility: {
    model: 'facility',
    fields: [
      { name: 'type', kind: 'select', options: FACILITY_TYPES },
      { name: 'name', kind: 'text' },
      { name: 'address', kind: 'text' },
      { name: 'districtId', kind: 'district' },
      { name: 'latitude', kind: 'number' },
      { name: 'longitude', kind: 'number' },
      { name: 'active', kind: 'bool' },
    ],
    schema: z.object({
      type: z.enum(FACILITY_TYPES, { error: 'validation.required' }),
      name: zRequiredText(200),
      address: zRequiredText(300),
      districtId: zRef,
      latitude: zLatitude,
      longitude: zLongitude,
      active: zBool,
    }),
  },
  riskDynamicFactor: {
    model: 'riskDynamicFactor',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'titleEn', kind: 'text' },
      { name: 'titleRu', kind: 'text' },
      { name: 'titleKk', kind: 'text' },
      { name: 'sortOrder', kind: 'int' },
      { name: 'active', kind: 'bool' },
    ],
    // The factors an officer reviews with every risk assessment (docs/decisions/024-risk-instruments.md).
    schema: z.object({ code: zCode, ...titles, sortOrder: zSortOrder, active: zBool }),
  },
  incidentKind: {
    model: 'incidentKind',
    fields: [
      { name: 'code', kind: 'text' },
      { name: 'titleEn', kind: 'text' },
      { name: 'titleRu', kind: 'text' },
      { name: 'titleKk', kind: 'text' },
      { name: 'active', kind: 'bool' },
    ],
    // Kinds of public-order incident (issue 14, docs/decisions/032-public-order-incidents.md):
    // deactivating one takes it off the form; incidents already recorded keep it.
    schema: z.object({ code: zCode, ...titles, active: zBool }),
  },
  setting: {
    model: 'setting',
    fields: [{ name: 'value', kind: 'text' }],
    schema: z.object({ value: zRequiredText(200) }),
  },
} as const satisfies Record<string, { model: string; fields: readonly TFieldSpec[]; schema: z.ZodType }>;

export type TReferenceKind = keyof typeof REFERENCE_KINDS;
export const REFERENCE_KIND_NAMES = Object.keys(REFERENCE_KINDS) as TReferenceKind[];

export function isReferenceKind(value: unknown): value is TReferenceKind {
  return typeof value === 'string' && value in REFERENCE_KINDS;
}

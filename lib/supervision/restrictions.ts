import { z } from 'zod';
import { WHEN_FIELDS_PARSED, zRequiredText } from '@/lib/validation/fields';

// Typed parameters per restriction type. The database keeps them in one JSON column; this
// module is the only place that reads or writes them, so every stored row has a known shape.

const zTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

export const FACILITY_TYPES = ['SCHOOL', 'KINDERGARTEN', 'PLAYGROUND', 'CHILD_MEDICAL', 'CHILD_CULTURAL'] as const;

export const ZRestrictionParams = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('EXCLUSION_ZONE'),
    radiusM: z.coerce.number({ error: 'validation.number' }).int('validation.integer').min(50, 'validation.radiusRange').max(5000, 'validation.radiusRange'),
    facilityTypes: z.array(z.enum(FACILITY_TYPES)).min(1, 'validation.facilityTypes'),
  }),
  z.object({ type: z.literal('MASS_EVENTS_BAN') }),
  z
    .object({ type: z.literal('CURFEW'), from: zTime, to: zTime })
    .refine((v) => v.from !== v.to, { message: 'validation.curfewWindow', path: ['to'], ...WHEN_FIELDS_PARSED }),
  z.object({
    type: z.literal('TRAVEL_LIMIT'),
    area: zRequiredText(200),
  }),
  z.object({
    type: z.literal('REPORTING'),
    timesPerMonth: z.coerce
      .number({ error: 'validation.number' })
      .int('validation.integer')
      .min(1, 'validation.reportingRange')
      .max(4, 'validation.reportingRange'),
  }),
]);

export type TRestrictionParams = z.output<typeof ZRestrictionParams>;
export type TRestrictionType = TRestrictionParams['type'];

/** Splits validated params into the row's type and its JSON parameters. */
export function toRestrictionRow(params: TRestrictionParams) {
  const { type, ...rest } = params;
  return { type, params: rest };
}

/** Reads a stored row back into typed params; a malformed row is reported, not guessed. */
export function parseRestrictionRow(row: { type: string; params: unknown }): TRestrictionParams | null {
  const parsed = ZRestrictionParams.safeParse({ ...(row.params as object), type: row.type });
  return parsed.success ? parsed.data : null;
}

import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db/client';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { REFERENCE_KIND_NAMES, REFERENCE_KINDS, type TReferenceKind } from './kinds';
import { SETTING_VALIDATORS } from './settings';

export const ZSaveReference = z.object({
  kind: z.enum(REFERENCE_KIND_NAMES as [TReferenceKind, ...TReferenceKind[]]),
  /** Absent = create. For settings, the key. */
  id: z.string().max(100).optional(),
  values: z.record(z.string(), z.unknown()),
  /** The values the editor started from: if the row changed since, the save is a conflict. */
  original: z.record(z.string(), z.unknown()).optional(),
});

const TABLES: Record<TReferenceKind, string> = {
  criminalArticle: 'CriminalArticle',
  legalBasis: 'LegalBasis',
  offenceArticle: 'OffenceArticle',
  district: 'District',
  court: 'Court',
  facility: 'Facility',
  riskDynamicFactor: 'RiskDynamicFactor',
  incidentKind: 'IncidentKind',
  setting: 'Setting',
};

type TDelegate = {
  findUnique: (args: { where: Record<string, string> }) => Promise<Record<string, unknown> | null>;
  findFirst: (args: { where: Record<string, unknown> }) => Promise<Record<string, unknown> | null>;
  create: (args: { data: Record<string, unknown> }) => Promise<Record<string, unknown>>;
  update: (args: { where: Record<string, string>; data: Record<string, unknown> }) => Promise<Record<string, unknown>>;
};

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined || value === '') return '';
  return String(value);
}

/** Creates or updates one reference row, refusing edits made against a stale copy. */
export async function saveReference({ tx, input }: { tx: Tx; input: z.output<typeof ZSaveReference> }) {
  const spec = REFERENCE_KINDS[input.kind];
  const parsed = spec.schema.safeParse(input.values);
  if (!parsed.success) {
    const errors: Record<string, { key: string }> = {};
    for (const issue of parsed.error.issues)
      errors[`values.${issue.path.join('.')}`] ??= { key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' };
    throw new FieldError(errors);
  }
  const data = parsed.data as Record<string, unknown>;
  const delegate = (tx as unknown as Record<string, TDelegate>)[spec.model];
  const idField = input.kind === 'setting' ? 'key' : 'id';

  if (input.kind === 'setting') {
    const validator = input.id ? SETTING_VALIDATORS[input.id] : undefined;
    if (!validator) throw new NotFoundError('Setting');
    const check = validator.safeParse(data.value);
    if (!check.success) throw new FieldError({ 'values.value': { key: check.error.issues[0].message } });
  }
  if ('regionId' in data && !(await tx.region.findUnique({ where: { id: String(data.regionId) } })))
    throw new FieldError({ 'values.regionId': { key: 'validation.invalid' } });
  if ('districtId' in data && data.districtId && !(await tx.district.findUnique({ where: { id: String(data.districtId) } }))) {
    throw new FieldError({ 'values.districtId': { key: 'validation.invalid' } });
  }
  if ('code' in data) {
    const clash = await delegate.findFirst({ where: { code: data.code, ...(input.id ? { NOT: { id: input.id } } : {}) } });
    if (clash) throw new FieldError({ 'values.code': { key: 'validation.codeTaken' } });
  }

  if (!input.id) {
    if (input.kind === 'setting') throw new NotFoundError('Setting');
    return delegate.create({ data });
  }
  // Row lock: a concurrent save waits here, then sees the first save's values and conflicts.
  // Table and column names come from the constant map above, never from input.
  await tx.$queryRaw`SELECT 1 FROM ${Prisma.raw(`"public"."${TABLES[input.kind]}"`)} WHERE ${Prisma.raw(`"${idField}"`)} = ${input.id} FOR UPDATE`;
  const current = await delegate.findUnique({ where: { [idField]: input.id } });
  if (!current) throw new NotFoundError(input.kind);
  if (input.original) {
    for (const [field, was] of Object.entries(input.original)) {
      if (field in current && comparable(current[field]) !== comparable(was)) throw new ConflictError();
    }
  }
  return delegate.update({ where: { [idField]: input.id }, data });
}

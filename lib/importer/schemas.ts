import { z } from 'zod';
import type { TMessage } from '@/lib/actions/errors';
import { zDateWithin, zOptionalText, zPastDate, zRequiredText } from '@/lib/validation/fields';
import { VICTIM_AGE_BANDS, VICTIM_RELATIONSHIPS } from '@/lib/persons/conviction-facts';

// The CSV format of a registry import (documented for users in docs/import.md and on the page).

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/**
 * The whole file is imported in one transaction, which defineAction gives 20 seconds. The
 * embedded database writes about 300 rows (person, address, conviction, order) a second, so
 * 2,000 rows take about 7 s: a safe margin. Bigger registries are imported in several files.
 */
export const MAX_IMPORT_ROWS = 2000;

const zCode = zRequiredText(64);
/** Empty = not given; otherwise a date (a plain union would lose the date's own message). */
const zOptionalDate = z
  .string()
  .transform((v) => v || undefined)
  .pipe(zDateWithin('orderEnd').optional());

/** yes / no / empty (the column's `empty` meaning), either case. */
const zYesNoCell = <E extends boolean | null>(emptyMeans: E, error: string) =>
  z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(['', 'yes', 'no'], { error }))
    .transform((v): boolean | E => (v === '' ? emptyMeans : v === 'yes'));
/** One of an enum's codes, either case; empty = not recorded (null). */
const zCodeCell = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(['', ...values] as [string, ...string[]], { error }))
    .transform((v) => (v === '' ? null : (v as T[number])));

/** Every column with the schema of its cell (cells arrive as trimmed strings, '' when empty). */
export const COLUMN_SCHEMAS = {
  iin: zRequiredText(12),
  last_name: zRequiredText(100),
  first_name: zRequiredText(100),
  middle_name: zOptionalText(100),
  birth_date: zPastDate,
  sex: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(['M', 'F'], { error: 'importer.validation.sex' }))
    .transform((v) => (v === 'M' ? ('MALE' as const) : ('FEMALE' as const))),
  district_code: zCode,
  locality: zRequiredText(120),
  street: zRequiredText(160),
  building: zRequiredText(20),
  apartment: zOptionalText(20),
  article_code: zCode,
  court_code: zCode,
  verdict_date: zPastDate,
  sentence_end: zDateWithin('sentence'),
  legal_basis_code: zCode,
  ruling_number: zRequiredText(60),
  ruling_date: zPastDate,
  order_start: zDateWithin('sentence'),
  order_end: zOptionalDate,
  lifelong: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(['', 'yes', 'no'], { error: 'importer.validation.lifelong' }))
    .transform((v) => v === 'yes'),
  // The conviction's risk facts (docs/decisions/025-conviction-risk-facts.md): optional columns,
  // empty = not recorded; sexual_offence empty = yes (the register's convictions are).
  sexual_offence: zYesNoCell(true, 'convictionFacts.validation.yesNo'),
  victim_age_band: zCodeCell(VICTIM_AGE_BANDS, 'convictionFacts.validation.ageBand'),
  victim_sex: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(['', 'M', 'F'], { error: 'convictionFacts.validation.sex' }))
    .transform((v) => (v === '' ? null : v === 'M' ? ('MALE' as const) : ('FEMALE' as const))),
  victim_relationship: zCodeCell(VICTIM_RELATIONSHIPS, 'convictionFacts.validation.relationship'),
  contact_offence: zYesNoCell(null, 'convictionFacts.validation.yesNo'),
  non_sexual_violence: zYesNoCell(null, 'convictionFacts.validation.yesNo'),
} as const;

export type TColumn = keyof typeof COLUMN_SCHEMAS;
export const COLUMNS = Object.keys(COLUMN_SCHEMAS) as TColumn[];
/** Columns that may be left out of the header altogether (their cells then count as empty). */
export const OPTIONAL_COLUMNS: readonly TColumn[] = [
  'middle_name',
  'apartment',
  'order_end',
  'lifelong',
  'sexual_offence',
  'victim_age_band',
  'victim_sex',
  'victim_relationship',
  'contact_offence',
  'non_sexual_violence',
];
export const REQUIRED_COLUMNS = COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c));

export type TImportRow = { [K in TColumn]: z.output<(typeof COLUMN_SCHEMAS)[K]> };

/** One reason a row cannot be imported; `row` is the file's line number (the header is line 1). */
export type TRowError = { row: number; column: TColumn | null; message: TMessage };

/** The uploaded file's name (a File is a Blob with a name; read it without relying on instanceof). */
function fileName(f: Blob) {
  const name = (f as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** The uploaded file; its content is checked further when parsed (UTF-8 text, CSV). */
export const ZImportFile = z.object({
  file: z
    .instanceof(Blob, { error: 'importer.validation.fileRequired' })
    .refine((f) => f.size > 0, 'importer.validation.fileEmpty')
    .refine((f) => f.size <= MAX_IMPORT_BYTES, 'importer.validation.fileTooLarge')
    .refine((f) => /\.csv$/i.test(fileName(f)), 'importer.validation.notCsv'),
});

export type TImportFile = z.output<typeof ZImportFile>;
export const importFileName = (input: TImportFile) => fileName(input.file);

export type TImportCounts = { persons: number; addresses: number; convictions: number; orders: number };

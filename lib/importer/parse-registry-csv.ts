import { parse } from 'csv-parse/sync';
import type { TMessage } from '@/lib/actions/errors';
import { COLUMNS, MAX_IMPORT_ROWS, REQUIRED_COLUMNS, type TColumn, type TRowError } from './schemas';

export type TParsedRow = { row: number; cells: Record<TColumn, string> };
export type TParsedFile = { ok: true; rows: TParsedRow[]; shapeErrors: TRowError[] } | { ok: false; error: TMessage };

const fail = (key: string, values?: TMessage['values']): TParsedFile => ({ ok: false, error: { key: `importer.validation.${key}`, values } });

/** Strict UTF-8 text without NUL bytes: a spreadsheet or other binary renamed to .csv fails here. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads a registry CSV into rows of named cells. Problems with the file as a whole (not text,
 * broken quoting, a wrong header, too many rows) end it here; a row with the wrong number of
 * fields becomes a row error so every other row is still checked. Rows are numbered by the
 * file's line (the header is line 1), which is the row number a spreadsheet shows.
 */
export function parseRegistryCsv(bytes: Uint8Array): TParsedFile {
  const text = decodeText(bytes);
  if (text === null) return fail('notText');

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fail('malformed', { line: line ?? 0 });
  }
  if (records.length === 0) return fail('noRows');

  const header = records[0].record.map((h) => h.toLowerCase());
  if (header.length === 1 && header[0].includes(';')) return fail('semicolon');
  const unknown = header.filter((h) => !(COLUMNS as string[]).includes(h));
  if (unknown.length) return fail('unknownColumns', { columns: unknown.join(', ') });
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (duplicated.length) return fail('duplicateColumns', { columns: [...new Set(duplicated)].join(', ') });
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return fail('missingColumns', { columns: missing.join(', ') });

  const data = records.slice(1);
  if (data.length === 0) return fail('noRows');
  if (data.length > MAX_IMPORT_ROWS) return fail('tooManyRows', { max: MAX_IMPORT_ROWS, found: data.length });

  const rows: TParsedRow[] = [];
  const shapeErrors: TRowError[] = [];
  for (const { record, info } of data) {
    if (record.length !== header.length) {
      shapeErrors.push({
        row: info.lines,
        column: null,
        message: { key: 'importer.validation.fieldCount', values: { found: record.length, expected: header.length } },
      });
      continue;
    }
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<TColumn, string>;
    header.forEach((h, i) => (cells[h as TColumn] = record[i]));
    rows.push({ row: info.lines, cells });
  }
  return { ok: true, rows, shapeErrors };
}

import { COLUMNS } from '@/lib/importer/schemas';
import { buildIin, type TSex } from '@/lib/iin/iin';
import type { TWorld } from './world';

export type TRow = Record<string, string>;

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Registry-import CSV text: a header and the rows, quoted as a spreadsheet would. */
export function csvText(rows: TRow[], columns: string[] = COLUMNS) {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\r\n') + '\r\n';
}

export const csvFile = (text: string, name = 'registry.csv') => new File([text], name, { type: 'text/csv' });

/**
 * Valid import rows for a test world. IIN serials start at `firstSerial` (tests derive it from a
 * logged seed) and are never reused within the run.
 */
export function importRows(world: () => TWorld, firstSerial: number) {
  let serial = firstSerial;
  function iinFor(birthDate: string, sex: TSex) {
    for (;;) {
      const iin = buildIin(new Date(`${birthDate}T00:00:00Z`), sex, serial++);
      if (iin) return iin;
    }
  }
  function validRow(overrides: TRow = {}): TRow {
    const w = world();
    const birth = overrides.birth_date ?? '1979-04-12';
    const sex = overrides.sex ?? 'M';
    return {
      iin: iinFor(birth, sex === 'F' ? 'FEMALE' : 'MALE'),
      last_name: 'Importov',
      first_name: 'Arman',
      middle_name: 'Serikovich',
      birth_date: birth,
      sex,
      district_code: w.district.code,
      locality: 'Astana',
      street: 'Abay ave.',
      building: '12',
      apartment: '7',
      article_code: w.article.code,
      court_code: w.court.code,
      verdict_date: '2012-05-10',
      sentence_end: '2021-05-09',
      legal_basis_code: w.basis.code,
      ruling_number: '2-1187/2021',
      ruling_date: '2021-04-20',
      order_start: '2021-05-10',
      order_end: '2031-05-09',
      lifelong: 'no',
      ...overrides,
    };
  }
  return { iinFor, validRow };
}

import { db } from '@/lib/db/client';
import { ZPersonSearch } from '@/lib/persons/schemas';
import { exportCsv, searchObject } from '@/lib/exports/export-route';
import { PERSON_COLUMNS, personRows } from '@/lib/exports/lists';

export async function GET(request: Request) {
  return exportCsv('person.read', ({ actor, locale }) => {
    const { q, districtId } = ZPersonSearch.parse(searchObject(request));
    return { list: 'persons', columns: PERSON_COLUMNS, filters: { q, districtId }, rows: personRows({ db, actor, q, districtId, locale }) };
  });
}

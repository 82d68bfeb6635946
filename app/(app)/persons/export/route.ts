import { ZPersonSearch } from '@/lib/persons/schemas';
import { defineExport, searchObject } from '@/lib/exports/export-route';
import { PERSON_COLUMNS, personRows } from '@/lib/exports/lists';

export const GET = defineExport({
  list: 'persons',
  permission: 'person.read',
  // `q` (a name or an IIN) is kept as a keyed hash.
  readable: ['districtId'],
  build: ({ actor, locale, request }) => {
    const { q, districtId } = ZPersonSearch.parse(searchObject(request));
    return { columns: PERSON_COLUMNS, filters: { q, districtId }, rows: personRows({ actor, q, districtId, locale }) };
  },
});

import { ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { defineExport, searchObject } from '@/lib/exports/export-route';
import { CASELOAD_COLUMNS, caseloadRows } from '@/lib/exports/lists';

export const GET = defineExport({
  list: 'caseload',
  permission: 'caseload.read',
  // `q` (a name or an IIN) is kept as a keyed hash.
  readable: ['status', 'officerId', 'districtId', 'lifelong', 'band', 'sort', 'page'],
  build: ({ actor, locale, request }) => {
    const query = ZCaseloadQuery.parse(searchObject(request));
    return { columns: CASELOAD_COLUMNS, filters: query, rows: caseloadRows({ actor, query, locale }) };
  },
});

import { db } from '@/lib/db/client';
import { ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { exportCsv, searchObject } from '@/lib/exports/export-route';
import { CASELOAD_COLUMNS, caseloadRows } from '@/lib/exports/lists';

export async function GET(request: Request) {
  return exportCsv('caseload.read', ({ actor, locale }) => {
    const query = ZCaseloadQuery.parse(searchObject(request));
    return { list: 'caseload', columns: CASELOAD_COLUMNS, filters: query, rows: caseloadRows({ db, actor, query, locale }) };
  });
}

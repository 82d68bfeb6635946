import { db } from '@/lib/db/client';
import { ZAuditFilter } from '@/lib/audit/find-audit-events';
import { exportCsv, searchObject } from '@/lib/exports/export-route';
import { AUDIT_COLUMNS, auditRows } from '@/lib/exports/lists';

export async function GET(request: Request) {
  return exportCsv('audit.read', () => {
    const filter = ZAuditFilter.omit({ page: true }).parse(searchObject(request));
    return { list: 'audit', columns: AUDIT_COLUMNS, filters: filter, rows: auditRows({ db, filter }) };
  });
}

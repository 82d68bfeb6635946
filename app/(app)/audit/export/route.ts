import { AUDIT_READABLE_FILTERS, ZAuditFilter } from '@/lib/audit/find-audit-events';
import { defineExport, searchObject } from '@/lib/exports/export-route';
import { AUDIT_COLUMNS, auditRows } from '@/lib/exports/lists';

// The trail as the actor may read it (auditScope: a supervisor's own region, administrators all).
export const GET = defineExport({
  list: 'audit',
  permission: 'audit.read',
  readable: AUDIT_READABLE_FILTERS,
  build: ({ actor, request }) => {
    const filter = ZAuditFilter.omit({ page: true }).parse(searchObject(request));
    return { columns: AUDIT_COLUMNS, filters: filter, rows: auditRows({ actor, filter }) };
  },
});

import { defineExport, searchObject } from '@/lib/exports/export-route';
import { RISK_COLUMNS, riskRows } from '@/lib/exports/risk';
import { ZRiskListQuery } from '@/lib/risk/oversight';

export const GET = defineExport({
  list: 'risk',
  permission: 'risk.export',
  readable: ['status', 'band', 'overdue', 'districtId', 'officerId', 'page'],
  build: ({ actor, locale, request }) => {
    const query = ZRiskListQuery.parse(searchObject(request));
    return { columns: RISK_COLUMNS, filters: query, rows: riskRows({ actor, query, locale }) };
  },
});

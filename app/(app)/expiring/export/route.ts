import { ZExpiryQuery } from '@/lib/petitions/expiry-worklist';
import { defineExport, searchObject } from '@/lib/exports/export-route';
import { EXPIRING_COLUMNS, expiringRows } from '@/lib/exports/lists';

export const GET = defineExport({
  list: 'expiring',
  permission: 'worklist.expiry',
  readable: ['within', 'districtId', 'officerId', 'band'],
  build: ({ actor, locale, request }) => {
    const { within, districtId, officerId, band } = ZExpiryQuery.parse(searchObject(request));
    return {
      columns: EXPIRING_COLUMNS,
      filters: { within, districtId, officerId, band },
      rows: expiringRows({ actor, within, districtId, officerId, band, locale }),
    };
  },
});

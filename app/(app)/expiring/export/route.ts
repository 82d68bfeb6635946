import { db } from '@/lib/db/client';
import { ZExpiryQuery } from '@/lib/petitions/expiry-worklist';
import { exportCsv, searchObject } from '@/lib/exports/export-route';
import { EXPIRING_COLUMNS, expiringRows } from '@/lib/exports/lists';

export async function GET(request: Request) {
  return exportCsv('worklist.expiry', ({ actor, locale }) => {
    const { within, districtId, officerId } = ZExpiryQuery.parse(searchObject(request));
    return { list: 'expiring', columns: EXPIRING_COLUMNS, filters: { within, districtId, officerId }, rows: expiringRows({ db, actor, within, districtId, officerId, locale }) };
  });
}

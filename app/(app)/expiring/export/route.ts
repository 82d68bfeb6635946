import { db } from '@/lib/db/client';
import { ZExpiryQuery } from '@/lib/petitions/expiry-worklist';
import { exportCsv, searchObject } from '@/lib/exports/export-route';
import { EXPIRING_COLUMNS, expiringRows } from '@/lib/exports/lists';

export async function GET(request: Request) {
  return exportCsv('worklist.expiry', ({ actor, locale }) => {
    const { within } = ZExpiryQuery.parse(searchObject(request));
    return { list: 'expiring', columns: EXPIRING_COLUMNS, filters: { within }, rows: expiringRows({ db, actor, within, locale }) };
  });
}

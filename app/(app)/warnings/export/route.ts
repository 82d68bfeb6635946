import { db } from '@/lib/db/client';
import { exportCsv } from '@/lib/exports/export-route';
import { NOTICE_COLUMNS, noticeWorklistRows } from '@/lib/exports/lists';

export async function GET() {
  return exportCsv('worklist.warnings', ({ actor, locale }) => ({ list: 'notice-worklist', columns: NOTICE_COLUMNS, filters: {}, rows: noticeWorklistRows({ db, actor, locale }) }));
}

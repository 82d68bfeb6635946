import { defineExport } from '@/lib/exports/export-route';
import { NOTICE_COLUMNS, noticeWorklistRows } from '@/lib/exports/lists';

export const GET = defineExport({
  list: 'notice-worklist',
  permission: 'worklist.warnings',
  readable: [],
  build: ({ actor, locale }) => ({ columns: NOTICE_COLUMNS, filters: {}, rows: noticeWorklistRows({ actor, locale }) }),
});

import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { localName } from '@/lib/i18n/config';
import { formatLongDate } from '@/lib/i18n/long-form';
import { DataTable } from '@/components/ui/data-table';
import { CsvLink } from '@/components/ui/csv-link';
import { PersonLink } from '@/components/persons/person-link';
import { PublicOrderWorklistSection } from '@/components/public-order/worklist-section';

const ZQuery = z.object({ page: z.coerce.number().int().min(1).catch(1), poPage: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function WarningsWorklistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('worklist.warnings');
  const t = await getTranslations('warnings');
  const locale = await getLocale();
  const { page, poPage } = ZQuery.parse(await searchParams);
  const result = await findNoticeWorklist({ actor, page });
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('worklistHeading')}</h1>
        <CsvLink path="/warnings/export" params={{}} />
      </div>
      <p className="text-sm text-slate-700">{t('worklistIntro')}</p>
      <p className="text-sm font-medium" data-testid="notice-worklist-count">
        {t('worklistCount', { count: result.total })}
      </p>
      <DataTable
        label={t('worklistLabel')}
        rows={result.items}
        rowKey={(item) => item.id}
        empty={t('worklistEmpty')}
        basePath="/warnings"
        paging={{ page, pageCount, total: result.total }}
        columns={[
          { key: 'person', header: t('columns.person'), cell: (item) => <PersonLink person={item} /> },
          { key: 'district', header: t('columns.district'), cell: (item) => localName(item.district, locale) },
          { key: 'officer', header: t('columns.officer'), cell: (item) => item.officer ?? t('noOfficer') },
          {
            key: 'status',
            header: t('columns.status'),
            cell: (item) =>
              item.notice.state === 'NONE' ? t('state.NONE') : t(`state.${item.notice.state}`, { date: formatLongDate(item.notice.date, locale) }),
          },
        ]}
      />
      <PublicOrderWorklistSection actor={actor} page={poPage} otherParams={page > 1 ? { page: String(page) } : {}} />
    </section>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { findNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { localName } from '@/lib/i18n/config';
import { formatLongDate } from '@/lib/i18n/long-form';
import { Pagination } from '@/components/ui/pagination';
import { CsvLink } from '@/components/ui/csv-link';

const ZQuery = z.object({ page: z.coerce.number().int().min(1).catch(1) });

export default async function WarningsWorklistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('worklist.warnings');
  const t = await getTranslations('warnings');
  const locale = await getLocale();
  const { page } = ZQuery.parse(await searchParams);
  const result = await findNoticeWorklist({ db, actor, page });
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
      {result.items.length === 0 ? (
        <p className="card text-slate-600">{t('worklistEmpty')}</p>
      ) : (
        <table className="table" aria-label={t('worklistLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('columns.person')}</th>
              <th scope="col">{t('columns.district')}</th>
              <th scope="col">{t('columns.officer')}</th>
              <th scope="col">{t('columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={`/persons/${item.id}`} className="link">
                    {[item.lastName, item.firstName, item.middleName].filter(Boolean).join(' ')}
                  </Link>
                </td>
                <td>{localName(item.district, locale)}</td>
                <td>{item.officer ?? t('noOfficer')}</td>
                <td>{item.notice.state === 'NONE' ? t('state.NONE') : t(`state.${item.notice.state}`, { date: formatLongDate(item.notice.date, locale) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={pageCount} total={result.total} basePath="/warnings" params={{}} />
    </section>
  );
}

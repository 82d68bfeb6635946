import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findCheckInList, ZCheckInList } from '@/lib/oversight/lists';
import { filterParams } from '@/lib/oversight/filters';
import { formatDateTime } from '@/lib/i18n/format';
import { Pagination } from '@/components/ui/pagination';
import { PersonLink } from '@/components/persons/person-link';

/** The check-ins behind one figure of the dashboard's monthly chart. */
export default async function DashboardCheckInsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('dashboard.read');
  const t = await getTranslations('dashboard');
  const tc = await getTranslations('checkin');
  const locale = await getLocale();
  const query = ZCheckInList.parse(await searchParams);
  const result = await findCheckInList({ actor, query });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">
        {query.outcome === 'OVERDUE'
          ? t('checkInList.headingOverdue')
          : t('checkInList.heading', { month: query.month, outcome: t(`checkInList.outcome.${query.outcome}`) })}
      </h1>
      <Link href={`/dashboard?${new URLSearchParams(filterParams(query))}`} className="link text-sm">
        {t('back')}
      </Link>
      {result.rows.length === 0 ? (
        <p className="card text-slate-600">{t('checkInList.empty')}</p>
      ) : (
        <table className="table" data-testid="check-in-list">
          <thead>
            <tr>
              <th scope="col">{t('checkInList.person')}</th>
              <th scope="col">{t('checkInList.when')}</th>
              <th scope="col">{t('checkInList.result')}</th>
              <th scope="col">{t('checkInList.officer')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <PersonLink person={r.person} style="short" />
                </td>
                <td>{formatDateTime(r.scheduledAt, locale)}</td>
                <td>{r.outcome === 'SCHEDULED' ? tc('outcome.OVERDUE') : tc(`outcome.${r.outcome}`)}</td>
                <td>{r.officer?.fullName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={query.page}
        pageCount={result.pageCount}
        total={result.total}
        basePath="/dashboard/check-ins"
        params={{ ...filterParams(query), month: query.month, outcome: query.outcome }}
      />
    </section>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findViolationList, ZViolationList } from '@/lib/oversight/lists';
import { filterParams } from '@/lib/oversight/filters';
import { formatDateTime } from '@/lib/i18n/format';
import { Pagination } from '@/components/ui/pagination';
import { PersonLink } from '@/components/persons/person-link';

/** The violations behind one figure of the dashboard's monthly charts. */
export default async function DashboardViolationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('dashboard.read');
  const t = await getTranslations('dashboard');
  const tv = await getTranslations('violation');
  const locale = await getLocale();
  const query = ZViolationList.parse(await searchParams);
  const result = await findViolationList({ actor, query });
  const facets = [
    query.month ? t('violationList.filters', { month: query.month }) : null,
    query.type ? tv(`type.${query.type}`) : null,
    query.status ? tv(`status.${query.status}`) : null,
  ].filter(Boolean);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">
        {t('violationList.heading')}
        {facets.length > 0 ? `: ${facets.join(' · ')}` : ''}
      </h1>
      <Link href={`/dashboard?${new URLSearchParams(filterParams(query))}`} className="link text-sm">
        {t('back')}
      </Link>
      {result.rows.length === 0 ? (
        <p className="card text-slate-600">{t('violationList.empty')}</p>
      ) : (
        <table className="table" data-testid="violation-list">
          <thead>
            <tr>
              <th scope="col">{t('violationList.person')}</th>
              <th scope="col">{t('violationList.when')}</th>
              <th scope="col">{t('violationList.type')}</th>
              <th scope="col">{t('violationList.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <PersonLink person={r.person} style="short" section="timeline?kind=violations" />
                </td>
                <td>{formatDateTime(r.occurredAt, locale)}</td>
                <td>{tv(`type.${r.type}`)}</td>
                <td>{tv(`status.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={query.page}
        pageCount={result.pageCount}
        total={result.total}
        basePath="/dashboard/violations"
        params={{ ...filterParams(query), month: query.month, type: query.type, status: query.status }}
      />
    </section>
  );
}

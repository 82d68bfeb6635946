import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDate } from '@/lib/i18n/format';
import { activeBands, findRiskAssessments, ZRiskListQuery } from '@/lib/risk/oversight';
import { DataTable } from '@/components/ui/data-table';
import { PersonLink } from '@/components/persons/person-link';
import { RiskListFilters } from '@/components/risk/risk-list-filters';

export default async function RiskListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('risk.read');
  const t = await getTranslations('riskOversight');
  const tl = await getTranslations('lists');
  const locale = await getLocale();
  const query = ZRiskListQuery.parse(await searchParams);
  const [result, bands] = await Promise.all([findRiskAssessments({ actor, query, locale }), activeBands({ locale })]);
  const params = { status: query.status, band: query.band, overdue: query.overdue, districtId: query.districtId, officerId: query.officerId };
  const filtered = query.status || query.band || query.overdue || query.districtId || query.officerId;
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('list.heading')}</h1>
      <p className="text-sm text-slate-700">{t('list.explain')}</p>
      <RiskListFilters query={query} bands={bands} />
      <DataTable
        label={t('list.table')}
        rows={result.rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-testid': 'risk-row', 'data-status': r.status })}
        empty={filtered ? t('list.noMatches') : t('list.empty')}
        basePath="/risk"
        params={params}
        paging={result}
        csv={hasPermission(actor.role, 'risk.export') ? { path: '/risk/export', params } : undefined}
        columns={[
          {
            key: 'person',
            header: tl('person'),
            cell: (r) => (
              <>
                <PersonLink person={r.person} className="link font-medium" />
                <div className="text-xs text-slate-600">{r.person.iin}</div>
              </>
            ),
          },
          {
            key: 'date',
            header: t('date'),
            cell: (r) => (
              <Link className="link" href={`/risk/${r.id}`}>
                {formatDate(r.countersignedAt ?? r.submittedAt ?? r.createdAt, locale)}
              </Link>
            ),
          },
          { key: 'status', header: t('status'), cell: (r) => t(`statuses.${r.status}`) },
          { key: 'instrument', header: t('instrument'), cell: (r) => t('instrumentVersion', { title: r.instrument.title, version: r.instrument.version }) },
          { key: 'score', header: t('score'), cell: (r) => r.score ?? '—' },
          { key: 'band', header: t('band'), cell: (r) => (r.bandCode ? `${r.bandCode} · ${r.bandLabel}` : '—') },
          { key: 'assessor', header: t('assessor'), cell: (r) => r.assessor },
          { key: 'countersigner', header: t('countersigner'), cell: (r) => r.countersigner ?? '—' },
        ]}
      />
    </section>
  );
}

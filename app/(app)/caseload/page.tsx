import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { findCaseload, findRegionOfficers, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/data-table';
import { ComplianceBadge } from '@/components/work/compliance-badge';
import { CsvLink } from '@/components/ui/csv-link';
import { PersonLink } from '@/components/persons/person-link';
import { activeBands } from '@/lib/risk/oversight';
import { BandCell, BandFilter } from '@/components/risk/band-filter';

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('caseload.read');
  const t = await getTranslations('caseload');
  const tc = await getTranslations('compliance');
  const tr = await getTranslations('reassign');
  const tl = await getTranslations('lists');
  const tb = await getTranslations('riskOversight');
  const locale = await getLocale();
  const query = ZCaseloadQuery.parse(await searchParams);
  const [result, officers, bands] = await Promise.all([findCaseload({ actor, query }), findRegionOfficers({ actor }), activeBands({ locale })]);
  const params = {
    q: query.q,
    status: query.status,
    officerId: query.officerId,
    districtId: query.districtId,
    lifelong: query.lifelong,
    band: query.band,
    sort: query.sort,
  };
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{actor.role === 'OFFICER' ? t('headingOwn') : t('headingRegion')}</h1>
        <span className="flex gap-2">
          {hasPermission(actor.role, 'caseload.reassign') && (
            <Link href={`/caseload/reassign${query.officerId ? `?from=${query.officerId}` : ''}`} className="btn-secondary py-1 text-sm">
              {tr('link')}
            </Link>
          )}
          <CsvLink path="/caseload/export" params={params} />
        </span>
      </div>
      <p className="flex flex-wrap gap-3 text-sm" data-testid="caseload-counts">
        {(['IN_BREACH', 'AT_RISK', 'COMPLIANT'] as const).map((s) => (
          <Link key={s} href={`/caseload?${new URLSearchParams({ ...(query.officerId ? { officerId: query.officerId } : {}), status: s })}`} className="link">
            {tc(`status.${s}`)}: <strong>{result.counts[s]}</strong>
          </Link>
        ))}
      </p>
      <form role="search" action="/caseload" className="card grid gap-3 sm:grid-cols-6">
        {query.districtId && <input type="hidden" name="districtId" value={query.districtId} />}
        {query.lifelong && <input type="hidden" name="lifelong" value={query.lifelong} />}
        {officers.length > 0 && (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('officer')}
            <select name="officerId" defaultValue={query.officerId ?? ''} className="input">
              <option value="">{t('allOfficers')}</option>
              {officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.fullName}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('search')}
          <input name="q" defaultValue={query.q ?? ''} className="input" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('status')}
          <select name="status" defaultValue={query.status ?? ''} className="input">
            <option value="">{t('anyStatus')}</option>
            {(['IN_BREACH', 'AT_RISK', 'COMPLIANT'] as const).map((s) => (
              <option key={s} value={s}>
                {tc(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('sort')}
          <select name="sort" defaultValue={query.sort} className="input">
            {(['status', 'name', 'nextDue', 'orderEnd'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`sortBy.${s}`)}
              </option>
            ))}
            <option value="band">{tb('sortByBand')}</option>
          </select>
        </label>
        <BandFilter bands={bands} value={query.band} />
        <button type="submit" className="btn self-end">
          {t('apply')}
        </button>
      </form>
      <DataTable
        label={t('list')}
        rows={result.rows}
        rowKey={(r) => r.id}
        rowProps={() => ({ 'data-testid': 'caseload-row' })}
        empty={query.q || query.status || query.band ? t('noMatches') : t('empty')}
        basePath="/caseload"
        params={params}
        paging={result}
        columns={[
          {
            key: 'person',
            header: tl('person'),
            cell: (r) => (
              <>
                <PersonLink person={r} className="link font-medium" />
                <div className="text-xs text-slate-600">
                  {r.iin}
                  {actor.role !== 'OFFICER' && r.officer ? ` · ${r.officer.fullName}` : ''}
                </div>
              </>
            ),
          },
          { key: 'status', header: tl('status'), cell: (r) => <ComplianceBadge status={r.figures.status} /> },
          { key: 'nextDue', header: t('nextDue'), cell: (r) => (r.figures.nextDue ? formatDateTime(r.figures.nextDue, locale) : '—') },
          { key: 'lastContact', header: t('lastContact'), cell: (r) => (r.figures.lastContact ? formatDate(r.figures.lastContact, locale) : '—') },
          { key: 'openViolations', header: t('openViolations'), cell: (r) => r.figures.openViolations },
          { key: 'band', header: tb('band'), cell: (r) => <BandCell code={r.risk.bandCode} bands={bands} /> },
          { key: 'orderEnd', header: t('orderEnd'), cell: (r) => (!r.order ? '—' : r.order.lifelong ? t('lifelong') : formatDate(r.order.endDate, locale)) },
        ]}
      />
    </section>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { findCaseload, findRegionOfficers, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { Pagination } from '@/components/ui/pagination';
import { ComplianceBadge } from '@/components/work/compliance-badge';
import { CsvLink } from '@/components/ui/csv-link';
import { PersonLink } from '@/components/persons/person-link';

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('caseload.read');
  const t = await getTranslations('caseload');
  const tc = await getTranslations('compliance');
  const tr = await getTranslations('reassign');
  const locale = await getLocale();
  const query = ZCaseloadQuery.parse(await searchParams);
  const [result, officers] = await Promise.all([findCaseload({ db, actor, query }), findRegionOfficers({ db, actor })]);
  const params = { q: query.q, status: query.status, officerId: query.officerId, districtId: query.districtId, lifelong: query.lifelong, sort: query.sort };
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
      <form role="search" action="/caseload" className="card grid gap-3 sm:grid-cols-5">
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
          </select>
        </label>
        <button type="submit" className="btn self-end">
          {t('apply')}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className="card text-slate-600">{query.q || query.status ? t('noMatches') : t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('list')}>
          {result.rows.map((r) => (
            <li key={r.id} className="card flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-4" data-testid="caseload-row">
              <div className="flex-1">
                <PersonLink person={r} className="link font-medium" />
                <div className="text-xs text-slate-600">
                  {r.iin}
                  {actor.role !== 'OFFICER' && r.officer ? ` · ${r.officer.fullName}` : ''}
                </div>
              </div>
              <ComplianceBadge status={r.figures.status} />
              <dl className="grid grid-cols-2 gap-x-3 text-xs sm:flex sm:gap-4">
                <div>
                  <dt className="inline text-slate-600">{t('nextDue')}: </dt>
                  <dd className="inline">{r.figures.nextDue ? formatDateTime(r.figures.nextDue, locale) : '—'}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t('lastContact')}: </dt>
                  <dd className="inline">{r.figures.lastContact ? formatDate(r.figures.lastContact, locale) : '—'}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t('openViolations')}: </dt>
                  <dd className="inline">{r.figures.openViolations}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t('orderEnd')}: </dt>
                  <dd className="inline">{!r.order ? '—' : r.order.lifelong ? t('lifelong') : formatDate(r.order.endDate, locale)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/caseload" params={params} />
    </section>
  );
}

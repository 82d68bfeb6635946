import { formatDateTime } from '@/lib/i18n/format';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { getDashboard, VIOLATION_STATUSES, VIOLATION_TYPES } from '@/lib/oversight/figures';
import { filterParams, ZDashboardFilter } from '@/lib/oversight/filters';
import { findRegionOfficers } from '@/lib/caseload/find-caseload';
import { localName } from '@/lib/i18n/config';
import { ChartCard } from '@/components/dashboard/chart-card';
import { BarsChart, CheckInsChart, YearsChart } from '@/components/dashboard/charts';
import { color } from '@/components/dashboard/palette';
import { DifferingDecisions } from '@/components/petitions/differing-decisions';

const href = (path: string, params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams(
    Object.entries(params)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return `${path}?${search}`;
};

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('dashboard.read');
  const t = await getTranslations('dashboard');
  const tv = await getTranslations('violation');
  const tp = await getTranslations('petition');
  const tr = await getTranslations('importReview');
  const locale = await getLocale();
  const raw = ZDashboardFilter.parse(await searchParams);
  const [region, districts, officers] = await Promise.all([
    actor.regionId ? db.region.findUnique({ where: { id: actor.regionId } }) : null,
    db.district.findMany({ where: { regionId: actor.regionId ?? '-' }, orderBy: { nameEn: 'asc' } }),
    findRegionOfficers({ db, actor }),
  ]);
  // Filters outside the region are ignored rather than trusted.
  const filter = {
    ...raw,
    districtId: districts.some((d) => d.id === raw.districtId) ? raw.districtId : undefined,
    officerId: officers.some((o) => o.id === raw.officerId) ? raw.officerId : undefined,
  };
  const dash = await getDashboard({ db, actor, filter, now: new Date() });
  const scope = filterParams(filter);
  const lastMonth = new Date(dash.range.end.getTime() - 86_400_000).toISOString().slice(0, 7);
  const firstMonth = dash.range.start.toISOString().slice(0, 7);
  const rollupNote = dash.rolledUpAt ? t('rollupNote', { at: formatDateTime(dash.rolledUpAt, locale) }) : t('rollupNoteNone');
  const num = (n: number) => n.toLocaleString(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB');

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading', { region: region ? localName(region, locale) : '—' })}</h1>
      <form action="/dashboard" aria-label={t('filters')} className="card grid gap-3 sm:grid-cols-5">
        {/* Labels point at their controls rather than wrapping them, so each control's name is the label alone. */}
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="dashboard-district">{t('district')}</label>
          <select id="dashboard-district" name="districtId" defaultValue={filter.districtId ?? ''} className="input">
            <option value="">{t('allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {localName(d, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="dashboard-officer">{t('officer')}</label>
          <select id="dashboard-officer" name="officerId" defaultValue={filter.officerId ?? ''} className="input">
            <option value="">{t('allOfficers')}</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="dashboard-from">{t('from')}</label>
          <input id="dashboard-from" type="month" name="from" defaultValue={firstMonth} className="input" />
        </div>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="dashboard-to">{t('to')}</label>
          <input id="dashboard-to" type="month" name="to" defaultValue={lastMonth} className="input" />
        </div>
        <div className="flex items-end">
          <button type="submit" className="btn">
            {t('apply')}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-600">{t('range', { from: firstMonth, to: lastMonth })}</p>

      <div className="grid gap-4 md:grid-cols-2">
        <ChartCard id="totals" title={t('totals.title')} note={t('totals.note')}>
          <dl className="grid grid-cols-2 gap-3">
            <div>
              <dt className="text-sm text-slate-600">{t('totals.persons')}</dt>
              <dd className="text-3xl font-semibold">
                <Link className="link" data-testid="figure-persons" href={href('/caseload', scope)}>
                  {num(dash.totals.persons)}
                </Link>
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('totals.lifelong')}</dt>
              <dd className="text-3xl font-semibold">
                <Link className="link" href={href('/caseload', { ...scope, lifelong: '1' })}>
                  {num(dash.totals.lifelong)}
                </Link>
              </dd>
            </div>
          </dl>
        </ChartCard>
        <ChartCard id="ending" title={t('ending.title')} note={t('ending.note')}>
          <dl className="grid grid-cols-3 gap-3">
            {dash.ending.map((e) => (
              <div key={e.within}>
                <dt className="text-sm text-slate-600">{t('ending.within', { days: e.within })}</dt>
                <dd className="text-3xl font-semibold">
                  <Link className="link" href={href('/expiring', { ...scope, within: e.within })}>
                    {num(e.count)}
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </ChartCard>
      </div>

      <ChartCard id="check-ins" title={t('checkIns.title')} note={`${t('checkIns.note')} ${rollupNote}`}>
        <CheckInsChart data={dash.checkIns} labels={{ due: t('checkIns.due'), attended: t('checkIns.attended'), rate: t('checkIns.rate') }} />
        <table className="table text-sm">
          <caption className="sr-only">{t('chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkIns.month')}</th>
              <th scope="col">{t('checkIns.due')}</th>
              <th scope="col">{t('checkIns.attended')}</th>
              <th scope="col">{t('checkIns.missed')}</th>
              <th scope="col">{t('checkIns.excused')}</th>
              <th scope="col">{t('checkIns.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {dash.checkIns.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                {(['DUE', 'ATTENDED', 'MISSED', 'EXCUSED'] as const).map((o) => (
                  <td key={o}>
                    <Link className="link" href={href('/dashboard/check-ins', { ...scope, month: m.month, outcome: o })}>
                      {num(o === 'DUE' ? m.due : o === 'ATTENDED' ? m.attended : o === 'MISSED' ? m.missed : m.excused)}
                    </Link>
                  </td>
                ))}
                <td>{m.rate === null ? '—' : `${Math.round(m.rate * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartCard>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard id="violations-type" title={t('violations.titleType')} note={`${t('violations.note')} ${rollupNote}`}>
          <BarsChart
            stacked
            xKey="month"
            data={dash.violations.map((m) => ({ month: m.month, ...m.byType }))}
            series={VIOLATION_TYPES.map((v, i) => ({ key: v, label: tv(`type.${v}`), color: color(i) }))}
          />
          <table className="table text-sm">
            <caption className="sr-only">{t('chartTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('violations.month')}</th>
                {VIOLATION_TYPES.map((v) => (
                  <th key={v} scope="col">
                    {tv(`type.${v}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dash.violations.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  {VIOLATION_TYPES.map((v) => (
                    <td key={v}>
                      <Link className="link" href={href('/dashboard/violations', { ...scope, month: m.month, type: v })}>
                        {num(m.byType[v])}
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ChartCard>
        <ChartCard id="violations-status" title={t('violations.titleStatus')} note={`${t('violations.note')} ${rollupNote}`}>
          <BarsChart
            stacked
            xKey="month"
            data={dash.violations.map((m) => ({ month: m.month, ...m.byStatus }))}
            series={VIOLATION_STATUSES.map((s, i) => ({ key: s, label: tv(`status.${s}`), color: color(i + 2) }))}
          />
          <table className="table text-sm">
            <caption className="sr-only">{t('chartTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('violations.month')}</th>
                {VIOLATION_STATUSES.map((s) => (
                  <th key={s} scope="col">
                    {tv(`status.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dash.violations.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  {VIOLATION_STATUSES.map((s) => (
                    <td key={s}>
                      <Link className="link" href={href('/dashboard/violations', { ...scope, month: m.month, status: s })}>
                        {num(m.byStatus[s])}
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ChartCard>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard id="petitions" title={t('petitions.title')} note={t('petitions.note')}>
          <BarsChart
            xKey="label"
            data={dash.petitions.byStatus.map((s) => ({ label: tp(`status.${s.status}`), count: s.count }))}
            series={[{ key: 'count', label: t('petitions.count'), color: color(0) }]}
          />
          <p className="text-sm font-medium" data-testid="median-days">
            {dash.petitions.medianDaysToDecision === null
              ? t('petitions.noMedian')
              : t('petitions.median', { days: Math.round(dash.petitions.medianDaysToDecision) })}
          </p>
          <ul className="flex flex-wrap gap-3 text-sm">
            {dash.petitions.byStatus.map((s) => (
              <li key={s.status}>
                <Link className="link" href={href('/petitions', { ...scope, status: s.status })}>
                  {tp(`status.${s.status}`)}: {num(s.count)}
                </Link>
              </li>
            ))}
          </ul>
        </ChartCard>
        <ChartCard id="caseloads" title={t('caseloads.title')} note={t('caseloads.note', { target: dash.caseloads.target })}>
          <BarsChart
            vertical
            xKey="name"
            height={Math.max(160, 40 * dash.caseloads.officers.length + 60)}
            data={dash.caseloads.officers.map((o) => ({ name: o.name, persons: o.persons }))}
            series={[{ key: 'persons', label: t('caseloads.persons'), color: color(0) }]}
            target={dash.caseloads.target}
            targetLabel={t('caseloads.target')}
          />
          <table className="table text-sm">
            <caption className="sr-only">{t('chartTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseloads.officer')}</th>
                <th scope="col">{t('caseloads.persons')}</th>
              </tr>
            </thead>
            <tbody>
              {dash.caseloads.officers.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>
                    <Link className="link" href={href('/caseload', { ...scope, officerId: o.id })}>
                      {num(o.persons)}
                    </Link>
                    {o.over && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">{t('caseloads.over')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {dash.caseloads.unassigned > 0 && (
            <p className="text-sm">
              <Link className="link" href={href('/caseload/reassign', { from: 'unassigned' })}>
                {t('caseloads.unassigned', { count: dash.caseloads.unassigned })}
              </Link>
            </p>
          )}
          {dash.caseloads.awaitingReview > 0 && (
            <p className="text-sm">
              <Link className="link" href={href('/persons/review', { districtId: filter.districtId })}>
                {tr('dashboardLink', { count: dash.caseloads.awaitingReview })}
              </Link>
            </p>
          )}
        </ChartCard>
      </div>

      <DifferingDecisions actor={actor} filter={filter} />

      <ChartCard id="registry" title={t('registry.title')} note={t('registry.note')}>
        <YearsChart data={dash.registry} label={t('registry.listed')} />
        <table className="table text-sm">
          <caption className="sr-only">{t('chartTable')}</caption>
          <thead>
            <tr>
              {dash.registry.map((y) => (
                <th key={y.year} scope="col">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {dash.registry.map((y) => (
                <td key={y.year}>{num(y.listed)}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <Link className="link text-sm" href="/registry">
          {t('showList')}
        </Link>
      </ChartCard>
    </div>
  );
}

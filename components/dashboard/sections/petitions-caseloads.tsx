import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TDashboard } from '@/lib/oversight/figures';
import type { TDashboardFilter } from '@/lib/oversight/filters';
import { ChartCard } from '../chart-card';
import { BarsChart, OfficersChart } from '../charts';
import { color } from '../palette';
import { figureHref, formatCount, type TScopeParams } from '../links';

/** Petitions by status with the median days to decision, and persons per officer. */
export async function PetitionsAndCaseloads({ dash, scope, filter }: { dash: TDashboard; scope: TScopeParams; filter: TDashboardFilter }) {
  const t = await getTranslations('dashboard');
  const tp = await getTranslations('petition');
  const tr = await getTranslations('importReview');
  const locale = await getLocale();
  const num = (n: number) => formatCount(n, locale);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
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
              <Link className="link" href={figureHref('/petitions', { ...scope, status: s.status })}>
                {tp(`status.${s.status}`)}: {num(s.count)}
              </Link>
            </li>
          ))}
        </ul>
      </ChartCard>
      <ChartCard id="caseloads" title={t('caseloads.title')} note={t('caseloads.note', { target: dash.caseloads.target })}>
        <OfficersChart
          data={dash.caseloads.officers.map((o) => ({ name: o.name, persons: o.persons }))}
          label={t('caseloads.persons')}
          target={dash.caseloads.target}
          targetLabel={t('caseloads.target')}
        />
        <div className="overflow-x-auto" tabIndex={0}>
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
                    <Link className="link" href={figureHref('/caseload', { ...scope, officerId: o.id })}>
                      {num(o.persons)}
                    </Link>
                    {o.over && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">{t('caseloads.over')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {dash.caseloads.unassigned > 0 && (
          <p className="text-sm">
            <Link className="link" href={figureHref('/caseload/reassign', { from: 'unassigned' })}>
              {t('caseloads.unassigned', { count: dash.caseloads.unassigned })}
            </Link>
          </p>
        )}
        {dash.caseloads.awaitingReview > 0 && (
          <p className="text-sm">
            <Link className="link" href={figureHref('/persons/review', { districtId: filter.districtId })}>
              {tr('dashboardLink', { count: dash.caseloads.awaitingReview })}
            </Link>
          </p>
        )}
      </ChartCard>
    </div>
  );
}

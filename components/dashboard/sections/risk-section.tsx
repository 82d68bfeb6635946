import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import type { TDashboardFilter } from '@/lib/oversight/filters';
import { activeBands, getRiskFigures } from '@/lib/risk/oversight';
import { ChartCard } from '../chart-card';
import { BarsChart } from '../charts';
import { color } from '../palette';
import { figureHref, formatCount, type TScopeParams } from '../links';

/**
 * Current risk bands of supervised persons in scope (chart and table), overdue reassessments and
 * assessments awaiting countersignature, with methodology notes (docs/oversight.md "Risk").
 */
export async function RiskOversightSection({ actor, filter, scope }: { actor: TActor; filter: TDashboardFilter; scope: TScopeParams }) {
  const t = await getTranslations('riskOversight');
  const locale = await getLocale();
  const [figures, bands] = await Promise.all([getRiskFigures({ actor, filter }), activeBands({ locale })]);
  const num = (n: number) => formatCount(n, locale);
  // Bands of the active version first; a code only an older version had is listed after them.
  const known = new Set(bands.map((b) => b.code));
  const rows = [
    ...bands.map((b) => ({ code: b.code, label: `${b.code} · ${b.label}`, count: figures.byBand.get(b.code) ?? 0 })),
    ...[...figures.byBand].filter(([code]) => !known.has(code)).map(([code, count]) => ({ code, label: code, count })),
    { code: 'none', label: t('notAssessed'), count: figures.notAssessed },
  ];
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <ChartCard id="risk-bands" title={t('dashboard.bandsTitle')} note={t('dashboard.bandsNote')}>
        <BarsChart
          xKey="label"
          data={rows.map((r) => ({ label: r.code === 'none' ? r.label : r.code, count: r.count }))}
          series={[{ key: 'count', label: t('dashboard.persons'), color: color(4) }]}
        />
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('dashboard.bandsTitle')}>
          <table className="table text-sm" data-testid="risk-band-table">
            <caption className="sr-only">{t('dashboard.bandsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('band')}</th>
                <th scope="col">{t('dashboard.persons')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} data-testid="risk-band-count" data-band={r.code} data-count={r.count}>
                  <th scope="row">{r.label}</th>
                  <td>
                    <Link className="link" href={figureHref('/caseload', { ...scope, band: r.code, sort: 'band' })}>
                      {num(r.count)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartCard>
      <ChartCard id="risk-due" title={t('dashboard.dueTitle')} note={t('dashboard.dueNote')}>
        <ul className="flex flex-col gap-2 text-sm">
          <li data-testid="risk-overdue" data-count={figures.overdue}>
            <Link className="link" href={figureHref('/risk', { ...scope, overdue: '1' })}>
              {t('dashboard.overdue', { count: figures.overdue })}
            </Link>
          </li>
          <li data-testid="risk-awaiting" data-count={figures.awaiting}>
            <Link className="link" href={figureHref('/risk', { ...scope, status: 'SUBMITTED' })}>
              {t('dashboard.awaiting', { count: figures.awaiting })}
            </Link>
          </li>
        </ul>
        <h3 className="mt-2 font-medium">{t('dashboard.methodTitle')}</h3>
        <ul className="list-disc pl-5 text-xs text-slate-700" data-testid="risk-methodology">
          <li>{t('dashboard.methodCurrent')}</li>
          <li>{t('dashboard.methodInstrument')}</li>
          <li>{t('dashboard.methodOverdue')}</li>
          <li>{t('dashboard.methodJudgement')}</li>
        </ul>
      </ChartCard>
    </div>
  );
}

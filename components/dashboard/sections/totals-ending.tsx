import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TDashboard } from '@/lib/oversight/figures';
import { ChartCard } from '../chart-card';
import { figureHref, formatCount, type TScopeParams } from '../links';

/** Persons under supervision now, and orders ending without a petition per window. */
export async function TotalsAndEnding({ dash, scope }: { dash: TDashboard; scope: TScopeParams }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  const num = (n: number) => formatCount(n, locale);
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <ChartCard id="totals" title={t('totals.title')} note={t('totals.note')}>
        <dl className="grid grid-cols-2 gap-3">
          <div>
            <dt className="text-sm text-slate-600">{t('totals.persons')}</dt>
            <dd className="text-3xl font-semibold">
              <Link className="link" data-testid="figure-persons" href={figureHref('/caseload', scope)}>
                {num(dash.totals.persons)}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t('totals.lifelong')}</dt>
            <dd className="text-3xl font-semibold">
              <Link className="link" href={figureHref('/caseload', { ...scope, lifelong: '1' })}>
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
                <Link className="link" href={figureHref('/expiring', { ...scope, within: e.within })}>
                  {num(e.count)}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </ChartCard>
    </div>
  );
}

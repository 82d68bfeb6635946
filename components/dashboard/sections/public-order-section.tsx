import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import type { TDashboardFilter } from '@/lib/oversight/filters';
import { PUBLIC_ORDER_OUTCOMES, publicOrderWarningFigures } from '@/lib/public-order/figures';
import { ChartCard } from '../chart-card';
import { formatCount } from '../links';

/**
 * Public-order warnings issued in the dashboard's period, counted apart from the supervision
 * figures, persons outside supervision and persons under supervision side by side, with the
 * methodology (docs/oversight.md "Public-order warnings").
 */
export async function PublicOrderFiguresSection({ actor, filter, range }: { actor: TActor; filter: TDashboardFilter; range: { start: Date; end: Date } }) {
  const t = await getTranslations('publicOrderWorklist.dashboard');
  const locale = await getLocale();
  const figures = await publicOrderWarningFigures({ actor, filter, range });
  const rows = ['issued', ...PUBLIC_ORDER_OUTCOMES] as const;
  return (
    <ChartCard id="public-order-warnings" title={t('title')} note={t('note')}>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('table')}>
        <table className="table text-sm" data-testid="public-order-warning-table">
          <caption className="sr-only">{t('table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figure')}</th>
              <th scope="col">{t('outside')}</th>
              <th scope="col">{t('supervised')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((key) => (
              <tr
                key={key}
                data-testid="public-order-warning-count"
                data-row={key}
                data-outside={figures.outside[key]}
                data-supervised={figures.supervised[key]}
              >
                <th scope="row">{t(key)}</th>
                <td>{formatCount(figures.outside[key], locale)}</td>
                <td>{formatCount(figures.supervised[key], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-2 font-medium">{t('methodTitle')}</h3>
      <ul className="list-disc pl-5 text-xs text-slate-700" data-testid="public-order-methodology">
        <li>{t('methodWhat')}</li>
        <li>{t('methodOutside')}</li>
        <li>{t('methodSupervised')}</li>
        <li>{t('methodFilter')}</li>
      </ul>
      <Link href="/public-order" className="link text-sm">
        {t('recordsLink')}
      </Link>
    </ChartCard>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TDashboard } from '@/lib/oversight/figures';
import { figureHref, formatCount, type TScopeParams } from '../links';

/** The top row: what needs someone's action today, each figure linking to its list. */
export async function NeedsAction({ needs, scope }: { needs: TDashboard['needsAction']; scope: TScopeParams }) {
  const t = await getTranslations('dashboard.needsAction');
  const locale = await getLocale();
  const figures = [
    { id: 'overdue', label: t('overdue'), count: needs.overdueCheckIns, href: figureHref('/dashboard/check-ins', { ...scope, outcome: 'OVERDUE' }) },
    { id: 'breach', label: t('inBreach'), count: needs.inBreach, href: figureHref('/caseload', { ...scope, status: 'IN_BREACH' }) },
    {
      id: 'ending',
      label: t('ending', { days: needs.ending.within }),
      count: needs.ending.count,
      href: figureHref('/expiring', { ...scope, within: needs.ending.within }),
    },
  ];
  return (
    <section className="card flex flex-col gap-2 border-amber-300" aria-labelledby="needs-action-title" data-testid="figure-needs-action">
      <h2 id="needs-action-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.id}>
            <dt className="text-sm text-slate-700">{f.label}</dt>
            <dd className="text-3xl font-semibold">
              <Link className={f.count > 0 ? 'link text-red-800' : 'link'} data-testid={`needs-${f.id}`} href={f.href}>
                {formatCount(f.count, locale)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-600">{t('note', { days: needs.ending.within })}</p>
    </section>
  );
}

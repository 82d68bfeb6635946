import { getLocale, getTranslations } from 'next-intl/server';
import { localName } from '@/lib/i18n/config';
import type { TDashboardScope } from '@/lib/oversight/dashboard-scope';

/** The district, officer and month filters; the months default to the period shown. */
export async function FiltersForm({
  scope,
  firstMonth,
  lastMonth,
  defaultPeriod,
}: {
  scope: TDashboardScope;
  firstMonth: string;
  lastMonth: string;
  defaultPeriod: boolean;
}) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  const { districts, officers, filter } = scope;
  return (
    <>
      <form action="/dashboard" aria-label={t('filters')} className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {/* Labels point at their controls rather than wrapping them, so each control's name is the label alone. */}
        <div className="flex min-w-0 flex-col gap-1 text-sm font-medium">
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
        <div className="flex min-w-0 flex-col gap-1 text-sm font-medium">
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
        <div className="flex min-w-0 flex-col gap-1 text-sm font-medium">
          <label htmlFor="dashboard-from">{t('from')}</label>
          <input id="dashboard-from" type="month" name="from" defaultValue={firstMonth} className="input" />
        </div>
        <div className="flex min-w-0 flex-col gap-1 text-sm font-medium">
          <label htmlFor="dashboard-to">{t('to')}</label>
          <input id="dashboard-to" type="month" name="to" defaultValue={lastMonth} className="input" />
        </div>
        <div className="flex items-end">
          <button type="submit" className="btn">
            {t('apply')}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-600" data-testid="dashboard-range">
        {t('range', { from: firstMonth, to: lastMonth })}
        {defaultPeriod && ` ${t('defaultPeriod')}`}
      </p>
    </>
  );
}

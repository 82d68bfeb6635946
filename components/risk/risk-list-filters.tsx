import { getTranslations } from 'next-intl/server';
import { RISK_STATUSES, type TBandOption, type TRiskListQuery } from '@/lib/risk/oversight';

/** The /risk list's filters (a GET form: works without JavaScript); district and officer are kept from the dashboard's links. */
export async function RiskListFilters({ query, bands }: { query: TRiskListQuery; bands: TBandOption[] }) {
  const t = await getTranslations('riskOversight');
  return (
    <form role="search" action="/risk" className="card grid gap-3 sm:grid-cols-4" aria-label={t('list.filters')}>
      {query.districtId && <input type="hidden" name="districtId" value={query.districtId} />}
      {query.officerId && <input type="hidden" name="officerId" value={query.officerId} />}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('status')}
        <select name="status" defaultValue={query.status ?? ''} className="input">
          <option value="">{t('anyStatus')}</option>
          {RISK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('band')}
        <select name="band" defaultValue={query.band ?? ''} className="input">
          <option value="">{t('anyBand')}</option>
          {bands.map((b) => (
            <option key={b.code} value={b.code}>
              {b.code} · {b.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="overdue" value="1" defaultChecked={!!query.overdue} />
        {t('list.overdueOnly')}
      </label>
      <button type="submit" className="btn self-end">
        {t('apply')}
      </button>
    </form>
  );
}

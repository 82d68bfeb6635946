import { getTranslations } from 'next-intl/server';
import type { TRegionCount } from '@/lib/registry/count-by-region';

/** A plain GET form, so the search works without JavaScript; the region list shows counts. */
export async function RegistrySearchForm({ q, region, regions }: { q?: string; region?: string; regions: TRegionCount[] }) {
  const t = await getTranslations('registry');
  return (
    <form role="search" aria-label={t('searchLabel')} method="get" action="/registry" className="card flex flex-wrap items-end gap-3">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
        {t('name')}
        <input name="q" type="search" defaultValue={q ?? ''} maxLength={100} className="input" placeholder={t('namePlaceholder')} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('region')}
        <select name="region" defaultValue={region ?? ''} className="input">
          <option value="">{t('allRegions')}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {t('regionOption', { name: r.name, count: r.count })}
            </option>
          ))}
        </select>
      </label>
      <button className="btn" type="submit">
        {t('submit')}
      </button>
      <a className="btn-secondary" href="/registry">
        {t('reset')}
      </a>
    </form>
  );
}

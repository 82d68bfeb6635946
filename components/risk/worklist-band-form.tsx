import { getTranslations } from 'next-intl/server';
import type { TBandOption } from '@/lib/risk/oversight';
import { BandFilter } from './band-filter';

/** The expiry worklist's band filter and sort, keeping the window and the other filters. */
export async function WorklistBandForm({
  query,
  bands,
}: {
  query: { within: number; districtId?: string; officerId?: string; flagged?: string; band?: string; sort?: 'band' };
  bands: TBandOption[];
}) {
  const t = await getTranslations('riskOversight');
  const keep = { within: String(query.within), districtId: query.districtId, officerId: query.officerId, flagged: query.flagged };
  return (
    <form role="search" action="/expiring" className="card grid gap-3 sm:grid-cols-3" aria-label={t('bandFilter')}>
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <BandFilter bands={bands} value={query.band} />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('order')}
        <select name="sort" defaultValue={query.sort ?? ''} className="input">
          <option value="">{t('orderByEndDate')}</option>
          <option value="band">{t('sortByBand')}</option>
        </select>
      </label>
      <button type="submit" className="btn self-end">
        {t('apply')}
      </button>
    </form>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { EXPIRY_WINDOWS, findExpiringOrders, ZExpiryQuery } from '@/lib/petitions/expiry-worklist';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/data-table';
import { CsvLink } from '@/components/ui/csv-link';
import { PersonLink } from '@/components/persons/person-link';
import { FlaggedFilter, FlaggedMarker, OfficerRequests } from '@/components/escalation/worklist-parts';
import { activeBands } from '@/lib/risk/oversight';
import { BandCell } from '@/components/risk/band-filter';
import { WorklistBandForm } from '@/components/risk/worklist-band-form';

export default async function ExpiringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('worklist.expiry');
  const t = await getTranslations('expiring');
  const tl = await getTranslations('lists');
  const tb = await getTranslations('riskOversight');
  const locale = await getLocale();
  const query = ZExpiryQuery.parse(await searchParams);
  const bands = await activeBands({ locale });
  const result = await findExpiringOrders({
    actor,
    within: query.within,
    page: query.page,
    districtId: query.districtId,
    officerId: query.officerId,
    flagged: !!query.flagged,
    band: query.band,
    sort: query.sort,
  });
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <CsvLink path="/expiring/export" params={{ within: query.within, districtId: query.districtId, officerId: query.officerId, band: query.band }} />
      </div>
      <p className="text-sm text-slate-700">{t('explain')}</p>
      <nav aria-label={t('windows')} className="flex flex-wrap gap-2">
        {EXPIRY_WINDOWS.map((w) => (
          <Link
            key={w}
            href={`/expiring?${new URLSearchParams({ within: String(w), ...(query.districtId ? { districtId: query.districtId } : {}), ...(query.officerId ? { officerId: query.officerId } : {}) })}`}
            aria-current={w === query.within ? 'page' : undefined}
            className={w === query.within ? 'btn py-1' : 'btn-secondary py-1'}
          >
            {t('within', { days: w })}
          </Link>
        ))}
      </nav>
      <FlaggedFilter flagged={!!query.flagged} params={{ within: String(query.within), districtId: query.districtId, officerId: query.officerId }} />
      <WorklistBandForm query={query} bands={bands} />
      <DataTable
        label={t('list')}
        rows={result.rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-testid': 'expiring-order', 'data-days-left': r.daysLeft })}
        empty={t('empty')}
        basePath="/expiring"
        params={{ within: query.within, districtId: query.districtId, officerId: query.officerId, flagged: query.flagged, band: query.band, sort: query.sort }}
        paging={result}
        columns={[
          {
            key: 'person',
            header: tl('person'),
            cell: (r) => (
              <>
                <PersonLink person={r.person} className="link font-medium" /> <FlaggedMarker flag={r.flag} />
                <div className="text-xs text-slate-600">
                  {r.person.iin} · {localName(r.person.district, locale)} · {t('ruling', { number: r.rulingNumber })}
                </div>
              </>
            ),
          },
          { key: 'band', header: tb('band'), cell: (r) => <BandCell code={r.person.riskBandCode} bands={bands} /> },
          { key: 'endDate', header: tl('endDate'), cell: (r) => formatDate(r.endDate, locale) },
          {
            key: 'daysLeft',
            header: tl('daysLeft'),
            cell: (r) => (
              <span className={r.daysLeft < 0 ? 'font-semibold text-red-800' : r.daysLeft <= 30 ? 'font-semibold text-amber-900' : 'text-slate-700'}>
                {r.daysLeft < 0 ? t('expired', { days: -r.daysLeft }) : t('daysLeft', { days: r.daysLeft })}
              </span>
            ),
          },
        ]}
      />
      <OfficerRequests actor={actor} />
    </section>
  );
}

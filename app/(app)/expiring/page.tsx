import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { EXPIRY_WINDOWS, findExpiringOrders, ZExpiryQuery } from '@/lib/petitions/expiry-worklist';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { Pagination } from '@/components/ui/pagination';
import { CsvLink } from '@/components/ui/csv-link';
import { FlaggedFilter, FlaggedMarker, OfficerRequests } from '@/components/escalation/worklist-parts';

export default async function ExpiringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('worklist.expiry');
  const t = await getTranslations('expiring');
  const locale = await getLocale();
  const query = ZExpiryQuery.parse(await searchParams);
  const result = await findExpiringOrders({
    db,
    actor,
    within: query.within,
    page: query.page,
    districtId: query.districtId,
    officerId: query.officerId,
    flagged: !!query.flagged,
  });
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <CsvLink path="/expiring/export" params={{ within: query.within, districtId: query.districtId, officerId: query.officerId }} />
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
      {result.rows.length === 0 ? (
        <p className="card text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('list')}>
          {result.rows.map((r) => (
            <li key={r.id} className="card flex flex-wrap items-center justify-between gap-2" data-testid="expiring-order" data-days-left={r.daysLeft}>
              <div>
                <Link href={`/persons/${r.person.id}`} className="link font-medium">
                  {r.person.lastName} {r.person.firstName} {r.person.middleName ?? ''}
                </Link>{' '}
                <FlaggedMarker flag={r.flag} />
                <div className="text-xs text-slate-600">
                  {r.person.iin} · {localName(r.person.district, locale)} · {t('ruling', { number: r.rulingNumber })}
                </div>
              </div>
              <div className="text-right text-sm">
                <div>{formatDate(r.endDate, locale)}</div>
                <div className={r.daysLeft < 0 ? 'font-semibold text-red-800' : r.daysLeft <= 30 ? 'font-semibold text-amber-900' : 'text-slate-700'}>
                  {r.daysLeft < 0 ? t('expired', { days: -r.daysLeft }) : t('daysLeft', { days: r.daysLeft })}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        basePath="/expiring"
        params={{ within: String(query.within), districtId: query.districtId, officerId: query.officerId, flagged: query.flagged }}
      />
      <OfficerRequests actor={actor} />
    </section>
  );
}

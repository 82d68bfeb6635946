import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findPetitions, ZPetitionQuery } from '@/lib/petitions/find-petitions';
import { formatDate } from '@/lib/i18n/format';
import { Pagination } from '@/components/ui/pagination';
import { personName } from '@/lib/persons/person-name';

const STATUSES = ['DRAFT', 'ENDORSED', 'FILED', 'HEARING_SET', 'GRANTED', 'DENIED', 'WITHDRAWN'] as const;

export default async function PetitionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('petition.read');
  const t = await getTranslations('petition');
  const locale = await getLocale();
  const query = ZPetitionQuery.parse(await searchParams);
  const result = await findPetitions({ actor, query });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{actor.role === 'CLERK' ? t('queueHeading') : t('listHeading')}</h1>
      <form role="search" action="/petitions" className="card flex flex-wrap items-end gap-3">
        {query.districtId && <input type="hidden" name="districtId" value={query.districtId} />}
        {query.officerId && <input type="hidden" name="officerId" value={query.officerId} />}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('statusFilter')}
          <select name="status" defaultValue={query.status ?? ''} className="input">
            <option value="">{t('anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('hearingFilter')}
          <input type="date" name="hearing" defaultValue={query.hearing ?? ''} className="input" />
        </label>
        <button className="btn" type="submit">
          {t('apply')}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className="card text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('listHeading')}>
          {result.rows.map((p) => (
            <li key={p.id} className="card flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="petition-row">
              <Link href={`/petitions/${p.id}`} className="link font-medium">
                {personName(p.person, { style: 'short' })}
              </Link>
              <span>
                {t(`status.${p.status}`)}
                {p.filingNumber ? ` · ${p.filingNumber}` : ''}
                {p.hearingDate ? ` · ${t('hearing', { date: formatDate(p.hearingDate, locale) })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        basePath="/petitions"
        params={{ status: query.status, hearing: query.hearing, districtId: query.districtId, officerId: query.officerId }}
      />
    </section>
  );
}

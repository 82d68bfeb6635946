import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findPetitions, PETITION_SORTS, petitionStatusesFor, ZPetitionQuery } from '@/lib/petitions/find-petitions';
import { Pagination } from '@/components/ui/pagination';
import { PetitionQueueRow } from '@/components/petitions/queue-row';

export default async function PetitionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('petition.read');
  const t = await getTranslations('petition');
  const tq = await getTranslations('petitionQueue');
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
            {petitionStatusesFor(actor.role).map((s) => (
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
        <label className="flex flex-col gap-1 text-sm font-medium">
          {tq('sort')}
          <select name="sort" defaultValue={result.sort} className="input">
            {PETITION_SORTS.map((s) => (
              <option key={s} value={s}>
                {tq(`sort${s}`)}
              </option>
            ))}
          </select>
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
            <PetitionQueueRow key={p.id} row={p} />
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        basePath="/petitions"
        params={{ status: query.status, hearing: query.hearing, sort: query.sort, districtId: query.districtId, officerId: query.officerId }}
      />
    </section>
  );
}

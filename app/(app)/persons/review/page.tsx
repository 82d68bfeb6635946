import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findPendingReview, ZReviewQuery } from '@/lib/review/find-pending';
import { loadRegionDistricts } from '@/lib/reference/options';
import { findRegionOfficers } from '@/lib/caseload/find-caseload';
import { localName } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { findOpenConflicts } from '@/lib/conflicts/registration-conflicts';
import { ConflictList } from '@/components/review/conflict-list';
import { ReviewForm } from '@/components/review/review-form';
import { Pagination } from '@/components/ui/pagination';
import { ClientMessages } from '@/components/layout/client-messages';
import { CONFLICT_LIST_MESSAGES, REVIEW_FORM_MESSAGES } from '@/components/review/messages';
import { personName } from '@/lib/persons/person-name';

/**
 * Imported persons awaiting a supervisor's review (docs/import.md), in the supervisor's region,
 * and the region's registration attempts that met an IIN registered elsewhere
 * (docs/decisions/010-no-iin-existence-oracle.md).
 */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('person.review');
  const t = await getTranslations('importReview');
  const tc = await getTranslations('registrationConflict.list');
  const locale = await getLocale();
  const raw = ZReviewQuery.parse(await searchParams);
  const districts = await loadRegionDistricts({ actor });
  // A district outside the region is ignored rather than trusted.
  const query = { ...raw, districtId: districts.some((d) => d.id === raw.districtId) ? raw.districtId : undefined };
  const [found, officers, conflicts] = await Promise.all([findPendingReview({ actor, query }), findRegionOfficers({ actor }), findOpenConflicts({ actor })]);
  const orderEnd = (o: (typeof found.rows)[number]['orders'][number] | undefined) =>
    !o ? '—' : o.lifelong ? t('lifelong') : o.status === 'ACTIVE' ? formatDate(o.endDate, locale) : t('orderEnded', { date: formatDate(o.endDate, locale) });

  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <form action="/persons/review" className="card flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="review-district">{t('district')}</label>
          <select id="review-district" name="districtId" defaultValue={query.districtId ?? ''} className="input">
            <option value="">{t('allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {localName(d, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t('filter')}
        </button>
      </form>
      <p className="text-sm" data-testid="review-total">
        {t('total', { count: found.total })}
      </p>
      <ClientMessages namespaces={REVIEW_FORM_MESSAGES}>
        <ReviewForm
          filtered={Boolean(query.districtId)}
          persons={found.rows.map((p) => ({
            id: p.id,
            version: p.version,
            name: personName(p),
            iin: p.iin,
            districtId: p.districtId,
            district: localName(p.district, locale),
            articles: [...new Set(p.convictions.map((c) => c.article.code))].join(', '),
            orderEnd: orderEnd(p.orders[0]),
          }))}
          officers={officers}
        />
      </ClientMessages>
      {found.pageCount > 1 && (
        <Pagination page={found.page} pageCount={found.pageCount} total={found.total} basePath="/persons/review" params={{ districtId: query.districtId }} />
      )}
      <section aria-labelledby="conflicts-heading" className="flex flex-col gap-3">
        <h2 id="conflicts-heading" className="text-xl font-semibold">
          {tc('heading')}
        </h2>
        <p className="text-sm text-slate-700">{tc('intro')}</p>
        <p className="text-sm" data-testid="conflicts-total">
          {tc('total', { count: conflicts.total })}
          {conflicts.total > conflicts.rows.length && ` ${tc('shown', { shown: conflicts.rows.length })}`}
        </p>
        <ClientMessages namespaces={CONFLICT_LIST_MESSAGES}>
          <ConflictList
            conflicts={conflicts.rows.map((c) => ({
              id: c.id,
              version: c.version,
              when: formatDateTime(c.createdAt, locale),
              who: c.submittedBy.fullName,
              district: localName(c.targetDistrict, locale),
              source: c.source,
              iin: c.submittedIin,
              existing: c.existingPerson
                ? {
                    id: c.existingPerson.id,
                    name: personName(c.existingPerson),
                  }
                : null,
            }))}
          />
        </ClientMessages>
      </section>
    </section>
  );
}

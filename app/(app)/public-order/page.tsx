import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { findPublicOrderPersons } from '@/lib/public-order/records';
import { ZPublicOrderSearch } from '@/lib/public-order/schemas';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { personName } from '@/lib/persons/person-name';
import { DataTable } from '@/components/ui/data-table';

export default async function PublicOrderListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('publicOrder.read');
  const t = await getTranslations('publicOrderRecord.list');
  const locale = await getLocale();
  const query = ZPublicOrderSearch.parse(await searchParams);
  const result = await findPublicOrderPersons({ actor, q: query.q, page: query.page });
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        {hasPermission(actor.role, 'publicOrder.record') && (
          <Link href="/public-order/new" className="btn">
            {t('register')}
          </Link>
        )}
      </div>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <form role="search" className="card flex flex-wrap items-end gap-3" action="/public-order">
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
          {t('search')}
          <input name="q" defaultValue={query.q ?? ''} className="input" placeholder={t('searchPlaceholder')} />
        </label>
        <button className="btn" type="submit">
          {t('searchButton')}
        </button>
      </form>
      <DataTable
        label={t('heading')}
        rows={result.rows}
        rowKey={(r) => r.id}
        empty={query.q ? t('noMatches') : t('empty')}
        basePath="/public-order"
        params={{ q: query.q }}
        paging={result}
        columns={[
          {
            key: 'name',
            header: t('name'),
            cell: (r) => (
              <Link className="link" href={`/public-order/${r.id}`}>
                {personName(r)}
              </Link>
            ),
          },
          { key: 'iin', header: t('iin'), cell: (r) => r.iin, className: 'font-mono' },
          { key: 'district', header: t('district'), cell: (r) => localName(r.district, locale) },
          { key: 'incidents', header: t('incidents'), cell: (r) => r._count.incidents },
          { key: 'lastIncident', header: t('lastIncident'), cell: (r) => (r.lastIncidentOn ? formatDate(r.lastIncidentOn, locale) : t('none')) },
        ]}
      />
    </section>
  );
}

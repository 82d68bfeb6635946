import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { findPersons } from '@/lib/persons/find-persons';
import { ZPersonSearch } from '@/lib/persons/schemas';
import { loadSearchDistricts } from '@/lib/reference/options';
import { localName } from '@/lib/i18n/config';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/i18n/format';
import { CsvLink } from '@/components/ui/csv-link';
import { PersonLink } from '@/components/persons/person-link';

export default async function PersonsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('person.read');
  const t = await getTranslations('persons');
  const locale = await getLocale();
  const query = ZPersonSearch.parse(await searchParams);
  const [result, districts] = await Promise.all([
    findPersons({ actor, q: query.q, districtId: query.districtId, page: query.page }),
    loadSearchDistricts({ actor, locale }),
  ]);
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t(`heading.${actor.role}`)}</h1>
        <span className="flex items-center gap-2">
          <CsvLink path="/persons/export" params={{ q: query.q, districtId: query.districtId }} />
          {hasPermission(actor.role, 'person.register') && (
            <Link href="/persons/new" className="btn">
              {t('register')}
            </Link>
          )}
        </span>
      </div>
      <form role="search" className="card flex flex-wrap items-end gap-3" action="/persons">
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
          {t('search')}
          <input name="q" defaultValue={query.q ?? ''} className="input" placeholder={t('searchPlaceholder')} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('district')}
          <select name="districtId" defaultValue={query.districtId ?? ''} className="input">
            <option value="">{t('allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <button className="btn" type="submit">
          {t('searchButton')}
        </button>
      </form>
      <DataTable
        label={t(`heading.${actor.role}`)}
        rows={result.rows}
        rowKey={(p) => p.id}
        empty={query.q || query.districtId ? t('noMatches') : t('empty')}
        basePath="/persons"
        params={{ q: query.q, districtId: query.districtId }}
        paging={result}
        columns={[
          { key: 'name', header: t('name'), cell: (p) => <PersonLink person={p} /> },
          { key: 'iin', header: t('iin'), cell: (p) => p.iin, className: 'font-mono' },
          { key: 'birthDate', header: t('birthDate'), cell: (p) => formatDate(p.birthDate, locale) },
          { key: 'district', header: t('district'), cell: (p) => localName(p.district, locale) },
          {
            key: 'orderEnd',
            header: t('orderEnd'),
            cell: (p) => {
              const order = p.orders[0];
              return !order ? t('noOrder') : order.lifelong ? t('lifelong') : formatDate(order.endDate, locale);
            },
          },
        ]}
      />
    </section>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { zQueryText } from '@/lib/validation/fields';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findUsers, USER_SORT_KEYS } from '@/lib/users/find-users';
import { localName } from '@/lib/i18n/config';
import { DataTable } from '@/components/ui/data-table';
import { parseSort } from '@/components/ui/data-table-sort';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { ClientMessages } from '@/components/layout/client-messages';
import { USER_ROW_ACTIONS_MESSAGES } from '@/components/admin/messages';

const ZQuery = z.object({ q: zQueryText(100), page: z.coerce.number().int().min(1).catch(1), sort: zQueryText(20), dir: zQueryText(4) });

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageActor('user.manage');
  const t = await getTranslations('users');
  const tRole = await getTranslations('roles');
  const tAccount = await getTranslations('account.admin');
  const tLists = await getTranslations('lists');
  const locale = await getLocale();
  const query = ZQuery.parse(await searchParams);
  const sort = parseSort(query, USER_SORT_KEYS);
  const result = await findUsers({ q: query.q, page: query.page, sort });
  return (
    <ClientMessages namespaces={USER_ROW_ACTIONS_MESSAGES}>
      <section className="flex flex-col gap-4">
        <div className="flex items-center justify-between">
          <h1 className="text-2xl font-semibold">{t('heading')}</h1>
          <Link href="/admin/users/new" className="btn">
            {t('new')}
          </Link>
        </div>
        <form role="search" action="/admin/users" className="card flex gap-3">
          <input name="q" defaultValue={query.q ?? ''} aria-label={t('search')} placeholder={t('search')} className="input" />
          <button className="btn" type="submit">
            {t('searchButton')}
          </button>
        </form>
        <DataTable
          label={t('heading')}
          rows={result.rows}
          rowKey={(u) => u.id}
          empty={tLists('usersEmpty')}
          basePath="/admin/users"
          params={{ q: query.q }}
          sort={sort}
          paging={result}
          columns={[
            {
              key: 'name',
              header: t('name'),
              sortKey: 'name',
              cell: (u) => (
                <Link className="link" href={`/admin/users/${u.id}`}>
                  {u.fullName}
                </Link>
              ),
            },
            { key: 'email', header: t('email'), sortKey: 'email', cell: (u) => u.email },
            { key: 'role', header: t('role'), sortKey: 'role', cell: (u) => tRole(u.role) },
            {
              key: 'unit',
              header: t('unit'),
              cell: (u) => (u.district ? localName(u.district, locale) : u.court ? localName(u.court, locale) : u.region ? localName(u.region, locale) : '—'),
            },
            { key: 'status', header: t('status'), cell: (u) => (u.status === 'DEACTIVATED' ? t('deactivated') : u.locked ? t('locked') : t('active')) },
            { key: 'activation', header: tAccount('activation'), cell: (u) => (u.activatedAt ? tAccount('activated') : tAccount('notActivated')) },
            { key: 'secondFactor', header: tAccount('secondFactor'), cell: (u) => (u.totpEnabledAt ? tAccount('enrolled') : tAccount('notEnrolled')) },
            {
              key: 'actions',
              header: t('actions'),
              srOnlyHeader: true,
              cell: (u) => <UserRowActions user={{ id: u.id, version: u.version, active: u.status === 'ACTIVE', locked: u.locked, email: u.email }} />,
            },
          ]}
        />
      </section>
    </ClientMessages>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { zQueryText } from '@/lib/validation/fields';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { findUsers } from '@/lib/users/find-users';
import { localName } from '@/lib/i18n/config';
import { Pagination } from '@/components/ui/pagination';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { ClientMessages } from '@/components/layout/client-messages';
import { USER_ROW_ACTIONS_MESSAGES } from '@/components/admin/messages';

const ZQuery = z.object({ q: zQueryText(100), page: z.coerce.number().int().min(1).catch(1) });

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageActor('user.manage');
  const t = await getTranslations('users');
  const tRole = await getTranslations('roles');
  const tAccount = await getTranslations('account.admin');
  const locale = await getLocale();
  const query = ZQuery.parse(await searchParams);
  const result = await findUsers({ db, q: query.q, page: query.page });
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
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('email')}</th>
                <th>{t('role')}</th>
                <th>{t('unit')}</th>
                <th>{t('status')}</th>
                <th>{tAccount('activation')}</th>
                <th>{tAccount('secondFactor')}</th>
                <th>
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link className="link" href={`/admin/users/${u.id}`}>
                      {u.fullName}
                    </Link>
                  </td>
                  <td>{u.email}</td>
                  <td>{tRole(u.role)}</td>
                  <td>{u.district ? localName(u.district, locale) : u.court ? localName(u.court, locale) : u.region ? localName(u.region, locale) : '—'}</td>
                  <td>{u.status === 'DEACTIVATED' ? t('deactivated') : u.locked ? t('locked') : t('active')}</td>
                  <td>{u.activatedAt ? tAccount('activated') : tAccount('notActivated')}</td>
                  <td>{u.totpEnabledAt ? tAccount('enrolled') : tAccount('notEnrolled')}</td>
                  <td>
                    <UserRowActions user={{ id: u.id, version: u.version, active: u.status === 'ACTIVE', locked: u.locked, email: u.email }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/admin/users" params={{ q: query.q }} />
      </section>
    </ClientMessages>
  );
}

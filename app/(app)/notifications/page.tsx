import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findNotifications, ZNotificationsQuery } from '@/lib/notifications/find-notifications';
import { NotificationList } from '@/components/notifications/notification-list';
import { Pagination } from '@/components/ui/pagination';
import { markAllNotificationsRead } from '@/lib/notifications/server-actions';

/** The actor's own notifications (docs/decisions/017-notifications.md). No person record is read here. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('account.manage');
  const t = await getTranslations('notifications');
  const query = ZNotificationsQuery.parse(await searchParams);
  const found = await findNotifications({ actor, page: query.page });
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {found.unread > 0 && (
          <form action={markAllNotificationsRead}>
            <button type="submit" className="btn-secondary">
              {t('markAllRead')}
            </button>
          </form>
        )}
      </div>
      <p className="text-sm text-slate-700" data-testid="notification-summary">
        {t('summary', { unread: found.unread, total: found.total })}
      </p>
      <NotificationList rows={found.rows} />
      {found.pageCount > 1 && <Pagination page={found.page} pageCount={found.pageCount} total={found.total} basePath="/notifications" params={{}} />}
    </section>
  );
}

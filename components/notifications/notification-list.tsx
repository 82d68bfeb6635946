import { getLocale, getTranslations } from 'next-intl/server';
import type { TNotificationRow } from '@/lib/notifications/find-notifications';
import { notificationMessage } from '@/lib/notifications/messages';
import { formatDateTime } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/config';
import { markNotificationRead, openNotification } from '@/lib/notifications/server-actions';

/** The actor's notifications, newest first: unread ones marked, each opening its item. */
export async function NotificationList({ rows }: { rows: TNotificationRow[] }) {
  const t = await getTranslations('notifications');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'en';
  if (rows.length === 0) return <p className="card text-sm text-slate-700">{t('empty')}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="notification-list">
      {rows.map((n) => {
        const unread = n.readAt === null;
        return (
          <li
            key={n.id}
            data-testid="notification"
            data-unread={unread ? 'true' : 'false'}
            data-link={n.link}
            className={`card flex flex-wrap items-center gap-3 ${unread ? 'border-l-4 border-l-blue-800' : ''}`}
          >
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <span className={unread ? 'font-semibold' : ''}>{notificationMessage(locale, n.kind, n.params)}</span>
              <span className="text-xs text-slate-700">
                {unread ? t('unread') : t('read')} · {t('received')} {formatDateTime(n.createdAt, locale)}
              </span>
            </div>
            <form action={openNotification}>
              <input type="hidden" name="notificationId" value={n.id} />
              <button type="submit" className="btn">
                {t('open')}
              </button>
            </form>
            {unread && (
              <form action={markNotificationRead}>
                <input type="hidden" name="notificationId" value={n.id} />
                <button type="submit" className="btn-secondary">
                  {t('markRead')}
                </button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}

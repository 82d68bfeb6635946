import { defineAction } from '@/lib/actions/define-action';
import { markAllRead, markRead, ZMarkAllRead, ZMarkRead } from './mark-read';

// Every user manages their own notifications: the permission every role holds (account.manage).

export const markNotificationReadAction = defineAction({
  name: 'notification.read',
  permission: 'account.manage',
  schema: ZMarkRead,
  handler: async ({ tx, actor, input }) => {
    const n = await markRead({ tx, actor, input });
    return { data: { link: n.link }, audit: { targetType: 'Notification', targetId: n.id } };
  },
});

export const markAllNotificationsReadAction = defineAction({
  name: 'notification.readAll',
  permission: 'account.manage',
  schema: ZMarkAllRead,
  handler: async ({ tx, actor }) => {
    const count = await markAllRead({ tx, actor });
    return { data: { count }, audit: { targetType: 'User', targetId: actor.id, details: { count } } };
  },
});

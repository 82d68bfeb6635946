import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';

export const NOTIFICATIONS_PAGE_SIZE = 25;

export const ZNotificationsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Only one's own: every read and change of notifications goes through this rule. */
export const ownNotifications = (actor: Pick<TActor, 'id'>) => ({ recipientId: actor.id });

/** Unread notifications of the actor (the bell); reads the (recipientId, readAt) index. */
export async function countUnread({ db, actor }: { db: Db | Tx; actor: Pick<TActor, 'id'> }) {
  return db.notification.count({ where: { ...ownNotifications(actor), readAt: null } });
}

/** One page of the actor's notifications, newest first. No person record is read (no view audit). */
export async function findNotifications({ db = appDb, actor, page: wanted }: { db?: Db | Tx; actor: Pick<TActor, 'id'>; page: number }) {
  const where = ownNotifications(actor);
  const [total, unread] = await Promise.all([db.notification.count({ where }), countUnread({ db, actor })]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(wanted, pageCount);
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, kind: true, link: true, params: true, createdAt: true, readAt: true },
  });
  return { rows, total, unread, page, pageCount };
}

export type TNotificationRow = Awaited<ReturnType<typeof findNotifications>>['rows'][number];

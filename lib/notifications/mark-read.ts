import 'server-only';
import { z } from 'zod';
import { zId } from '@/lib/validation/fields';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/actions/errors';
import { ownNotifications } from './find-notifications';

export const ZMarkRead = z.object({ notificationId: zId });
export const ZMarkAllRead = z.object({});

/**
 * Marks one of the actor's own notifications read (again is harmless) and returns where it
 * points. Someone else's is "not found", exactly as one that does not exist.
 */
export async function markRead({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: z.output<typeof ZMarkRead>; now?: Date }) {
  const own = await tx.notification.findFirst({ where: { id: input.notificationId, ...ownNotifications(actor) }, select: { id: true, link: true } });
  if (!own) throw new NotFoundError('Notification');
  await tx.notification.updateMany({ where: { id: own.id, ...ownNotifications(actor), readAt: null }, data: { readAt: now } });
  return own;
}

export async function markAllRead({ tx, actor, now = new Date() }: { tx: Tx; actor: TActor; now?: Date }) {
  const { count } = await tx.notification.updateMany({ where: { ...ownNotifications(actor), readAt: null }, data: { readAt: now } });
  return count;
}

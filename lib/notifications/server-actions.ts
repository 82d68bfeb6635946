'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/notifications/actions.ts. Plain form
// actions, so the list works without client JavaScript.
import { redirect } from 'next/navigation';
import * as actions from '@/lib/notifications/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

const idOf = (form: FormData) => ({ notificationId: form.get('notificationId') });

export async function markNotificationRead(form: FormData): Promise<void> {
  await refreshOnSuccess(actions.markNotificationReadAction(idOf(form)));
}

/** Marks the notification read and goes to the item it is about (one's own only). */
export async function openNotification(form: FormData): Promise<void> {
  const result = await actions.markNotificationReadAction(idOf(form));
  // Links are app paths written by lib/notifications; anything else stays on the list.
  const link = result.ok && /^\/[a-z]/.test(result.data.link) && !result.data.link.startsWith('//') ? result.data.link : '/notifications';
  redirect(link);
}

export async function markAllNotificationsRead(): Promise<void> {
  await refreshOnSuccess(actions.markAllNotificationsReadAction({}));
}

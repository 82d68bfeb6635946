import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { smtpSettings } from '@/lib/env';

// Hand-off notifications (issue 12, docs/decisions/017-notifications.md). A domain handler calls
// notify() in its own transaction, so a notification exists exactly when the change that caused
// it commits. The message is the kind and params rendered in the reader's language.

/** Small values a message needs: numbers, dates as YYYY-MM-DD, codes. Never a name or an IIN. */
export type TNotificationParams = Record<string, string | number>;

export type TNotice = {
  kind: NotificationKind;
  /** Who receives it: user ids, or a rule on users (role and unit, see ./recipients.ts). */
  to: string[] | Prisma.UserWhereInput;
  entity: { type: string; id: string; link: string };
  params?: TNotificationParams;
};

/**
 * Raises one notification per recipient: active users only, never the actor, once each. When
 * e-mail is configured, a job per notification sends it after the commit (the job row is written
 * in this same transaction, so it exists only if the change does).
 */
export async function notify(tx: Tx, actor: Pick<TActor, 'id'> | null, notice: TNotice): Promise<string[]> {
  const rule: Prisma.UserWhereInput = Array.isArray(notice.to) ? { id: { in: notice.to } } : notice.to;
  const users = await tx.user.findMany({
    where: { AND: [rule, { status: 'ACTIVE' }, actor ? { id: { not: actor.id } } : {}] },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (users.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({
      recipientId: u.id,
      kind: notice.kind,
      entityType: notice.entity.type,
      entityId: notice.entity.id,
      link: notice.entity.link,
      params: notice.params ?? {},
    })),
    select: { id: true },
  });
  if (smtpSettings()) {
    for (const n of created) await enqueueJob(tx, 'notification:email', { notificationId: n.id }, { maxAttempts: 10, jobKey: `notification:email:${n.id}` });
  }
  return created.map((n) => n.id);
}

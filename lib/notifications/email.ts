import 'server-only';
import nodemailer from 'nodemailer';
import { createTranslator } from 'next-intl';
import type { Db } from '@/lib/db/client';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { LOCALES } from '@/lib/i18n/config';
import { smtpSettings } from '@/lib/env';
import { notificationMessage } from './messages';

export type TSmtp = NonNullable<ReturnType<typeof smtpSettings>>;

/**
 * Sends one notification by e-mail (the worker's `notification:email` job). The mail says only
 * that there is a new item of a kind and links to it, in Russian, Kazakh and English (a user has no
 * stored language): no name or detail of the supervised person. A failure throws, so the runner
 * retries with back-off; a notification already read, or gone, is not sent.
 */
export async function sendNotificationEmail({ db, notificationId, smtp = smtpSettings() }: { db: Db; notificationId: string; smtp?: TSmtp | null }) {
  if (!smtp) return 'disabled' as const;
  const n = await db.notification.findUnique({
    where: { id: notificationId },
    select: { kind: true, params: true, link: true, readAt: true, recipient: { select: { email: true, status: true } } },
  });
  if (!n || n.readAt || n.recipient.status !== 'ACTIVE') return 'skipped' as const;
  const link = smtp.appUrl ? `${smtp.appUrl}${n.link}` : n.link;
  const order = ['ru', 'kk', 'en'] as const satisfies readonly (typeof LOCALES)[number][];
  const parts = order.map((locale) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'notifications.email' });
    return { subject: t('subject'), text: `${t('body', { message: notificationMessage(locale, n.kind, n.params) })}\n${t('link', { link })}` };
  });
  const transport = nodemailer.createTransport(smtp.url);
  try {
    await transport.sendMail({
      from: smtp.from,
      to: n.recipient.email,
      subject: parts[0].subject,
      text: parts.map((p) => p.text).join('\n\n'),
      textEncoding: 'base64',
    });
  } finally {
    transport.close();
  }
  return 'sent' as const;
}

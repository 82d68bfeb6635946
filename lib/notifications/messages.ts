import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { TLocale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { NotificationKind } from '@/lib/generated/prisma/enums';

/** A notification's message in a language, from its kind and params (dates shown in that language). */
export function notificationMessage(locale: TLocale, kind: NotificationKind, params: unknown): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'notifications.kind' });
  const values: Record<string, string | number> = {};
  if (params && typeof params === 'object') {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'number') values[key] = value;
      else if (typeof value === 'string') values[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(new Date(`${value}T00:00:00Z`), locale) : value;
    }
  }
  // Values a message names but an older row lacks stay readable rather than failing.
  for (const key of ['filingNumber', 'hearingDate', 'outcome', 'type']) values[key] ??= '';
  values.count ??= 0;
  return t(kind, values);
}

import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { TLocale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { NotificationKind } from '@/lib/generated/prisma/enums';

/** Params that are codes, shown by their word in the language (notifications.<namespace>.<code>). */
const CODED = { outcome: 'outcome', type: 'warningType' } as const;

/** A notification's message in a language, from its kind and params (dates and codes in that language). */
export function notificationMessage(locale: TLocale, kind: NotificationKind, params: unknown): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'notifications' });
  const values: Record<string, string | number> = { filingNumber: '', hearingDate: '', outcome: '', type: '', count: 0 };
  if (params && typeof params === 'object') {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'number') values[key] = value;
      else if (typeof value !== 'string') continue;
      else if (key in CODED) {
        const id = `${CODED[key as keyof typeof CODED]}.${value}`;
        values[key] = t.has(id as never) ? t(id as never) : value;
      } else values[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(new Date(`${value}T00:00:00Z`), locale) : value;
    }
  }
  return t(`kind.${kind}`, values);
}

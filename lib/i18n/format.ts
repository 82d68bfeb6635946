import { TZDate } from '@date-fns/tz';
import { startOfMonth } from 'date-fns';
import { KZ_TIME_ZONE, kzStartOfDay, kzToday, kzTodayString } from '@/lib/time/today';

/** Calendar dates are stored as UTC midnight; format them in UTC so they never shift a day. */
export function formatDate(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

export function formatDateTime(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return (
    new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', {
      timeZone: 'Asia/Almaty',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(date) + ' (UTC+5)'
  );
}

/** Kazakhstan's one time zone since 2024: UTC+5, no daylight saving. */
export const KZ_OFFSET_MS = 5 * 3_600_000;

/** Today in Kazakhstan as YYYY-MM-DD (lib/time/today.ts is the one "today"). */
export const localToday = kzTodayString;
/** The calendar day in Kazakhstan of an instant, as UTC midnight (lib/time/today.ts). */
export const localCalendarDay = kzToday;

export { KZ_TIME_ZONE, kzStartOfDay };

/** The first day of the month in Kazakhstan that `now` falls in, as UTC midnight (legal-date form). */
export function kzMonthStart(now: Date): Date {
  const local = startOfMonth(new TZDate(now, KZ_TIME_ZONE));
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), 1));
}

import { TZDate } from '@date-fns/tz';
import { startOfMonth } from 'date-fns';

/** Calendar dates are stored as UTC midnight; format them in UTC so they never shift a day. */
export function formatDate(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

export function formatDateTime(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'Asia/Almaty', dateStyle: 'medium', timeStyle: 'short' }).format(date) + ' (UTC+5)';
}

/** Kazakhstan's one time zone since 2024: UTC+5, no daylight saving. */
export const KZ_OFFSET_MS = 5 * 3_600_000;

/** Today's calendar date in Kazakhstan (UTC+5) as YYYY-MM-DD, for date inputs. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar day in Kazakhstan of an instant, as UTC midnight: the form legal dates are stored in. */
export function localCalendarDay(now = new Date()): Date {
  return new Date(`${localToday(now)}T00:00:00Z`);
}

/**
 * Kazakhstan's single time zone since March 2024 (UTC+5). An IANA name, not "+05:00": date-fns/tz
 * caches the formatter of a named zone but throws and catches on every use of an offset string
 * (6% of a check-in write's CPU). A unit test checks the runtime's zone data gives +5.
 */
export const KZ_TIME_ZONE = 'Asia/Almaty';

/** The first day of the month in Kazakhstan that `now` falls in, as UTC midnight (legal-date form). */
export function kzMonthStart(now: Date): Date {
  const local = startOfMonth(new TZDate(now, KZ_TIME_ZONE));
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), 1));
}

/** The instant a calendar date (UTC-midnight form) begins in Kazakhstan. */
export function kzStartOfDay(day: Date): Date {
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), KZ_TIME_ZONE).getTime());
}

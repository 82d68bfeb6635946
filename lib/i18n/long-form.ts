import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { enGB, kk, ru } from 'date-fns/locale';

// Court-ready forms (issue 12): dates written out as official documents write them, units in the
// document's language, and staff names in the script of that language.

/**
 * A calendar date in its language's long form: en "1 December 2026", ru "1 декабря 2026 г."
 * (month in the genitive), kk "2026 жылғы 1 желтоқсан" (year first, "жылғы", month nominative).
 * Calendar dates are stored as UTC midnight, so the day is read in UTC and never shifts.
 */
export function formatLongDate(date: Date | string | null | undefined, locale: string): string {
  if (!date) return '—';
  const value = typeof date === 'string' ? new Date(date.length === 10 ? `${date}T00:00:00Z` : date) : date;
  if (Number.isNaN(value.getTime())) return '—';
  const utc = new TZDate(value, 'UTC');
  if (locale === 'ru') return format(utc, "d MMMM yyyy 'г.'", { locale: ru });
  if (locale === 'kk') return format(utc, "yyyy 'жылғы' d MMMM", { locale: kk });
  return format(utc, 'd MMMM yyyy', { locale: enGB });
}

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** A length in metres in the language's own unit symbol: "300 m", "300 м". */
export function formatMetres(value: number, locale: string): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale] ?? 'en-GB', { style: 'unit', unit: 'meter', unitDisplay: 'short' }).format(value);
}

/** A staff member's name in the script of the language: Cyrillic for ru and kk, Latin for en; falls back to the other script, then the display name. */
export function staffName(user: { fullName: string; fullNameCyr?: string | null; fullNameLat?: string | null }, locale: string): string {
  const [first, second] = locale === 'en' ? [user.fullNameLat, user.fullNameCyr] : [user.fullNameCyr, user.fullNameLat];
  return first?.trim() || second?.trim() || user.fullName;
}

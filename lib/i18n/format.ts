/** Calendar dates are stored as UTC midnight; format them in UTC so they never shift a day. */
export function formatDate(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

export function formatDateTime(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'Asia/Almaty', dateStyle: 'medium', timeStyle: 'short' }).format(date) + ' (UTC+5)';
}

/** Today's calendar date in Kazakhstan (UTC+5) as YYYY-MM-DD, for date inputs. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}

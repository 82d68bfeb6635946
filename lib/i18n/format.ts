/** Calendar dates are stored as UTC midnight; format them in UTC so they never shift a day. */
export function formatDate(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

export function formatDateTime(date: Date | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'Asia/Almaty', dateStyle: 'medium', timeStyle: 'short' }).format(date) + ' (UTC+5)';
}

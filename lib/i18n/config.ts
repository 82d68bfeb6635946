export const LOCALES = ['en', 'ru', 'kk'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The user's language: their saved choice (cookie), else the browser's Accept-Language. */
export function chooseLocale(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): TLocale {
  return isLocale(cookieValue) ? cookieValue : localeFromAcceptLanguage(acceptLanguage);
}

/** First supported language in an Accept-Language header, by quality; English otherwise. */
export function localeFromAcceptLanguage(header: string | null | undefined): TLocale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.base && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  return (ranked.find((x) => isLocale(x.base))?.base as TLocale | undefined) ?? DEFAULT_LOCALE;
}

/** Picks the name column of trilingual reference data. */
export function localName(row: { nameEn: string; nameRu: string; nameKk: string }, locale: string): string {
  return locale === 'ru' ? row.nameRu : locale === 'kk' ? row.nameKk : row.nameEn;
}
export function localTitle(row: { titleEn: string; titleRu: string; titleKk: string }, locale: string): string {
  return locale === 'ru' ? row.titleRu : locale === 'kk' ? row.titleKk : row.titleEn;
}

import type { TText } from '@/lib/risk/instrument';

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** The reader's language first, then the other two (an administrator checks every translation). */
export function inReaderOrder(locale: string): TLanguage[] {
  const first = (LANGUAGES as readonly string[]).includes(locale) ? (locale as TLanguage) : 'en';
  return [first, ...LANGUAGES.filter((l) => l !== first)];
}

export function textIn(text: TText, locale: string): string {
  return text[inReaderOrder(locale)[0]];
}

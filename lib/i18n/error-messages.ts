import { createTranslator } from 'next-intl';
import { chooseLocale, LOCALE_COOKIE, type TLocale } from './config';
import en from './messages/features/error-page.en.json';
import ru from './messages/features/error-page.ru.json';
import kk from './messages/features/error-page.kk.json';

// The error pages' own copy of their messages (lib/i18n/messages/features/error-page.*.json), in
// their client bundle: app/global-error.tsx replaces the root layout, so no provider gives it the
// catalogue, and app/error.tsx should not need the failed render to have shipped anything. Small:
// one namespace in three languages. docs/decisions/015-error-pages-public-surface-hygiene.md

const ERROR_MESSAGES: Record<TLocale, typeof en> = { en, ru, kk };

/** The error pages' translator for one language. */
export function errorTranslator(locale: TLocale) {
  return createTranslator({ locale, messages: ERROR_MESSAGES[locale], namespace: 'errorPage' });
}

/** The public registry's error page's own wording (the button and the reference are shared). */
export function registryErrorTranslator(locale: TLocale) {
  return createTranslator({ locale, messages: ERROR_MESSAGES[locale], namespace: 'errorPage.registry' });
}

/**
 * The visitor's language as the browser knows it, for the page that has no layout: the language
 * cookie (lib/i18n/set-locale.ts, readable by scripts) or else the browser's languages, the same
 * choice the server makes from the cookie and Accept-Language (lib/i18n/request.ts).
 */
export function browserLocale(cookie: string, languages: readonly string[]): TLocale {
  const saved = cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return chooseLocale(saved, languages.join(','));
}

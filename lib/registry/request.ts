import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { createTranslator } from 'next-intl';
import type { Db } from '@/lib/db/client';
import { clientAddressFrom } from '@/lib/http/client-address';
import { hitRateLimit, RATE_LIMITS, tooManyRequestsResponse } from '@/lib/http/rate-limit';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { chooseLocale, isLocale, LOCALE_COOKIE, type TLocale } from '@/lib/i18n/config';

/** Spends one unit of the client's budget, shared by every instance; not allowed when over the limit (docs/registry.md). */
export function allowRegistryRequest({ db = appDb, headers, kind, now }: { db?: Db; headers: Headers; kind: 'pages' | 'photos'; now?: Date }) {
  const limit = kind === 'pages' ? RATE_LIMITS.registryPages : RATE_LIMITS.registryPhotos;
  return hitRateLimit({ db, limit, address: clientAddressFrom(headers), now });
}

export function registryLocale(requested: string | null | undefined): TLocale {
  return isLocale(requested) ? requested : 'en';
}

/** The visitor's language in a route handler: the language cookie, else Accept-Language (as lib/i18n/request.ts). */
export function routeLocale(request: Request): TLocale {
  const cookie = request.headers.get('cookie') ?? '';
  const chosen = cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return chooseLocale(chosen, request.headers.get('accept-language'));
}

/** Translator for the registry's own strings in a route handler. */
export function registryTranslator(locale: TLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'registry' });
}

/** The translated 429 answer of the photo and CSV routes. */
export function tooManyRequests(request: Request, retryAfterSeconds: number): Response {
  const t = registryTranslator(routeLocale(request));
  return tooManyRequestsResponse(t('tooManyText'), retryAfterSeconds);
}

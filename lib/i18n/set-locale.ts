'use server';

import 'server-only';
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from './config';

// Choosing a language changes no record, so it is not an audited action; it needs no sign-in
// because the sign-in page offers it too.
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}

import 'server-only';
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { chooseLocale, LOCALE_COOKIE } from './config';
import { MESSAGES } from './catalogues';

// No locale in the URL: the user's choice lives in a cookie; the first visit follows the
// browser's Accept-Language (docs/i18n.md).
export default getRequestConfig(async () => {
  const locale = chooseLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: 'Asia/Almaty',
  };
});

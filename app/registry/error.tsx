'use client';

import { useLocale } from 'next-intl';
import { ErrorNotice } from '@/components/layout/error-notice';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';

// The public registry failed (e.g. its database is unavailable): the registry's own frame (header,
// language switcher) stays, and the page speaks to the public, not to staff.
export default function RegistryError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useLocale();
  return <ErrorNotice variant="registry" locale={isLocale(locale) ? locale : DEFAULT_LOCALE} error={error} retry={retry} />;
}

'use client';

import { useLocale } from 'next-intl';
import { ErrorNotice } from '@/components/layout/error-notice';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';

// A page or layout below the root failed (e.g. the database is unavailable): the root layout, its
// language and its provider are still there. The server logs the error with the digest shown here.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useLocale();
  return (
    <main className="px-4 py-16">
      <ErrorNotice locale={isLocale(locale) ? locale : DEFAULT_LOCALE} error={error} retry={retry} />
    </main>
  );
}

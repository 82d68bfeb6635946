'use client';

import { useSyncExternalStore } from 'react';
import { ErrorDocument } from '@/components/layout/error-notice';
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { browserLocale } from '@/lib/i18n/error-messages';
import './globals.css';

const noSubscription = () => () => {};

// The root layout itself failed: this page replaces it, document and all, with no provider and no
// catalogue. Its language is the browser's (the language cookie, else navigator.languages); the
// server's render of it, which cannot know, says it in English until the browser takes over.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(
    noSubscription,
    () => browserLocale(document.cookie, navigator.languages),
    () => DEFAULT_LOCALE,
  );
  return <ErrorDocument locale={locale} error={error} retry={retry} />;
}

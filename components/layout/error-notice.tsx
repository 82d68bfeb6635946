'use client';

import type { TLocale } from '@/lib/i18n/config';
import { errorTranslator, registryErrorTranslator } from '@/lib/i18n/error-messages';

/** The digest Next gives a server error (the same one is in the server's log), if any. */
function digestOf(error: unknown): string | undefined {
  const digest = error instanceof Error ? (error as Error & { digest?: unknown }).digest : undefined;
  return typeof digest === 'string' && digest ? digest : undefined;
}

/**
 * What an error page says (app/error.tsx, app/registry/error.tsx, app/global-error.tsx): what
 * happened, that nothing was saved, what to do, the reference to quote, and a button that tries the
 * request again. The messages come with the component (lib/i18n/error-messages.ts), not from a
 * provider: the page that has no layout has none.
 */
export function ErrorNotice({ locale, error, retry, variant = 'app' }: { locale: TLocale; error: unknown; retry: () => void; variant?: 'app' | 'registry' }) {
  const t = errorTranslator(locale);
  const registry = variant === 'registry';
  const own = registry ? registryErrorTranslator(locale) : t;
  const digest = digestOf(error);
  return (
    <section role="alert" aria-labelledby="error-heading" className="card mx-auto flex max-w-xl flex-col gap-3" data-testid="error-page">
      <h1 id="error-heading" className="text-2xl font-semibold">
        {own('heading')}
      </h1>
      <p>{own('what')}</p>
      <p>{own('nothingSaved')}</p>
      <p>{own('whatToDo')}</p>
      {digest && (
        <p className="text-sm text-slate-600" data-testid="error-reference">
          {t('reference', { digest })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" className="btn" onClick={() => retry()}>
          {t('retry')}
        </button>
        <a href={registry ? '/registry' : '/'} className="link">
          {own('home')}
        </a>
      </div>
    </section>
  );
}

/** The whole document for app/global-error.tsx, which replaces the root layout. */
export function ErrorDocument({ locale, error, retry }: { locale: TLocale; error: unknown; retry: () => void }) {
  return (
    <html lang={locale}>
      <body>
        <title>{errorTranslator(locale)('title')}</title>
        <main className="px-4 py-16">
          <ErrorNotice locale={locale} error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}

import { getTranslations } from 'next-intl/server';

/**
 * Previous/next as plain links keeping the search. Not next/link: its prefetching would spend the
 * visitor's rate-limit budget on pages they may never open.
 */
export async function PageLinks({ page, pageCount, q, region }: { page: number; pageCount: number; q?: string; region?: string }) {
  const t = await getTranslations('registry');
  const href = (p: number) => `/registry?${new URLSearchParams({ ...(q ? { q } : {}), ...(region ? { region } : {}), page: String(p) }).toString()}`;
  return (
    <nav aria-label={t('pagesLabel')} className="flex items-center justify-between text-sm">
      <span>{t('pageSummary', { page, pageCount })}</span>
      <span className="flex gap-2">
        {page > 1 && (
          <a className="btn-secondary py-1" rel="prev" href={href(page - 1)}>
            {t('previous')}
          </a>
        )}
        {page < pageCount && (
          <a className="btn-secondary py-1" rel="next" href={href(page + 1)}>
            {t('next')}
          </a>
        )}
      </span>
    </nav>
  );
}

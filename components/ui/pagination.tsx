import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * Previous/next links that keep the current query string. `capped`: the list counted only up to
 * `total` (exact counts of large result sets cost a full scan), so it says "more than".
 */
export async function Pagination({
  page,
  pageCount,
  total,
  capped = false,
  basePath,
  params,
}: {
  page: number;
  pageCount: number;
  total: number;
  capped?: boolean;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations('pagination');
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${basePath}?${search.toString()}`;
  };
  return (
    <nav aria-label={t('label')} className="mt-4 flex items-center justify-between text-sm">
      <span>{capped ? t('summaryCapped', { page, pageCount, total }) : t('summary', { page, pageCount, total })}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className="btn-secondary py-1" href={href(page - 1)}>
            {t('previous')}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className="btn-secondary py-1" href={href(page + 1)}>
            {t('next')}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { findRegistryEntries } from '@/lib/registry/find-registry-entries';
import { countRegistryByRegion } from '@/lib/registry/count-by-region';
import { ZRegistrySearch } from '@/lib/registry/search';
import { registryLocale } from '@/lib/registry/request';
import { RegistryEntry } from '@/components/registry/registry-entry';
import { RegistrySearchForm } from '@/components/registry/registry-search-form';
import { RegionCounts } from '@/components/registry/region-counts';
import { PageLinks } from '@/components/registry/page-links';
import { PERSON_DATA_ROBOTS_METADATA } from '@/lib/registry/indexing';

// Not for search engines' index or cache (docs/registry.md, "Search engines"; proxy.ts sends the same as a header).
export const metadata: Metadata = { robots: PERSON_DATA_ROBOTS_METADATA };

// The public registry the law requires: no sign-in. Server components only, so nothing but the
// allow-listed fields (lib/registry/find-registry-entries.ts) reaches the HTML or the RSC payload.
// Public data: searches are rate-limited per client (in proxy.ts, which can answer 429) but not
// written to the audit trail.
export default async function RegistryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations('registry');
  const locale = registryLocale(await getLocale());
  const query = ZRegistrySearch.parse(await searchParams);
  const [result, regions] = await Promise.all([findRegistryEntries({ query, locale }), countRegistryByRegion({ q: query.q, locale })]);
  const csvQuery = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.region ? { region: query.region } : {}) }).toString();

  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-sm text-slate-700">{t('intro')}</p>
        <a href="/registry/rules" className="link text-sm">
          {t('rulesLink')}
        </a>
      </div>
      <RegistrySearchForm q={query.q} region={query.region} regions={regions} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="font-medium" data-testid="registry-count">
          {t('resultCount', { total: result.total })}
        </p>
        {result.total > 0 && (
          <a href={csvQuery ? `/registry/export?${csvQuery}` : '/registry/export'} className="btn-secondary py-1 text-sm" download>
            {t('csv')}
          </a>
        )}
      </div>
      {result.entries.length === 0 ? (
        <p className="card text-slate-600">{t('noMatches')}</p>
      ) : (
        <ul aria-label={t('entriesLabel')} className="flex flex-col gap-3">
          {/* Keys are list positions on purpose: React keys travel in the RSC payload. */}
          {result.entries.map((entry, i) => (
            <RegistryEntry key={i} entry={entry} />
          ))}
        </ul>
      )}
      {result.pageCount > 1 && <PageLinks page={result.page} pageCount={result.pageCount} q={query.q} region={query.region} />}
      <RegionCounts q={query.q} regions={regions} />
    </>
  );
}

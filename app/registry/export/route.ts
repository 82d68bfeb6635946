import { csvResponse } from '@/lib/exports/csv';
import { ZRegistrySearch } from '@/lib/registry/search';
import { REGISTRY_CSV_COLUMNS, registryCsvRows } from '@/lib/registry/export-registry';
import { allowRegistryRequest, registryTranslator, routeLocale, tooManyRequests } from '@/lib/registry/request';

// The current public search as CSV: same filters, same allow-listed columns as the page, and the
// page's rate limit. Public data, so not audited per request.
export async function GET(request: Request) {
  const limit = await allowRegistryRequest({ headers: request.headers, kind: 'pages' });
  if (!limit.allowed) return tooManyRequests(request, limit.retryAfterSeconds);
  const url = new URL(request.url);
  const query = ZRegistrySearch.parse(Object.fromEntries(url.searchParams.entries()));
  const locale = routeLocale(request);
  const t = registryTranslator(locale);
  return csvResponse({
    filename: 'registry',
    header: REGISTRY_CSV_COLUMNS.map((c) => t(`columns.${c}`)),
    pages: registryCsvRows({ query, locale, origin: url.origin }),
  });
}

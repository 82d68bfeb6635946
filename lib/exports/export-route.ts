import { getLocale } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import type { TPermission } from '@/lib/auth/permissions';
import { isLocale, type TLocale } from '@/lib/i18n/config';
import { auditFilters } from '@/lib/audit/search-terms';
import { defineRoute } from '@/lib/http/define-route';
import { csvFilename, csvStream, type TCsvCell } from './csv';
import { exportHeader } from './lists';

type TExport = { columns: string[]; filters: Record<string, unknown>; rows: AsyncIterable<TCsvCell[][]> };

/**
 * A signed-in CSV export, as a route (defineRoute): the same permission as the list's page (else
 * not found, audited), audited as `export.<list>` before the first byte, then streamed. `build`
 * gets the actor so the rows use the list's own scoped query. The filters go into the audit
 * event with every free-text value as a keyed hash; `readable` names the ones kept in clear
 * (codes, ids, dates: lib/audit/search-terms.ts).
 */
export function defineExport(config: {
  list: string;
  permission: TPermission;
  readable: readonly string[];
  build: (args: { actor: TActor; request: Request; locale: TLocale }) => TExport;
}) {
  return defineRoute({
    name: `export.${config.list}`,
    permission: config.permission,
    handler: async ({ actor, request }) => {
      const locale = await requestLocale();
      const { columns, filters, rows } = config.build({ actor, request, locale });
      return {
        body: csvStream({ header: exportHeader(locale, columns), pages: rows }),
        contentType: 'text/csv; charset=utf-8',
        filename: csvFilename(config.list),
        audit: { details: { filters: auditFilters(filters, config.readable) } },
      };
    },
  });
}

/** The user's language for column headers; English where no request config exists (tests, scripts). */
async function requestLocale(): Promise<TLocale> {
  try {
    const requested = await getLocale();
    return isLocale(requested) ? requested : 'en';
  } catch {
    return 'en';
  }
}

/** URL search parameters as the plain object the lists' zod query schemas take. */
export function searchObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

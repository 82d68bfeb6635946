import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission, type TPermission } from '@/lib/auth/permissions';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { isLocale, type TLocale } from '@/lib/i18n/config';
import { csvResponse, type TCsvCell } from './csv';
import { auditExport, exportHeader } from './lists';

type TExport = { list: string; columns: string[]; filters: Record<string, unknown>; rows: AsyncIterable<TCsvCell[][]> };

/**
 * A signed-in CSV export: the same permission as the list's page (else not found), audited, then
 * streamed. `build` gets the actor so the rows use the list's own scoped query.
 */
export async function exportCsv(permission: TPermission, build: (args: { actor: TActor; meta: TRequestMeta; locale: TLocale }) => TExport | Promise<TExport>) {
  const { actor, meta } = await getRequest();
  if (!actor || !hasPermission(actor.role, permission)) notFound();
  const locale = await requestLocale();
  const { list, columns, filters, rows } = await build({ actor, meta, locale });
  await auditExport({ db, actor, meta, list, filters });
  return csvResponse({ filename: list, header: exportHeader(locale, columns), pages: rows });
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

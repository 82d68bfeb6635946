import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TLocale } from '@/lib/i18n/config';
import { keysetPages, type TCsvCell } from '@/lib/exports/csv';
import { REGISTRY_SELECT, registrySearchWhere, toRegistryEntry, type TRegistryEntry } from './find-registry-entries';
import type { TRegistrySearch } from './search';

/** The CSV columns: exactly what the page publishes (i18n keys under registry.columns). */
export const REGISTRY_CSV_COLUMNS = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'locality',
  'street',
  'building',
  'region',
  'articles',
  'photo',
] as const;

export function registryCsvCells(entry: TRegistryEntry, origin: string): TCsvCell[] {
  const a = entry.address;
  return [
    entry.lastName,
    entry.firstName,
    entry.middleName,
    entry.birthDate.toISOString().slice(0, 10),
    a?.locality,
    a?.street,
    a?.building,
    entry.region,
    entry.articles.map((x) => `${x.code} ${x.title}`).join('; '),
    entry.photoId ? `${origin}/registry/photo/${entry.photoId}` : '',
  ];
}

/**
 * Every entry of a public search (all pages), streamed in batches. The person id is only the
 * keyset cursor here; the rows go through the same allow-list mapping as the page.
 */
export async function* registryCsvRows({
  db = appDb,
  query,
  locale,
  origin,
  now = new Date(),
}: {
  db?: Db;
  query: Pick<TRegistrySearch, 'q' | 'region'>;
  locale: TLocale;
  origin: string;
  now?: Date;
}): AsyncGenerator<TCsvCell[][]> {
  const where = registrySearchWhere(query, now);
  const pages = keysetPages((cursor, take) =>
    db.person.findMany({ where, orderBy: { id: 'asc' }, take, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}), select: REGISTRY_SELECT }),
  );
  for await (const rows of pages) yield rows.map((row) => registryCsvCells(toRegistryEntry(row, locale), origin));
}

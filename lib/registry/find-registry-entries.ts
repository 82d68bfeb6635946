import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { localName, localTitle, type TLocale } from '@/lib/i18n/config';
import { CURRENT_REGISTERED_ADDRESS, listedSql, listedWhere, registryToday } from './rule';
import { findPersonIdPage, inOrderOf } from '@/lib/persons/search-sql';
import { nameWhere, regionWhere, registryFilterSql, REGISTRY_PAGE_SIZE, type TRegistrySearch } from './search';

// What the public registry publishes, and nothing more (docs/registry.md): photo, full name,
// birth date, registered address to street level, region, conviction articles. The select below
// is the allow-list; rows are mapped field by field so a column added to the select by mistake
// still never reaches the page. No IIN, no internal person id, no apartment, no coordinates.

export type TRegistryEntry = {
  /** PersonPhoto id of the latest photo, for /registry/photo/[photoId]; null when none. */
  photoId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date;
  /** Street level only: never the apartment. */
  address: { locality: string; street: string; building: string } | null;
  region: string;
  articles: { code: string; title: string }[];
};

const trilingual = { nameEn: true, nameRu: true, nameKk: true } as const;

/** The only columns the registry reads. `id` is selected for ordering/keyset paging only. */
export const REGISTRY_SELECT = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  birthDate: true,
  district: { select: { region: { select: trilingual } } },
  addresses: {
    where: CURRENT_REGISTERED_ADDRESS,
    orderBy: [{ validFrom: 'desc' }, { createdAt: 'desc' }],
    take: 1,
    select: { locality: true, street: true, building: true },
  },
  photos: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { id: true } },
  convictions: { orderBy: { verdictDate: 'asc' }, select: { article: { select: { code: true, titleEn: true, titleRu: true, titleKk: true } } } },
} satisfies Prisma.PersonSelect;

type TRegistryRow = Prisma.PersonGetPayload<{ select: typeof REGISTRY_SELECT }>;

/** Maps one row to the published shape, explicitly (never spread a database row). */
export function toRegistryEntry(row: TRegistryRow, locale: TLocale): TRegistryEntry {
  const address = row.addresses[0];
  const articles = new Map<string, string>();
  for (const c of row.convictions) if (!articles.has(c.article.code)) articles.set(c.article.code, localTitle(c.article, locale));
  return {
    photoId: row.photos[0]?.id ?? null,
    lastName: row.lastName,
    firstName: row.firstName,
    middleName: row.middleName,
    birthDate: row.birthDate,
    address: address ? { locality: address.locality, street: address.street, building: address.building } : null,
    region: localName(row.district.region, locale),
    articles: [...articles].map(([code, title]) => ({ code, title })),
  };
}

/** The full filter of a public search: the inclusion rule, the name words, the region. */
export function registrySearchWhere(query: Pick<TRegistrySearch, 'q' | 'region'>, now = new Date()): Prisma.PersonWhereInput {
  return { AND: [listedWhere(registryToday(now)), ...nameWhere(query.q), ...regionWhere(query.region)] };
}

/** No cap: the public registry states exact totals. */
const EXACT = 10_000_000;

/** One page of the public registry: the page's ids and the total in SQL, then the rows. */
export async function findRegistryEntries({ db = appDb, query, locale, now = new Date() }: { db?: Db; query: TRegistrySearch; locale: TLocale; now?: Date }) {
  const where = [listedSql(registryToday(now)), ...registryFilterSql(query)];
  const found = await findPersonIdPage({ db, where, fenced: Boolean(query.q), page: query.page, pageSize: REGISTRY_PAGE_SIZE, cap: EXACT });
  const rows = await db.person.findMany({ where: { id: { in: found.ids } }, select: REGISTRY_SELECT });
  return {
    entries: inOrderOf(found.ids, rows).map((row) => toRegistryEntry(row, locale)),
    total: found.total,
    page: query.page,
    pageCount: found.pageCount,
  };
}

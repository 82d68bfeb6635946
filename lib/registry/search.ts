import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { nameTermsSql, searchTerms } from '@/lib/persons/search-sql';
import { zPage, zQueryId, zQueryText } from '@/lib/validation/fields';

export const REGISTRY_PAGE_SIZE = 20;

/**
 * The public search as it arrives in the URL. Anything malformed falls back to "no filter"
 * rather than an error page: the form is public and plain GET.
 */
export const ZRegistrySearch = z.object({
  q: zQueryText(100),
  region: zQueryId,
  page: zPage,
});

export type TRegistrySearch = z.output<typeof ZRegistrySearch>;

/**
 * Name filter: every word (up to four) must start or appear in the last, first or middle name,
 * case-insensitively. Aliases are deliberately not searched: the registry does not publish them.
 */
export function nameWhere(q: string | undefined): Prisma.PersonWhereInput[] {
  if (!q) return [];
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((term) => ({
      OR: [
        { lastName: { contains: term, mode: 'insensitive' } },
        { firstName: { contains: term, mode: 'insensitive' } },
        { middleName: { contains: term, mode: 'insensitive' } },
      ],
    }));
}

export function regionWhere(regionCode: string | undefined): Prisma.PersonWhereInput[] {
  // The person's own region column (kept from the district by a trigger): one indexed join.
  return regionCode ? [{ region: { code: regionCode } }] : [];
}

/** nameWhere and regionWhere as SQL on a "Person" row aliased `p`. */
export function registryFilterSql(query: Pick<TRegistrySearch, 'q' | 'region'>): Prisma.Sql[] {
  return [
    ...nameTermsSql(searchTerms(query.q), { aliases: false, iin: false }),
    ...(query.region ? [Prisma.sql`p."regionId" = (SELECT r.id FROM "public"."Region" r WHERE r.code = ${query.region})`] : []),
  ];
}

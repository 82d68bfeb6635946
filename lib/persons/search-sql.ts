import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/client';
import { containsPattern, prefixPattern } from '@/lib/db/like';

// Name search at national scale. Each word of the query must appear in a name (or an alias);
// the trigram indexes (pg_trgm) answer "contains" directly. One trap: with ORDER BY name and a
// LIMIT, PostgreSQL prefers to walk the name index in order and test every row (36,000 rows for
// a rare surname at 50,000 persons, 250 ms). The matching set is therefore computed first, behind
// an optimisation fence (OFFSET 0), and only then sorted and cut to a page.

/** Up to four words: digits are an IIN prefix, anything else part of a name. */
export function searchTerms(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
}

/** Every word matches, on a "Person" row aliased `p`. */
export function nameTermsSql(terms: string[], { aliases, iin }: { aliases: boolean; iin: boolean }): Prisma.Sql[] {
  return terms.map((term) => {
    if (iin && /^\d+$/.test(term)) return Prisma.sql`p.iin LIKE ${prefixPattern(term)}`;
    const pattern = containsPattern(term);
    const names = Prisma.sql`p."lastName" ILIKE ${pattern} OR p."firstName" ILIKE ${pattern} OR p."middleName" ILIKE ${pattern}`;
    return aliases
      ? Prisma.sql`(${names} OR EXISTS (SELECT 1 FROM "public"."PersonAlias" a WHERE a."personId" = p.id AND (a."lastName" ILIKE ${pattern} OR a."firstName" ILIKE ${pattern})))`
      : Prisma.sql`(${names})`;
  });
}

/**
 * One page of person ids matching `where` (SQL on "Person" p) in name order, and the number of
 * matches counted up to `cap` (`capped` when there are more).
 */
export async function findPersonIdPage({
  db,
  where,
  fenced,
  page,
  pageSize,
  cap,
}: {
  db: Db;
  where: Prisma.Sql[];
  fenced: boolean;
  page: number;
  pageSize: number;
  cap: number;
}) {
  const condition = where.length ? Prisma.join(where, ' AND ') : Prisma.sql`TRUE`;
  const matches = Prisma.sql`SELECT p.id, p."lastName", p."firstName", p."middleName" FROM "public"."Person" p WHERE ${condition}`;
  const [ids, [counted]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM (${matches} ${fenced ? Prisma.sql`OFFSET 0` : Prisma.empty}) m
      ORDER BY m."lastName", m."firstName", m."middleName" NULLS FIRST, m.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "public"."Person" p WHERE ${condition} LIMIT ${cap + 1}) c`,
  ]);
  const total = Math.min(counted.n, cap);
  return { ids: ids.map((r) => r.id), total, capped: counted.n > cap, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Rows loaded by id, put back in the order of `ids`. */
export function inOrderOf<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

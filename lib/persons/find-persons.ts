import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { personScope, personScopeSql } from './scope';
import { findPersonIdPage, inOrderOf, nameTermsSql, searchTerms } from './search-sql';

export const PERSONS_PAGE_SIZE = 25;

/** Search by name, alias or IIN (prefix), optionally one district, always within scope. */
export function personSearchWhere(actor: TActor, { q, districtId }: { q?: string; districtId?: string }): Prisma.PersonWhereInput {
  const filters: Prisma.PersonWhereInput[] = [personScope(actor)];
  if (districtId) filters.push({ districtId });
  if (q) {
    const terms = q.split(/\s+/).filter(Boolean).slice(0, 4);
    for (const term of terms) {
      filters.push(
        /^\d+$/.test(term)
          ? { iin: { startsWith: term } }
          : {
              OR: [
                { lastName: { contains: term, mode: 'insensitive' } },
                { firstName: { contains: term, mode: 'insensitive' } },
                { middleName: { contains: term, mode: 'insensitive' } },
                { aliases: { some: { OR: [{ lastName: { contains: term, mode: 'insensitive' } }, { firstName: { contains: term, mode: 'insensitive' } }] } } },
              ],
            },
      );
    }
  }
  return { AND: filters };
}

/** A search that matches more than this says "more than 1,000": refine it (an exact count is a scan). */
export const PERSONS_COUNT_CAP = 1000;

export async function findPersons({ db = appDb, actor, q, districtId, page }: { db?: Db; actor: TActor; q?: string; districtId?: string; page: number }) {
  const terms = searchTerms(q);
  const where = [
    personScopeSql(actor),
    ...(districtId ? [Prisma.sql`p."districtId" = ${districtId}`] : []),
    ...nameTermsSql(terms, { aliases: true, iin: true }),
  ];
  const found = await findPersonIdPage({ db, where, fenced: terms.length > 0, page, pageSize: PERSONS_PAGE_SIZE, cap: PERSONS_COUNT_CAP });
  const rows = await db.person.findMany({
    where: { id: { in: found.ids } },
    select: {
      id: true,
      iin: true,
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      district: { select: { nameEn: true, nameRu: true, nameKk: true } },
      orders: { where: { status: 'ACTIVE' }, select: { endDate: true, lifelong: true }, take: 1, orderBy: { startDate: 'desc' } },
    },
  });
  return { total: found.total, capped: found.capped, rows: inOrderOf(found.ids, rows), page, pageCount: found.pageCount };
}

import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { personScope } from './scope';

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

export async function findPersons({ db, actor, q, districtId, page }: { db: Db; actor: TActor; q?: string; districtId?: string; page: number }) {
  const where = personSearchWhere(actor, { q, districtId });
  const [counted, rows] = await Promise.all([
    db.person.count({ where, take: PERSONS_COUNT_CAP + 1 }),
    db.person.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * PERSONS_PAGE_SIZE,
      take: PERSONS_PAGE_SIZE,
      select: {
        id: true, iin: true, lastName: true, firstName: true, middleName: true, birthDate: true,
        district: { select: { nameEn: true, nameRu: true, nameKk: true } },
        orders: { where: { status: 'ACTIVE' }, select: { endDate: true, lifelong: true }, take: 1, orderBy: { startDate: 'desc' } },
      },
    }),
  ]);
  const total = Math.min(counted, PERSONS_COUNT_CAP);
  return { total, capped: counted > PERSONS_COUNT_CAP, rows, page, pageCount: Math.max(1, Math.ceil(total / PERSONS_PAGE_SIZE)) };
}

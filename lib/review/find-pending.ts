import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { personScope } from '@/lib/persons/scope';
import { PENDING_REVIEW_WHERE } from './rule';

export const REVIEW_PAGE_SIZE = 50;

export const ZReviewQuery = z.object({
  districtId: z
    .string()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TReviewQuery = z.output<typeof ZReviewQuery>;

/** Persons awaiting review that this actor may see (a supervisor: their region), narrowed by district. */
function pendingWhere(actor: TActor, districtId?: string): Prisma.PersonWhereInput {
  return { AND: [personScope(actor), PENDING_REVIEW_WHERE, districtId ? { districtId } : {}] };
}

/**
 * One page of imported persons awaiting review, by name, with what a supervisor checks before
 * assigning them: IIN, district, conviction articles and the end of their latest order. Reads the
 * (reviewStatus, regionId, lastName, firstName, id) index.
 */
export async function findPendingReview({ db = appDb, actor, query }: { db?: Db; actor: TActor; query: TReviewQuery }) {
  const where = pendingWhere(actor, query.districtId);
  const total = await db.person.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.person.findMany({
    where,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: {
      id: true,
      version: true,
      iin: true,
      lastName: true,
      firstName: true,
      middleName: true,
      districtId: true,
      district: { select: { nameEn: true, nameRu: true, nameKk: true } },
      convictions: { orderBy: { verdictDate: 'asc' }, select: { article: { select: { code: true } } } },
      orders: { orderBy: { startDate: 'desc' }, take: 1, select: { status: true, endDate: true, lifelong: true } },
    },
  });
  return { rows, total, page, pageCount };
}

/** How many persons await this actor's review (the navigation badge). */
export async function countPendingReview({ db, actor }: { db: Db; actor: TActor }) {
  return db.person.count({ where: pendingWhere(actor) });
}

import 'server-only';
import { db as appDb, type Db, type Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ConflictError, NotFoundError } from '@/lib/actions/errors';
import { publicOrderScope } from './scope';
import type { TUpdatePublicOrderPerson } from './schemas';

// The list of public-order records and the correction of one (issue 14,
// docs/decisions/031-public-order-records.md). Always within publicOrderScope.

export const PUBLIC_ORDER_PAGE_SIZE = 25;

/** Records in scope matching every term: digits as an IIN prefix, words in a name. */
export function publicOrderSearchWhere(actor: TActor, q?: string): Prisma.PublicOrderPersonWhereInput {
  const filters: Prisma.PublicOrderPersonWhereInput[] = [publicOrderScope(actor)];
  for (const term of (q ?? '').split(/\s+/).filter(Boolean).slice(0, 4)) {
    filters.push(
      /^\d+$/.test(term)
        ? { iin: { startsWith: term } }
        : {
            OR: [
              { lastName: { contains: term, mode: 'insensitive' } },
              { firstName: { contains: term, mode: 'insensitive' } },
              { middleName: { contains: term, mode: 'insensitive' } },
            ],
          },
    );
  }
  return { AND: filters };
}

/** One page of the records in scope, by name, with their district, incident count and last incident. */
export async function findPublicOrderPersons({ db = appDb, actor, q, page }: { db?: Db; actor: TActor; q?: string; page: number }) {
  const where = publicOrderSearchWhere(actor, q);
  const total = await db.publicOrderPerson.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_ORDER_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await db.publicOrderPerson.findMany({
    where,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * PUBLIC_ORDER_PAGE_SIZE,
    take: PUBLIC_ORDER_PAGE_SIZE,
    select: {
      id: true,
      iin: true,
      lastName: true,
      firstName: true,
      middleName: true,
      lastIncidentOn: true,
      district: { select: { nameEn: true, nameRu: true, nameKk: true } },
      _count: { select: { incidents: true } },
    },
  });
  return { rows, total, page: current, pageCount };
}

/**
 * Corrects names and address of a record in scope, if nobody changed it since the version the
 * form read (else ConflictError: the second editor keeps their input and reloads).
 */
export async function updatePublicOrderPerson({ tx, actor, input }: { tx: Tx; actor: TActor; input: TUpdatePublicOrderPerson }) {
  const found = await tx.publicOrderPerson.findFirst({ where: { AND: [{ id: input.id }, publicOrderScope(actor)] }, select: { id: true } });
  if (!found) throw new NotFoundError('PublicOrderPerson');
  const { count } = await tx.publicOrderPerson.updateMany({
    where: { id: input.id, version: input.version },
    data: {
      lastName: input.lastName,
      firstName: input.firstName,
      middleName: input.middleName ?? null,
      locality: input.locality,
      street: input.street,
      building: input.building,
      apartment: input.apartment ?? null,
      version: { increment: 1 },
    },
  });
  if (count !== 1) throw new ConflictError({ key: 'publicOrderRecord.validation.editConflict' });
  return { id: input.id, version: input.version + 1 };
}

import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import { zQueryId } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PetitionStatus } from '@/lib/generated/prisma/enums';
import { personScope } from '@/lib/persons/scope';
import { addCalendarDays, daysFromToday, kzToday } from '@/lib/time/today';
import { NOT_ASSESSED, zBandFilter } from '@/lib/risk/oversight';

// Orders that would lapse unnoticed: ending within 180 days (or already past their end) with
// no petition pending. An order never lapses by itself: past its end it stays active and is
// listed as expired until someone acts (issue 4, item 1). Days count from Kazakhstan's today.

export const PENDING_PETITION: PetitionStatus[] = ['DRAFT', 'ENDORSED', 'FILED', 'HEARING_SET'];
export const EXPIRY_WINDOWS = [30, 90, 180] as const;
export const EXPIRY_PAGE_SIZE = 25;

export const ZExpiryQuery = z.object({
  within: z.coerce
    .number()
    .pipe(z.union([z.literal(30), z.literal(90), z.literal(180)]))
    .catch(180),
  // Narrowing within scope, for links from the dashboard.
  districtId: zQueryId,
  officerId: zQueryId,
  // Only persons an officer flagged for a petition, whatever their end date (lib/escalation).
  flagged: z.literal('1').optional().catch(undefined),
  /** A current risk band code, or "none" (not assessed); and "band" sorts by band, highest first, not assessed last. */
  band: zBandFilter,
  sort: z.enum(['band']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function expiringWhere(actor: TActor, within: number, now: Date): Prisma.SupervisionOrderWhereInput {
  return {
    status: 'ACTIVE',
    lifelong: false,
    endDate: { lte: addCalendarDays(kzToday(now), within) },
    petitions: { none: { status: { in: PENDING_PETITION } } },
    person: personScope(actor),
  };
}

/** Orders of persons in a current risk band, or not assessed ("none"); everything without a band filter. */
export function bandWhere(band: string | undefined): Prisma.SupervisionOrderWhereInput {
  if (!band) return {};
  return { person: band === NOT_ASSESSED ? { riskBandRank: null } : { riskBandCode: band } };
}

/** Most urgent first: already expired, then by end date. */
export async function findExpiringOrders({
  db = appDb,
  actor,
  within,
  page,
  districtId,
  officerId,
  flagged = false,
  band,
  sort,
  now = new Date(),
}: {
  db?: Db;
  actor: TActor;
  within: number;
  page: number;
  districtId?: string;
  officerId?: string;
  flagged?: boolean;
  band?: string;
  sort?: 'band';
  now?: Date;
}) {
  // A flag is a reason to act whatever the end date: the flagged filter drops the window.
  const base = flagged
    ? {
        ...expiringWhere(actor, within, now),
        endDate: undefined,
        person: { AND: [personScope(actor), { petitionFlags: { some: { status: 'OPEN' as const } } }] },
      }
    : expiringWhere(actor, within, now);
  const where: Prisma.SupervisionOrderWhereInput = {
    AND: [base, districtId ? { person: { districtId } } : {}, officerId ? { person: { officerId } } : {}, bandWhere(band)],
  };
  const [total, rows] = [
    await db.supervisionOrder.count({ where }),
    await db.supervisionOrder.findMany({
      where,
      orderBy:
        sort === 'band'
          ? [{ person: { riskBandRank: { sort: 'desc', nulls: 'last' } } }, { endDate: 'asc' }, { id: 'asc' }]
          : [{ endDate: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * EXPIRY_PAGE_SIZE,
      take: EXPIRY_PAGE_SIZE,
      select: {
        id: true,
        endDate: true,
        rulingNumber: true,
        person: {
          select: {
            id: true,
            lastName: true,
            firstName: true,
            middleName: true,
            iin: true,
            riskBandCode: true,
            district: { select: { nameEn: true, nameRu: true, nameKk: true } },
            petitionFlags: { where: { status: 'OPEN' }, take: 1, select: { id: true, createdAt: true, flaggedBy: { select: { fullName: true } } } },
          },
        },
      },
    }),
  ];
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / EXPIRY_PAGE_SIZE)),
    rows: rows.map(({ person: { petitionFlags, ...person }, ...r }) => ({
      ...r,
      person,
      flag: petitionFlags[0] ?? null,
      daysLeft: daysFromToday(r.endDate!, now),
    })),
  };
}

/** The navigation count: everything within 180 days, expired included. */
export async function countExpiringOrders({ db, actor, now = new Date() }: { db: Db; actor: TActor; now?: Date }) {
  return db.supervisionOrder.count({ where: expiringWhere(actor, 180, now) });
}

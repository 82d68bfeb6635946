import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { KZ_OFFSET_MS } from '@/lib/i18n/format';
import { kzStartOfToday } from '@/lib/time/today';
import { personFilterWhere, ZDashboardFilter } from './filters';
import { VIOLATION_STATUSES, VIOLATION_TYPES } from './figures';

// The lists behind the dashboard's monthly figures: the same month (Kazakhstan time), the same
// persons and the same definitions as the aggregate queries in figures.ts and compliance.ts.

export const LIST_PAGE_SIZE = 25;

const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const ZCheckInList = ZDashboardFilter.pick({ districtId: true, officerId: true }).extend({
  month: zMonth.catch(() => new Date().toISOString().slice(0, 7)),
  /** OVERDUE: still scheduled, due before today (any month): the dashboard's "needs action now" figure. */
  outcome: z.enum(['DUE', 'ATTENDED', 'MISSED', 'EXCUSED', 'OVERDUE']).catch('DUE'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TCheckInList = z.output<typeof ZCheckInList>;

export const ZViolationList = ZDashboardFilter.pick({ districtId: true, officerId: true }).extend({
  month: zMonth.optional().catch(undefined),
  type: z.enum(VIOLATION_TYPES).optional().catch(undefined),
  status: z.enum(VIOLATION_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TViolationList = z.output<typeof ZViolationList>;

function monthBounds(month: string) {
  const start = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  const end = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1);
  return { gte: new Date(start - KZ_OFFSET_MS), lt: new Date(end - KZ_OFFSET_MS) };
}

export function checkInListWhere(actor: TActor, query: TCheckInList, now: Date): Prisma.CheckInWhereInput {
  // The same rows as needsActionNow's overdue figure (needs-action.ts).
  if (query.outcome === 'OVERDUE')
    return { AND: [{ outcome: 'SCHEDULED' }, { scheduledAt: { lt: kzStartOfToday(now) } }, { person: personFilterWhere(actor, query) }] };
  const { gte, lt } = monthBounds(query.month);
  const outcome: Prisma.CheckInWhereInput = query.outcome === 'DUE' ? { outcome: { not: 'EXCUSED' } } : { outcome: query.outcome };
  return {
    AND: [{ scheduledAt: { gte, lt: lt < now ? lt : now } }, { source: { not: 'UNSCHEDULED' } }, outcome, { person: personFilterWhere(actor, query) }],
  };
}

export async function findCheckInList({ db = appDb, actor, query, now = new Date() }: { db?: Db; actor: TActor; query: TCheckInList; now?: Date }) {
  const where = checkInListWhere(actor, query, now);
  const [total, rows] = await Promise.all([
    db.checkIn.count({ where }),
    db.checkIn.findMany({
      where,
      orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
      select: {
        id: true,
        scheduledAt: true,
        outcome: true,
        channel: true,
        person: { select: { id: true, lastName: true, firstName: true } },
        officer: { select: { fullName: true } },
      },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

export function violationListWhere(actor: TActor, query: TViolationList): Prisma.ViolationWhereInput {
  return {
    AND: [
      query.month ? { occurredAt: monthBounds(query.month) } : {},
      query.type ? { type: query.type } : {},
      query.status ? { status: query.status } : {},
      { person: personFilterWhere(actor, query) },
    ],
  };
}

export async function findViolationList({ db = appDb, actor, query }: { db?: Db; actor: TActor; query: TViolationList }) {
  const where = violationListWhere(actor, query);
  const [total, rows] = await Promise.all([
    db.violation.count({ where }),
    db.violation.findMany({
      where,
      orderBy: [{ occurredAt: 'desc' }, { id: 'asc' }],
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
      select: { id: true, occurredAt: true, type: true, status: true, person: { select: { id: true, lastName: true, firstName: true } } },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

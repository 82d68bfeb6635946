import { z } from 'zod';
import { zQueryDay, zQueryText } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/client';
import { addCalendarDays, kzStartOfDay } from '@/lib/time/today';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';

export const AUDIT_PAGE_SIZE = 50;

const zOptional = zQueryText(200);
const zDay = zQueryDay;

export const ZAuditFilter = z.object({
  actor: zOptional,
  action: zOptional,
  target: zOptional,
  outcome: z.enum(['SUCCESS', 'DENIED', 'FAILURE']).optional().catch(undefined),
  from: zDay,
  to: zDay,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Filters an audit export may log in clear (the actor's e-mail is hashed: lib/audit/search-terms.ts). */
export const AUDIT_READABLE_FILTERS = ['action', 'target', 'outcome', 'from', 'to'] as const;

export type TAuditFilter = z.output<typeof ZAuditFilter>;

/**
 * Which events an actor may read (docs/decisions/007-audit-scope-and-routes.md): administrators
 * the whole trail; a supervisor the events of their own region (about its persons and records,
 * or by its users); anyone else nothing. Every reader of the trail ANDs this in.
 */
export function auditScope(actor: Pick<TActor, 'role' | 'regionId'>): Prisma.AuditEventWhereInput {
  if (actor.role === 'ADMIN') return {};
  if (actor.role === 'SUPERVISOR' && actor.regionId) return { regionId: actor.regionId };
  return { id: { in: [] } };
}

/** The instant a filter's day (YYYY-MM-DD), plus `days`, begins in Kazakhstan: the trail is read in local days. */
function kzDayStarts(day: string, days = 0): Date {
  return kzStartOfDay(addCalendarDays(new Date(`${day}T00:00:00Z`), days));
}

/** The filters as SQL conditions (indexed by time, actor, target, action). */
export function auditWhere(filter: Omit<TAuditFilter, 'page'>): Prisma.AuditEventWhereInput {
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: 'insensitive' } } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.target ? { targetId: filter.target } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: kzDayStarts(filter.from) } : {}), ...(filter.to ? { lt: kzDayStarts(filter.to, 1) } : {}) } }
      : {}),
  };
}

/** The trail grows by millions of rows a year: the page counts at most this many matches. */
export const AUDIT_COUNT_CAP = 10_000;

/** Newest first, one page; the count is capped (`capped`: there are more than `total`). */
export async function findAuditEvents({ db, actor, filter }: { db: Db; actor: Pick<TActor, 'role' | 'regionId'>; filter: TAuditFilter }) {
  const where = { AND: [auditScope(actor), auditWhere(filter)] };
  const [counted, rows] = await Promise.all([
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1 }),
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const capped = counted > AUDIT_COUNT_CAP;
  const total = Math.min(counted, AUDIT_COUNT_CAP);
  return { total, capped, rows, page: filter.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

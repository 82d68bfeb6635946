import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { personScope } from '@/lib/persons/scope';
import { getComplianceFigures, type TComplianceFigures } from '@/lib/compliance/compliance';
import { rollSchedules } from '@/lib/checkins/schedule';

export const CASELOAD_PAGE_SIZE = 25;
const STATUS_ORDER = { IN_BREACH: 0, AT_RISK: 1, COMPLIANT: 2 } as const;

export const ZCaseloadQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  status: z.enum(['COMPLIANT', 'AT_RISK', 'IN_BREACH']).optional().catch(undefined),
  officerId: z.string().max(64).optional().catch(undefined).transform((v) => v || undefined),
  districtId: z.string().max(64).optional().catch(undefined).transform((v) => v || undefined),
  /** "1": lifelong orders only (the dashboard's figure links here). */
  lifelong: z.enum(['1']).optional().catch(undefined),
  sort: z.enum(['status', 'name', 'nextDue', 'orderEnd']).catch('status'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TCaseloadQuery = z.output<typeof ZCaseloadQuery>;

/**
 * A caseload with each person's compliance figures. Officers see their own; supervisors pick an
 * officer of their region (scope still applies). Query count does not grow with the caseload:
 * persons, schedule roll (3), figures (2).
 */
export async function findCaseload({ db, actor, query, now = new Date() }: { db: Db; actor: TActor; query: TCaseloadQuery; now?: Date }) {
  const filters: Prisma.PersonWhereInput[] = [personScope(actor), { orders: { some: { status: 'ACTIVE' } } }];
  if (actor.role === 'OFFICER') filters.push({ officerId: actor.id });
  else if (query.officerId) filters.push({ officerId: query.officerId });
  if (query.districtId) filters.push({ districtId: query.districtId });
  if (query.lifelong) filters.push({ orders: { some: { status: 'ACTIVE', lifelong: true } } });
  if (query.q) {
    const term = query.q;
    filters.push(/^\d+$/.test(term) ? { iin: { startsWith: term } } : { OR: [{ lastName: { contains: term, mode: 'insensitive' } }, { firstName: { contains: term, mode: 'insensitive' } }] });
  }
  const persons = await db.person.findMany({
    where: { AND: filters },
    take: 2000,
    select: {
      id: true, iin: true, lastName: true, firstName: true, middleName: true,
      officer: { select: { id: true, fullName: true } },
      orders: { where: { status: 'ACTIVE' }, select: { endDate: true, lifelong: true }, take: 1 },
    },
  });
  const ids = persons.map((p) => p.id);
  await db.$transaction((tx) => rollSchedules({ tx, personIds: ids, now }));
  const figures = await getComplianceFigures({ db, personIds: ids, now });
  const rows = persons.map((p) => ({ ...p, order: p.orders[0] ?? null, figures: figures.get(p.id) as TComplianceFigures }));
  const counts = { COMPLIANT: 0, AT_RISK: 0, IN_BREACH: 0 };
  for (const r of rows) counts[r.figures.status]++;
  const filtered = query.status ? rows.filter((r) => r.figures.status === query.status) : rows;
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.id.localeCompare(b.id);
  const time = (d: Date | null | undefined, missing: number) => (d ? d.getTime() : missing);
  const sorters = {
    status: (a: (typeof rows)[number], b: (typeof rows)[number]) => STATUS_ORDER[a.figures.status] - STATUS_ORDER[b.figures.status] || byName(a, b),
    name: byName,
    nextDue: (a: (typeof rows)[number], b: (typeof rows)[number]) => time(a.figures.nextDue, Infinity) - time(b.figures.nextDue, Infinity) || byName(a, b),
    orderEnd: (a: (typeof rows)[number], b: (typeof rows)[number]) => time(a.order?.endDate, Infinity) - time(b.order?.endDate, Infinity) || byName(a, b),
  };
  filtered.sort(sorters[query.sort]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / CASELOAD_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    rows: filtered.slice((page - 1) * CASELOAD_PAGE_SIZE, page * CASELOAD_PAGE_SIZE),
    /** Every row that matches, in the same order (for the CSV export). */
    all: filtered,
    total: filtered.length,
    counts,
    page,
    pageCount,
  };
}

/** Officers a supervisor may pick, those of the supervisor's region. */
export async function findRegionOfficers({ db, actor }: { db: Db; actor: TActor }) {
  if (actor.role !== 'SUPERVISOR' || !actor.regionId) return [];
  return db.user.findMany({ where: { role: 'OFFICER', status: 'ACTIVE', district: { regionId: actor.regionId } }, orderBy: { fullName: 'asc' }, select: { id: true, fullName: true } });
}

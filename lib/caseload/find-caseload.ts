import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import { zQueryText, zQueryId } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { personScopeSql } from '@/lib/persons/scope';
import { reviewedSql } from '@/lib/review/rule';
import { complianceFiguresSql, type TComplianceFigures, type TComplianceStatus } from '@/lib/compliance/compliance';
import { containsPattern, prefixPattern } from '@/lib/db/like';
import { NOT_ASSESSED, zBandFilter } from '@/lib/risk/oversight';

export const CASELOAD_PAGE_SIZE = 25;
/** Rows per round trip of the CSV export (keyset pages: constant memory whatever the size). */
export const CASELOAD_EXPORT_BATCH = 500;

export const ZCaseloadQuery = z.object({
  q: zQueryText(100),
  status: z.enum(['COMPLIANT', 'AT_RISK', 'IN_BREACH']).optional().catch(undefined),
  officerId: zQueryId,
  districtId: zQueryId,
  /** "1": lifelong orders only (the dashboard's figure links here). */
  lifelong: z.enum(['1']).optional().catch(undefined),
  /** A current risk band code, or "none" for persons not assessed yet (docs/decisions/029-risk-oversight.md). */
  band: zBandFilter,
  sort: z.enum(['status', 'name', 'nextDue', 'orderEnd', 'band']).catch('status'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TCaseloadQuery = z.output<typeof ZCaseloadQuery>;

type TRow = {
  id: string;
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  officerId: string | null;
  officerName: string | null;
  endDate: Date | null;
  lifelong: boolean;
  riskBandCode: string | null;
  riskBandRank: number | null;
} & Omit<TComplianceFigures, 'status'> & { status: TComplianceStatus };

type TCounted = TRow & { nCompliant: number; nAtRisk: number; nInBreach: number };

const STATUSES = ['COMPLIANT', 'AT_RISK', 'IN_BREACH'] as const;

const ORDER_BY = {
  status: Prisma.sql`CASE status WHEN 'IN_BREACH' THEN 0 WHEN 'AT_RISK' THEN 1 ELSE 2 END, "lastName", "firstName", id`,
  name: Prisma.sql`"lastName", "firstName", id`,
  nextDue: Prisma.sql`"nextDue" ASC NULLS LAST, "lastName", "firstName", id`,
  orderEnd: Prisma.sql`"endDate" ASC NULLS LAST, "lastName", "firstName", id`,
  // Highest band first, persons not assessed last.
  band: Prisma.sql`"riskBandRank" DESC NULLS LAST, "lastName", "firstName", id`,
} as const;

/**
 * Who is on the caseload: reviewed persons in scope with an active order, narrowed by the query.
 * Imported persons awaiting review are on nobody's caseload, not even as unassigned: they are
 * listed on the review screen until a supervisor assigns them (docs/import.md).
 */
function personsSql(actor: TActor, query: Omit<TCaseloadQuery, 'page' | 'sort' | 'status'>, extra: Prisma.Sql = Prisma.empty) {
  const where = [personScopeSql(actor), reviewedSql()];
  // Officers see their own caseload (the scope already says so); supervisors may pick one officer.
  if (actor.role !== 'OFFICER' && query.officerId) where.push(Prisma.sql`p."officerId" = ${query.officerId}`);
  if (query.districtId) where.push(Prisma.sql`p."districtId" = ${query.districtId}`);
  if (query.lifelong) where.push(Prisma.sql`o.lifelong`);
  // The person's own band column (indexed with officerId and with regionId).
  if (query.band) where.push(query.band === NOT_ASSESSED ? Prisma.sql`p."riskBandRank" IS NULL` : Prisma.sql`p."riskBandCode" = ${query.band}`);
  if (query.q) {
    where.push(
      /^\d+$/.test(query.q)
        ? Prisma.sql`p.iin LIKE ${prefixPattern(query.q)}`
        : Prisma.sql`(p."lastName" ILIKE ${containsPattern(query.q)} OR p."firstName" ILIKE ${containsPattern(query.q)})`,
    );
  }
  return Prisma.sql`
    SELECT p.id, p.iin, p."lastName", p."firstName", p."middleName", p."officerId", u."fullName" AS "officerName", o."endDate", o.lifelong,
      p."riskBandCode", p."riskBandRank"
    FROM "public"."Person" p
    JOIN LATERAL (
      SELECT so."endDate", so.lifelong FROM "public"."SupervisionOrder" so
      WHERE so."personId" = p.id AND so.status = 'ACTIVE' ORDER BY so."startDate" DESC LIMIT 1
    ) o ON TRUE
    LEFT JOIN "public"."User" u ON u.id = p."officerId"
    WHERE ${Prisma.join(where, ' AND ')} ${extra}`;
}

/** The persons joined to their compliance figures (and status), one row each. */
function withFigures(persons: Prisma.Sql, now: Date) {
  return Prisma.sql`
    WITH persons AS MATERIALIZED (${persons})
    SELECT persons.*, f."nextDue", f."lastContact", f."dueToday", f.overdue, f.missed30, f.missed90, f."awaitingOverdue",
      f."openViolations", f."newViolations7", f."penalties12m", f.status
    FROM persons JOIN (${complianceFiguresSql(Prisma.sql`SELECT id FROM persons`, now)}) f ON f."personId" = persons.id`;
}

function toItem(r: TRow) {
  const { officerId, officerName, endDate, lifelong, status, riskBandCode, riskBandRank, ...rest } = r;
  return {
    id: r.id,
    iin: r.iin,
    lastName: r.lastName,
    firstName: r.firstName,
    middleName: r.middleName,
    officer: officerId ? { id: officerId, fullName: officerName ?? '' } : null,
    order: { endDate, lifelong },
    risk: { bandCode: riskBandCode, bandRank: riskBandRank },
    figures: {
      personId: r.id,
      status,
      nextDue: rest.nextDue,
      lastContact: rest.lastContact,
      dueToday: rest.dueToday,
      overdue: rest.overdue,
      missed30: rest.missed30,
      missed90: rest.missed90,
      awaitingOverdue: rest.awaitingOverdue,
      openViolations: rest.openViolations,
      newViolations7: rest.newViolations7,
      penalties12m: rest.penalties12m,
    } satisfies TComplianceFigures,
  };
}

export type TCaseloadItem = ReturnType<typeof toItem>;

/**
 * One page of a caseload with each person's compliance figures, sorted, filtered by status and
 * paged in SQL, with the count per status: one query whatever the caseload's size. Officers see
 * their own; supervisors their region, or one officer or district of it.
 */
export async function findCaseload({ db = appDb, actor, query, now = new Date() }: { db?: Db; actor: TActor; query: TCaseloadQuery; now?: Date }) {
  const statusFilter = query.status ? Prisma.sql`WHERE status = ${query.status}` : Prisma.empty;
  const pageOf = (page: number) => db.$queryRaw<TCounted[]>`
    SELECT * FROM (
      SELECT x.*,
        (count(*) FILTER (WHERE status = 'COMPLIANT') OVER ())::int AS "nCompliant",
        (count(*) FILTER (WHERE status = 'AT_RISK') OVER ())::int AS "nAtRisk",
        (count(*) FILTER (WHERE status = 'IN_BREACH') OVER ())::int AS "nInBreach"
      FROM (${withFigures(personsSql(actor, query), now)}) x
    ) w ${statusFilter}
    ORDER BY ${ORDER_BY[query.sort]}
    LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${(page - 1) * CASELOAD_PAGE_SIZE}`;

  let page = query.page;
  let rows = await pageOf(page);
  let counts: Record<TComplianceStatus, number>;
  if (rows.length > 0) {
    counts = { COMPLIANT: rows[0].nCompliant, AT_RISK: rows[0].nAtRisk, IN_BREACH: rows[0].nInBreach };
  } else {
    // Past the last page (or nothing at all): count, then show the last page that exists.
    const byStatus = await db.$queryRaw<{ status: TComplianceStatus; n: number }[]>`
      SELECT status, count(*)::int AS n FROM (${withFigures(personsSql(actor, query), now)}) x GROUP BY status`;
    counts = Object.fromEntries(STATUSES.map((s) => [s, byStatus.find((b) => b.status === s)?.n ?? 0])) as Record<TComplianceStatus, number>;
  }
  const total = query.status ? counts[query.status] : counts.COMPLIANT + counts.AT_RISK + counts.IN_BREACH;
  const pageCount = Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));
  if (rows.length === 0 && page > pageCount) {
    page = pageCount;
    rows = total > 0 ? await pageOf(page) : [];
  }
  return { rows: rows.map(toItem), total, counts, page: Math.min(page, pageCount), pageCount };
}

/**
 * The whole caseload in keyset pages by name, for the CSV export: each round trip reads
 * CASELOAD_EXPORT_BATCH persons after the last one seen and their figures, so memory stays
 * constant whatever the caseload's size. The status filter applies within each page.
 */
export async function* findCaseloadInBatches({
  db,
  actor,
  query,
  now = new Date(),
  batchSize = CASELOAD_EXPORT_BATCH,
}: {
  db: Db;
  actor: TActor;
  query: Omit<TCaseloadQuery, 'page' | 'sort'>;
  now?: Date;
  batchSize?: number;
}) {
  let after: { lastName: string; firstName: string; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (p."lastName", p."firstName", p.id) > (${after.lastName}, ${after.firstName}, ${after.id}) ORDER BY p."lastName", p."firstName", p.id LIMIT ${batchSize}`
      : Prisma.sql`ORDER BY p."lastName", p."firstName", p.id LIMIT ${batchSize}`;
    const rows = await db.$queryRaw<TRow[]>`
      SELECT * FROM (${withFigures(personsSql(actor, query, keyset), now)}) x ORDER BY "lastName", "firstName", id`;
    if (rows.length === 0) return;
    yield rows.filter((r) => !query.status || r.status === query.status).map(toItem);
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { lastName: last.lastName, firstName: last.firstName, id: last.id };
  }
}

/** Officers a supervisor may pick, those of the supervisor's region. */
export async function findRegionOfficers({ db = appDb, actor }: { db?: Db; actor: TActor }) {
  if (actor.role !== 'SUPERVISOR' || !actor.regionId) return [];
  return db.user.findMany({
    where: { role: 'OFFICER', status: 'ACTIVE', district: { regionId: actor.regionId } },
    orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
    select: { id: true, fullName: true, districtId: true },
  });
}

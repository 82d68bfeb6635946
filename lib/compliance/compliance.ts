import type { Db, Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { min } from 'date-fns';
import { addKzDays, kzStartOfDay, kzStartOfToday } from '@/lib/time/today';

// The one source of every compliance figure (docs/compliance.md). Screens (caseload, person
// page, inbox, later dashboards) call this and never count on their own, so numbers agree.

export type TComplianceStatus = 'COMPLIANT' | 'AT_RISK' | 'IN_BREACH';

export type TComplianceFigures = {
  personId: string;
  status: TComplianceStatus;
  nextDue: Date | null;
  lastContact: Date | null;
  dueToday: number;
  overdue: number;
  missed30: number;
  missed90: number;
  awaitingOverdue: number;
  openViolations: number;
  newViolations7: number;
  penalties12m: number;
};

/** The rule, in one place: any open violation or a missed check-in in 30 days is a breach. */
export function complianceStatus(f: Pick<TComplianceFigures, 'openViolations' | 'missed30' | 'missed90' | 'overdue' | 'awaitingOverdue'>): TComplianceStatus {
  if (f.openViolations > 0 || f.missed30 > 0) return 'IN_BREACH';
  if (f.overdue > 0 || f.awaitingOverdue > 0 || f.missed90 > 0) return 'AT_RISK';
  return 'COMPLIANT';
}

/** Start of the current day in Kazakhstan, as a UTC instant (lib/time/today.ts). */
export const startOfLocalDay = kzStartOfToday;

type TRow = {
  personId: string;
  nextDue: Date | null;
  lastContact: Date | null;
  dueToday: number;
  overdue: number;
  missed30: number;
  missed90: number;
  awaitingOverdue: number;
  openViolations: number;
  newViolations7: number;
  penalties12m: number;
  status: TComplianceStatus;
};

/**
 * The rule of complianceStatus as SQL over the figure columns of complianceFiguresSql (a test
 * holds the two to the same answers). Used where SQL must sort or filter by status (caseload).
 */
export const COMPLIANCE_STATUS_SQL = Prisma.sql`CASE
  WHEN "openViolations" > 0 OR "missed30" > 0 THEN 'IN_BREACH'
  WHEN "overdue" > 0 OR "awaitingOverdue" > 0 OR "missed90" > 0 THEN 'AT_RISK'
  ELSE 'COMPLIANT' END`;

/**
 * Every figure per person for the persons `ids` selects (SQL returning one column of person
 * ids), each person's check-ins and violations read through their (personId, …) indexes. The one
 * definition of the figures: the person page, inbox and caseload all use it.
 */
export function complianceFiguresSql(ids: Prisma.Sql, now: Date): Prisma.Sql {
  const today = startOfLocalDay(now);
  const tomorrow = addKzDays(today, 1);
  const d30 = addKzDays(now, -30);
  const d90 = addKzDays(now, -90);
  const d7 = addKzDays(now, -7);
  const d365 = addKzDays(now, -365);
  return Prisma.sql`
    SELECT f.*, ${COMPLIANCE_STATUS_SQL} AS status FROM (
      SELECT ids.id AS "personId", c."nextDue", c."lastContact",
        coalesce(c."dueToday", 0)::int AS "dueToday", coalesce(c."overdue", 0)::int AS "overdue",
        coalesce(c."missed30", 0)::int AS "missed30", coalesce(c."missed90", 0)::int AS "missed90",
        coalesce(c."awaitingOverdue", 0)::int AS "awaitingOverdue", coalesce(v."openViolations", 0)::int AS "openViolations",
        coalesce(v."newViolations7", 0)::int AS "newViolations7", coalesce(v."penalties12m", 0)::int AS "penalties12m"
      FROM (${ids}) AS ids(id)
      LEFT JOIN LATERAL (
        SELECT
          min("scheduledAt") FILTER (WHERE outcome = 'SCHEDULED' AND "scheduledAt" >= ${today}) AS "nextDue",
          max(coalesce("actualAt", "scheduledAt")) FILTER (WHERE outcome = 'ATTENDED') AS "lastContact",
          count(*) FILTER (WHERE outcome = 'SCHEDULED' AND "scheduledAt" >= ${today} AND "scheduledAt" < ${tomorrow}) AS "dueToday",
          count(*) FILTER (WHERE outcome = 'SCHEDULED' AND "scheduledAt" < ${today}) AS "overdue",
          count(*) FILTER (WHERE outcome = 'MISSED' AND coalesce("actualAt", "scheduledAt") >= ${d30}) AS "missed30",
          count(*) FILTER (WHERE outcome = 'MISSED' AND coalesce("actualAt", "scheduledAt") >= ${d90}) AS "missed90",
          count(*) FILTER (WHERE outcome = 'AWAITING_EVIDENCE' AND "evidenceDueAt" < ${now}) AS "awaitingOverdue"
        FROM "public"."CheckIn" WHERE "personId" = ids.id
      ) c ON TRUE
      LEFT JOIN LATERAL (
        SELECT
          count(*) FILTER (WHERE status = 'RECORDED') AS "openViolations",
          count(*) FILTER (WHERE status = 'RECORDED' AND "createdAt" >= ${d7}) AS "newViolations7",
          count(*) FILTER (WHERE status IN ('ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL') AND coalesce("protocolDate"::timestamp, "occurredAt") >= ${d365}) AS "penalties12m"
        FROM "public"."Violation" WHERE "personId" = ids.id
      ) v ON TRUE
    ) f`;
}

/** Figures for a set of persons in one query, whatever their number. */
export async function getComplianceFigures({
  db,
  personIds,
  now = new Date(),
}: {
  db: Db | Tx;
  personIds: string[];
  now?: Date;
}): Promise<Map<string, TComplianceFigures>> {
  const result = new Map<string, TComplianceFigures>();
  if (personIds.length === 0) return result;
  const rows = await db.$queryRaw<TRow[]>`${complianceFiguresSql(Prisma.sql`SELECT unnest(${personIds}::text[])`, now)}`;
  for (const row of rows) {
    // The rule lives in complianceStatus; the SQL twin is only for sorting and filtering.
    result.set(row.personId, { ...row, status: complianceStatus(row) });
  }
  return result;
}

/** Inbox counts for a caseload: the sums of the same per-person figures. */
export function sumInbox(figures: Iterable<TComplianceFigures>) {
  const totals = { dueToday: 0, overdue: 0, awaitingOverdue: 0, newViolations: 0 };
  for (const f of figures) {
    totals.dueToday += f.dueToday;
    totals.overdue += f.overdue;
    totals.awaitingOverdue += f.awaitingOverdue;
    totals.newViolations += f.newViolations7;
  }
  return { ...totals, total: totals.dueToday + totals.overdue + totals.awaitingOverdue + totals.newViolations };
}

export type TMonthlyCheckIns = { month: string; due: number; attended: number; missed: number; excused: number; rate: number | null };

/**
 * Check-ins due and attended per month (Kazakhstan time), one aggregate query. "Due" is every
 * scheduled or ad-hoc slot whose time has passed, less the excused ones; the rate is attended
 * over due (docs/compliance.md). `personFilter` is SQL over "Person" aliased p.
 */
export async function getMonthlyCheckIns({
  db,
  personFilter,
  start,
  end,
  now = new Date(),
}: {
  db: Db | Tx;
  personFilter: Prisma.Sql;
  start: Date;
  end: Date;
  now?: Date;
}): Promise<TMonthlyCheckIns[]> {
  const from = kzStartOfDay(start);
  const to = min([kzStartOfDay(end), now]);
  const rows = await db.$queryRaw<{ month: string; due: bigint; attended: bigint; missed: bigint; excused: bigint }[]>`
    SELECT to_char(date_trunc('month', c."scheduledAt" + interval '5 hours'), 'YYYY-MM') AS month,
      count(*) FILTER (WHERE c.outcome <> 'EXCUSED') AS due,
      count(*) FILTER (WHERE c.outcome = 'ATTENDED') AS attended,
      count(*) FILTER (WHERE c.outcome = 'MISSED') AS missed,
      count(*) FILTER (WHERE c.outcome = 'EXCUSED') AS excused
    FROM "public"."CheckIn" c JOIN "public"."Person" p ON p.id = c."personId"
    WHERE c."scheduledAt" >= ${from} AND c."scheduledAt" < ${to} AND c.source <> 'UNSCHEDULED' AND ${personFilter}
    GROUP BY 1`;
  return monthlyCheckIns(start, end, rows);
}

type TMonthCounts = { month: string; due: bigint | number; attended: bigint | number; missed: bigint | number; excused: bigint | number };

/** Every month of [start, end) from rows of counts by month (a month without a row counts 0), with the rate. */
export function monthlyCheckIns(start: Date, end: Date, rows: TMonthCounts[]): TMonthlyCheckIns[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsBetween(start, end).map((month) => {
    const r = byMonth.get(month);
    const due = Number(r?.due ?? 0);
    const attended = Number(r?.attended ?? 0);
    return { month, due, attended, missed: Number(r?.missed ?? 0), excused: Number(r?.excused ?? 0), rate: due > 0 ? attended / due : null };
  });
}

/** "YYYY-MM" for every month in [start, end). */
export function monthsBetween(start: Date, end: Date): string[] {
  const out: string[] = [];
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
    d < end;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

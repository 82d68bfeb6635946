import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { getMonthlyCheckIns, monthlyCheckIns, monthsBetween } from '@/lib/compliance/compliance';
import { EXPIRY_WINDOWS, expiringWhere } from '@/lib/petitions/expiry-worklist';
import { registryToday } from '@/lib/registry/rule';
import { reviewedSql } from '@/lib/review/rule';
import { kzStartOfDay } from '@/lib/i18n/format';
import { readRollupState, rollupFilterSql, rollupSplit, type TRollupState } from './rollups';
import { defaultPeriod, isDefaultPeriod, monthRange, personFilterSql, personFilterWhere, type TDashboardFilter } from './filters';
import { needsActionNow } from './needs-action';

// Each dashboard figure is one aggregate query over the filtered persons; the definitions are
// those of the screens the figures link to (caseload, expiry worklist, petitions, registry), and
// tests/integration/dashboard.test.ts checks that they agree.

/** `rollup`: the roll-ups' state when the caller has read it already (getDashboard reads it once). */
type TArgs = { db: Db; actor: TActor; filter: TDashboardFilter; now: Date; rollup?: TRollupState };

/** Where the roll-ups end within [start, end). */
async function splitOf({ db, rollup }: TArgs, start: Date, end: Date) {
  return rollupSplit(rollup === undefined ? await readRollupState(db) : rollup, start, end);
}

/**
 * Persons under supervision (an active order, reviewed: the caseload's definition) and those for
 * life. Imported persons awaiting review are counted apart (caseloadPerOfficer's awaitingReview).
 */
export async function supervisionTotals({ db, actor, filter }: TArgs) {
  const [row] = await db.$queryRaw<{ persons: bigint; lifelong: bigint }[]>`
    SELECT count(DISTINCT p.id) AS persons, count(DISTINCT p.id) FILTER (WHERE o.lifelong) AS lifelong
    FROM "public"."Person" p JOIN "public"."SupervisionOrder" o ON o."personId" = p.id AND o.status = 'ACTIVE'
    WHERE ${personFilterSql(actor, filter)} AND ${reviewedSql()}`;
  return { persons: Number(row?.persons ?? 0), lifelong: Number(row?.lifelong ?? 0) };
}

/**
 * Check-ins per month: months before the roll-ups' boundary from CheckInMonthly (lib/oversight/
 * rollups.ts), the rest counted live by getMonthlyCheckIns. Both count the same way.
 */
export async function checkInsPerMonth(args: TArgs) {
  const { db, actor, filter, now } = args;
  const { start, end } = monthRange(filter, now);
  const split = await splitOf(args, start, end);
  const [rolled, live] = await Promise.all([
    split > start
      ? db.$queryRaw<{ month: string; due: bigint; attended: bigint; missed: bigint; excused: bigint }[]>`
          SELECT to_char(r.month, 'YYYY-MM') AS month, sum(r.due) AS due, sum(r.attended) AS attended, sum(r.missed) AS missed, sum(r.excused) AS excused
          FROM "public"."CheckInMonthly" r WHERE r.month >= ${start} AND r.month < ${split} AND ${rollupFilterSql(actor, filter)} GROUP BY 1`
      : [],
    split < end ? getMonthlyCheckIns({ db, personFilter: personFilterSql(actor, filter), start: split, end, now }) : [],
  ]);
  // The two parts cover different months.
  return monthlyCheckIns(start, end, [...rolled, ...live]);
}

export const VIOLATION_TYPES = ['MISSED_REPORTING', 'CURFEW_BREACH', 'EXCLUSION_ZONE_ENTRY', 'TRAVEL_WITHOUT_PERMISSION', 'OTHER_RESTRICTION'] as const;
export const VIOLATION_STATUSES = ['RECORDED', 'ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL', 'DISMISSED'] as const;

/**
 * Violations by the month they occurred (Kazakhstan time), split by type and by where they stand
 * now: months before the roll-ups' boundary from ViolationMonthly, the rest live.
 */
export async function violationsPerMonth(args: TArgs) {
  const { db, actor, filter, now } = args;
  const { start, end } = monthRange(filter, now);
  const split = await splitOf(args, start, end);
  const [rolled, live] = await Promise.all([
    split > start
      ? db.$queryRaw<{ month: string; type: string; status: string; n: bigint }[]>`
          SELECT to_char(r.month, 'YYYY-MM') AS month, r.type::text AS type, r.status::text AS status, sum(r.n) AS n
          FROM "public"."ViolationMonthly" r WHERE r.month >= ${start} AND r.month < ${split} AND ${rollupFilterSql(actor, filter)} GROUP BY 1, 2, 3`
      : [],
    split < end
      ? db.$queryRaw<{ month: string; type: string; status: string; n: bigint }[]>`
          SELECT to_char(date_trunc('month', v."occurredAt" + interval '5 hours'), 'YYYY-MM') AS month, v.type::text AS type, v.status::text AS status, count(*) AS n
          FROM "public"."Violation" v JOIN "public"."Person" p ON p.id = v."personId"
          WHERE v."occurredAt" >= ${kzStartOfDay(split)} AND v."occurredAt" < ${kzStartOfDay(end)} AND ${personFilterSql(actor, filter)}
          GROUP BY 1, 2, 3`
      : [],
  ]);
  const rows = [...rolled, ...live];
  return monthsBetween(start, end).map((month) => {
    const ofMonth = rows.filter((r) => r.month === month);
    const sum = (pick: (r: (typeof rows)[number]) => boolean) => ofMonth.filter(pick).reduce((n, r) => n + Number(r.n), 0);
    return {
      month,
      byType: Object.fromEntries(VIOLATION_TYPES.map((t) => [t, sum((r) => r.type === t)])) as Record<(typeof VIOLATION_TYPES)[number], number>,
      byStatus: Object.fromEntries(VIOLATION_STATUSES.map((s) => [s, sum((r) => r.status === s)])) as Record<(typeof VIOLATION_STATUSES)[number], number>,
      total: sum(() => true),
    };
  });
}

export const PETITION_STATUSES = ['DRAFT', 'ENDORSED', 'FILED', 'HEARING_SET', 'GRANTED', 'DENIED', 'WITHDRAWN'] as const;

/** Petitions of the filtered persons by current status, and the median days from draft to the court's decision for decisions in the range. */
export async function petitionPipeline({ db, actor, filter, now }: TArgs) {
  const { start, end } = monthRange(filter, now);
  const byStatus = await db.$queryRaw<{ status: string; n: bigint }[]>`
    SELECT e.status::text AS status, count(*) AS n FROM "public"."ExtensionPetition" e JOIN "public"."Person" p ON p.id = e."personId"
    WHERE ${personFilterSql(actor, filter)} GROUP BY 1`;
  const [median] = await db.$queryRaw<{ days: number | null; decided: bigint }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (d."decisionDate" - e."createdAt"::date)) AS days, count(*) AS decided
    FROM "public"."CourtDecision" d JOIN "public"."ExtensionPetition" e ON e.id = d."petitionId" JOIN "public"."Person" p ON p.id = e."personId"
    WHERE d."decisionDate" >= ${start} AND d."decisionDate" < ${end} AND ${personFilterSql(actor, filter)}`;
  return {
    byStatus: PETITION_STATUSES.map((status) => ({ status, count: Number(byStatus.find((r) => r.status === status)?.n ?? 0) })),
    medianDaysToDecision: median?.days === null || median?.days === undefined ? null : Number(median.days),
    decided: Number(median?.decided ?? 0),
  };
}

/** Orders ending within 30/90/180 days with no pending petition: the expiry worklist's own filter. */
export async function ordersEnding({ db, actor, filter, now }: TArgs) {
  const person = personFilterWhere(actor, filter);
  return Promise.all(
    EXPIRY_WINDOWS.map(async (within) => ({
      within,
      count: await db.supervisionOrder.count({ where: { AND: [expiringWhere(actor, within, now), { person }] } }),
    })),
  );
}

/** Persons under supervision per active officer of the region, against the configured target. */
export async function caseloadPerOfficer({ db, actor, filter }: TArgs) {
  const setting = await db.setting.findUnique({ where: { key: 'caseload.targetPerOfficer' } });
  const target = Number(setting?.value ?? 40);
  const officerFilter = [
    Prisma.sql`u.role = 'OFFICER' AND u.status = 'ACTIVE'`,
    Prisma.sql`u."districtId" IN (SELECT d.id FROM "public"."District" d WHERE d."regionId" = ${actor.regionId ?? ''})`,
    filter.districtId ? Prisma.sql`u."districtId" = ${filter.districtId}` : Prisma.sql`TRUE`,
    filter.officerId ? Prisma.sql`u.id = ${filter.officerId}` : Prisma.sql`TRUE`,
  ];
  const rows = await db.$queryRaw<{ id: string; fullName: string; persons: bigint }[]>`
    SELECT u.id, u."fullName", count(DISTINCT p.id) AS persons
    FROM "public"."User" u
    LEFT JOIN "public"."Person" p ON p."officerId" = u.id AND ${personFilterSql(actor, filter)}
      AND EXISTS (SELECT 1 FROM "public"."SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')
    WHERE ${Prisma.join(officerFilter, ' AND ')}
    GROUP BY u.id, u."fullName" ORDER BY persons DESC, u."fullName" ASC`;
  // Unassigned: reviewed persons without an officer (the reassignment screen's "unassigned");
  // imported persons awaiting review, who have none either, are counted apart for the review screen.
  const [unassigned] = await db.$queryRaw<{ n: bigint; pending: bigint }[]>`
    SELECT count(DISTINCT p.id) FILTER (WHERE ${reviewedSql()}) AS n, count(DISTINCT p.id) FILTER (WHERE NOT ${reviewedSql()}) AS pending
    FROM "public"."Person" p JOIN "public"."SupervisionOrder" o ON o."personId" = p.id AND o.status = 'ACTIVE'
    WHERE p."officerId" IS NULL AND ${personFilterSql(actor, filter)}`;
  return {
    target,
    officers: rows.map((r) => ({ id: r.id, name: r.fullName, persons: Number(r.persons), over: Number(r.persons) > target })),
    unassigned: filter.officerId ? 0 : Number(unassigned?.n ?? 0),
    awaitingReview: filter.officerId ? 0 : Number(unassigned?.pending ?? 0),
  };
}

/**
 * How many persons the public registry listed at the end of each of the last ten years (this
 * year: today), by the registry's rule (docs/registry.md) applied to each date. Orders that were
 * terminated, and the current withholding flag and review status, cannot be dated, so they count as they stand now.
 */
export async function registrySizePerYear({ db, actor, filter, now }: TArgs) {
  // The registry's own "today" (the calendar day in Kazakhstan), so this year's figure is the registry's count.
  const today = registryToday(now);
  const lastYear = today.getUTCFullYear();
  const rows = await db.$queryRaw<{ year: number; listed: bigint }[]>`
    SELECT y.year::int AS year, count(DISTINCT p.id) AS listed
    FROM generate_series(${lastYear - 9}::int, ${lastYear}::int) AS y(year)
    JOIN "public"."SupervisionOrder" o ON o."startDate" <= LEAST(make_date(y.year, 12, 31), ${today}::date)
      AND (o.lifelong OR o."endDate" >= LEAST(make_date(y.year, 12, 31), ${today}::date))
      AND (o.status = 'ACTIVE' OR (o.status = 'EXPIRED' AND make_date(y.year, 12, 31) < ${today}::date))
    JOIN "public"."Person" p ON p.id = o."personId" AND NOT p."registryWithheld" AND ${reviewedSql()}
    WHERE ${personFilterSql(actor, filter)}
    GROUP BY y.year ORDER BY y.year`;
  return Array.from({ length: 10 }, (_, i) => lastYear - 9 + i).map((year) => ({
    year,
    listed: Number(rows.find((r) => Number(r.year) === year)?.listed ?? 0),
  }));
}

/**
 * The whole dashboard: every figure above, for one filter. With no period chosen, the check-in
 * and violation figures are read for the look-back (LOOKBACK_MONTHS) and the period shown is
 * cut to the last months with data (defaultPeriod); the figures that depend on the period
 * (months shown, median days to decision) then use that period.
 */
export async function getDashboard({ db = appDb, ...rest }: Omit<TArgs, 'db'> & { db?: Db }) {
  const input: TArgs = { db, ...rest };
  const args = { ...input, rollup: input.rollup === undefined ? await readRollupState(input.db) : input.rollup };
  // Independent queries, sent together: on a server they run on several pooled connections at
  // once, so the page waits for the slowest figure rather than for their sum.
  const chosen = !isDefaultPeriod(args.filter);
  const [totals, checkIns12, violations12, ending, caseloads, registry, needs, chosenPetitions] = await Promise.all([
    supervisionTotals(args),
    checkInsPerMonth(args),
    violationsPerMonth(args),
    ordersEnding(args),
    caseloadPerOfficer(args),
    registrySizePerYear(args),
    needsActionNow(args),
    chosen ? petitionPipeline(args) : null,
  ]);
  const period = chosen
    ? args.filter
    : {
        ...args.filter,
        ...defaultPeriod(checkIns12.map((m, i) => ({ month: m.month, hasData: m.due + m.attended + m.missed + m.excused + violations12[i].total > 0 }))),
      };
  const range = monthRange(period, args.now);
  const inRange = (m: { month: string }) => (!period.from || m.month >= period.from) && (!period.to || m.month <= period.to);
  const petitions = chosenPetitions ?? (await petitionPipeline({ ...args, filter: period }));
  return {
    totals,
    needsAction: { ...needs, ending: ending[0] },
    checkIns: checkIns12.filter(inRange),
    violations: violations12.filter(inRange),
    petitions,
    ending,
    caseloads,
    registry,
    range,
    defaultPeriod: !chosen,
    rolledUpAt: args.rollup?.rebuiltAt ?? null,
  };
}

export type TDashboard = Awaited<ReturnType<typeof getDashboard>>;

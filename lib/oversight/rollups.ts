import { Prisma } from '@/lib/generated/prisma/client';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { kzMonthStart, kzStartOfDay } from '@/lib/i18n/format';
import type { TDashboardFilter } from './filters';

// Monthly roll-ups for the dashboard (issue 8): counting a region's check-ins month by month
// read every check-in of the range on each request (0.6 s for Almaty at 50,000 persons). The
// roll-up tables hold, for every month before `through`, the same counts per (region, district,
// current officer) — a few thousand rows nationally. The dashboard reads them for those months and
// counts live from `through` on (the current month always), so figures follow the same
// definitions (docs/oversight.md) and the current month is exact.
//
// Counts are kept under each person's *current* district and officer, as the live figures count
// them; so anything that moves a person or changes a past month's records leaves a note
// (noteRollupChange: a plain insert, so writers never wait on each other), the job rebuilds
// within a minute when there are notes, and the nightly job rebuilds anyway.

const REBUILD_LOCK = 7241003;

/**
 * Rebuilds both roll-ups from scratch for every month before the current one (Kazakhstan), and
 * clears the change notes it has taken into account. `onlyIfChanged`: do nothing when there
 * are no notes (the job that runs every minute).
 */
export async function rebuildDashboardRollups({ db, now = new Date(), onlyIfChanged = false }: { db: Db; now?: Date; onlyIfChanged?: boolean }) {
  const through = kzMonthStart(now);
  const until = kzStartOfDay(through);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`;
      // Notes written after this read are left for the next run: their changes may not be in
      // this transaction's snapshot.
      const noted = await tx.dashboardRollupChange.aggregate({ _max: { id: true } });
      const upTo = noted._max.id;
      if (onlyIfChanged && upTo === null) return null;
      await tx.$executeRaw`DELETE FROM "public"."CheckInMonthly"`;
      const checkIns = await tx.$executeRaw`
        INSERT INTO "public"."CheckInMonthly" (month, "regionId", "districtId", "officerId", due, attended, missed, excused)
        SELECT date_trunc('month', c."scheduledAt" + interval '5 hours')::date, p."regionId", p."districtId", coalesce(p."officerId", ''),
          count(*) FILTER (WHERE c.outcome <> 'EXCUSED'), count(*) FILTER (WHERE c.outcome = 'ATTENDED'),
          count(*) FILTER (WHERE c.outcome = 'MISSED'), count(*) FILTER (WHERE c.outcome = 'EXCUSED')
        FROM "public"."CheckIn" c JOIN "public"."Person" p ON p.id = c."personId"
        WHERE c."scheduledAt" < ${until} AND c.source <> 'UNSCHEDULED' AND p."regionId" IS NOT NULL
        GROUP BY 1, 2, 3, 4`;
      await tx.$executeRaw`DELETE FROM "public"."ViolationMonthly"`;
      const violations = await tx.$executeRaw`
        INSERT INTO "public"."ViolationMonthly" (month, "regionId", "districtId", "officerId", type, status, n)
        SELECT date_trunc('month', v."occurredAt" + interval '5 hours')::date, p."regionId", p."districtId", coalesce(p."officerId", ''), v.type, v.status, count(*)
        FROM "public"."Violation" v JOIN "public"."Person" p ON p.id = v."personId"
        WHERE v."occurredAt" < ${until} AND p."regionId" IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6`;
      await tx.dashboardRollup.upsert({ where: { id: 1 }, create: { id: 1, through, rebuiltAt: now }, update: { through, rebuiltAt: now } });
      if (upTo !== null) await tx.dashboardRollupChange.deleteMany({ where: { id: { lte: upTo } } });
      return { through, checkInRows: checkIns, violationRows: violations };
    },
    // A national rebuild reads every check-in once (about 5 s on a server for 2.3 million).
    { timeout: 300_000 },
  );
}

/**
 * Notes, in the caller's transaction, that a past month's counts changed: after a reassignment,
 * or a change to a record of a month the roll-ups already hold (a late check-in, a violation's
 * new status). The job that runs every minute rebuilds when there are notes; many changes share
 * one rebuild.
 */
export async function noteRollupChange(tx: Tx) {
  await tx.dashboardRollupChange.create({ data: {} });
}

/** Whether an instant lies in a month the roll-ups hold (before the current month in Kazakhstan). */
export function inRolledUpMonth(at: Date, now = new Date()): boolean {
  return at < kzStartOfDay(kzMonthStart(now));
}

export type TRollupState = { through: Date; rebuiltAt: Date } | null;

/** How far the roll-ups reach, and when they were rebuilt (null: never). */
export function readRollupState(db: Db): Promise<TRollupState> {
  return db.dashboardRollup.findUnique({ where: { id: 1 }, select: { through: true, rebuiltAt: true } });
}

/** The months [start, split) come from the roll-ups, [split, end) are counted live. */
export function rollupSplit(state: TRollupState, start: Date, end: Date): Date {
  if (!state) return start;
  return state.through < start ? start : state.through > end ? end : state.through;
}

/** The dashboard filter on a roll-up row aliased `r` (the twin of personFilterSql). */
export function rollupFilterSql(actor: TActor, filter: TDashboardFilter): Prisma.Sql {
  if (actor.role !== 'SUPERVISOR' || !actor.regionId) return Prisma.sql`FALSE`;
  const parts = [Prisma.sql`r."regionId" = ${actor.regionId}`];
  if (filter.districtId) parts.push(Prisma.sql`r."districtId" = ${filter.districtId}`);
  if (filter.officerId) parts.push(Prisma.sql`r."officerId" = ${filter.officerId}`);
  return Prisma.join(parts, ' AND ');
}

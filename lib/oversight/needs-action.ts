import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { complianceFiguresSql } from '@/lib/compliance/compliance';
import { reviewedSql } from '@/lib/review/rule';
import { kzStartOfToday } from '@/lib/time/today';
import { personFilterSql, type TDashboardFilter } from './filters';

/**
 * The dashboard's "needs action now" row (docs/oversight.md, "Needs action now"), in one query:
 *
 * - overdue check-ins: check-ins still scheduled whose time was before today (Kazakhstan) of the
 *   filtered persons: the list /dashboard/check-ins?outcome=OVERDUE shows the same rows;
 * - persons in breach: persons on the caseloads (reviewed, an active order) whose compliance
 *   status is "in breach" (docs/compliance.md: an open violation, or a check-in missed in the
 *   last 30 days): the caseload filtered by that status shows the same persons.
 *
 * The third figure, orders ending within 30 days with no pending petition, is the first window of
 * ordersEnding (figures.ts), so it costs no query of its own.
 */
export async function needsActionNow({ db, actor, filter, now }: { db: Db; actor: TActor; filter: TDashboardFilter; now: Date }) {
  const persons = Prisma.sql`
    SELECT p.id FROM "public"."Person" p
    WHERE ${personFilterSql(actor, filter)} AND ${reviewedSql()}
      AND EXISTS (SELECT 1 FROM "public"."SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')`;
  const [row] = await db.$queryRaw<{ overdue: bigint; inBreach: bigint }[]>`
    WITH persons AS MATERIALIZED (${persons})
    SELECT
      (SELECT count(*) FROM "public"."CheckIn" c JOIN "public"."Person" p ON p.id = c."personId"
        WHERE c.outcome = 'SCHEDULED' AND c."scheduledAt" < ${kzStartOfToday(now)} AND ${personFilterSql(actor, filter)}) AS overdue,
      (SELECT count(*) FROM (${complianceFiguresSql(Prisma.sql`SELECT id FROM persons`, now)}) f WHERE f.status = 'IN_BREACH') AS "inBreach"`;
  return { overdueCheckIns: Number(row?.overdue ?? 0), inBreach: Number(row?.inBreach ?? 0) };
}

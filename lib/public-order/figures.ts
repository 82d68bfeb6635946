import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { personFilterSql, type TDashboardFilter } from '@/lib/oversight/filters';
import { kzStartOfDay } from '@/lib/time/today';

// The supervisor dashboard's public-order figure (issue 14; docs/oversight.md "Public-order
// warnings"; docs/decisions/034-public-order-worklist-figures.md). Counted apart from every
// supervision figure: public-order warnings issued in the dashboard's period, by where they stand
// now, split into persons outside supervision (a public-order record) and persons under
// supervision (their record took the warning).

export const PUBLIC_ORDER_OUTCOMES = ['SIGNED', 'REFUSED', 'PENDING'] as const;
type TOutcome = (typeof PUBLIC_ORDER_OUTCOMES)[number];
type TCounts = { issued: number } & Record<TOutcome, number>;

/**
 * `range`: the dashboard's months [start, end) as UTC month starts (monthRange); a warning counts
 * in the month it was issued in Kazakhstan. Public-order records are filtered by the supervisor's
 * region and the dashboard's district, never by officer (they have none); supervised persons by the
 * dashboard's person filter (region, district, officer) like every other figure.
 */
export async function publicOrderWarningFigures({
  db = appDb,
  actor,
  filter,
  range,
}: {
  db?: Db;
  actor: TActor;
  filter: TDashboardFilter;
  range: { start: Date; end: Date };
}): Promise<{ outside: TCounts; supervised: TCounts }> {
  const empty = (): TCounts => ({ issued: 0, SIGNED: 0, REFUSED: 0, PENDING: 0 });
  const out = { outside: empty(), supervised: empty() };
  if (actor.role !== 'SUPERVISOR' || !actor.regionId) return out;
  const recordFilter = Prisma.join(
    [Prisma.sql`r."regionId" = ${actor.regionId}`, filter.districtId ? Prisma.sql`r."districtId" = ${filter.districtId}` : Prisma.sql`TRUE`],
    ' AND ',
  );
  const rows = await db.$queryRaw<{ kind: 'outside' | 'supervised'; outcome: TOutcome; n: bigint }[]>`
    SELECT CASE WHEN w."publicOrderPersonId" IS NOT NULL THEN 'outside' ELSE 'supervised' END AS kind, w.outcome::text AS outcome, count(*) AS n
    FROM "public"."Warning" w
    LEFT JOIN "public"."PublicOrderPerson" r ON r.id = w."publicOrderPersonId"
    LEFT JOIN "public"."Person" p ON p.id = w."personId"
    WHERE w.type = 'PUBLIC_ORDER_WARNING' AND w."issuedAt" >= ${kzStartOfDay(range.start)} AND w."issuedAt" < ${kzStartOfDay(range.end)}
      AND ((r.id IS NOT NULL AND ${recordFilter}) OR (p.id IS NOT NULL AND ${personFilterSql(actor, filter)}))
    GROUP BY 1, 2`;
  for (const r of rows) {
    const counts = out[r.kind];
    counts[r.outcome] += Number(r.n);
    counts.issued += Number(r.n);
  }
  return out;
}

export type TPublicOrderWarningFigures = Awaited<ReturnType<typeof publicOrderWarningFigures>>;

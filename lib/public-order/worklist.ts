import 'server-only';
import { TZDate } from '@date-fns/tz';
import { subMonths } from 'date-fns';
import { db as appDb } from '@/lib/db/client';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { hasPermission } from '@/lib/auth/permissions';
import { personScopeSql } from '@/lib/persons/scope';
import { kzToday } from '@/lib/time/today';
import { publicOrderSettings, type TPublicOrderSettings } from './settings';

// The public-order part of the police notice worklist (issue 14; docs/decisions/034-public-order-
// worklist-figures.md): subjects in scope with at least `worklistThreshold` incidents dated within
// the last `worklistWindowMonths` months and no signed public-order warning. A pending or refused
// warning keeps the subject on the list, showing its state, as the notice worklist does.

export const PUBLIC_ORDER_WORKLIST_PAGE_SIZE = 25;

type TScopeActor = Pick<TActor, 'id' | 'role' | 'districtId' | 'courtId' | 'regionId'>;

/**
 * publicOrderScope (lib/public-order/scope.ts) as SQL on a "PublicOrderPerson" row aliased `r`:
 * police of the record's district, supervisors of its region, nobody else.
 */
export function publicOrderScopeSql(actor: TScopeActor): Prisma.Sql {
  if (actor.role === 'POLICE' && actor.districtId) return Prisma.sql`r."districtId" = ${actor.districtId}`;
  if (actor.role === 'SUPERVISOR' && actor.regionId) return Prisma.sql`r."regionId" = ${actor.regionId}`;
  return Prisma.sql`FALSE`;
}

/**
 * The first day of the window, as a calendar date (UTC midnight): the same day `months` months
 * before today in Kazakhstan (date-fns subMonths, so 31 March looks back to the last day of
 * February). Incidents on that day count; the day before does not.
 */
export function worklistWindowStart(months: number, now: Date = new Date()): Date {
  return new Date(subMonths(new TZDate(kzToday(now), 'UTC'), months).getTime());
}

export type TWarningState = { state: 'NONE' } | { state: 'PENDING'; date: Date } | { state: 'REFUSED'; date: Date };

export type TPublicOrderWorklistItem = {
  kind: 'publicOrder' | 'person';
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  incidents: number;
  latestIncidentOn: Date;
  warning: TWarningState;
  href: string;
};

export type TPublicOrderWorklist = {
  total: number;
  page: number;
  pageSize: number;
  threshold: number;
  windowMonths: number;
  /** The window's first day (calendar date, UTC midnight). */
  from: Date;
  items: TPublicOrderWorklistItem[];
};

type TRow = {
  kind: 'publicOrder' | 'person';
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  n: bigint;
  latest: Date;
  outcome: string | null;
  issuedAt: Date | null;
  refusedOn: Date | null;
  total: bigint;
};

function toItem(r: TRow): TPublicOrderWorklistItem {
  const warning: TWarningState =
    r.outcome === null || r.issuedAt === null
      ? { state: 'NONE' }
      : r.outcome === 'REFUSED'
        ? { state: 'REFUSED', date: r.refusedOn ?? r.issuedAt }
        : { state: 'PENDING', date: r.issuedAt };
  return {
    kind: r.kind,
    id: r.id,
    lastName: r.lastName,
    firstName: r.firstName,
    middleName: r.middleName,
    incidents: Number(r.n),
    latestIncidentOn: r.latest,
    warning,
    href: r.kind === 'publicOrder' ? `/public-order/${r.id}` : `/persons/${r.id}#public-order`,
  };
}

/**
 * One page of the worklist in one query, most incidents first, then the latest incident. The
 * counting runs per subject over the (subject, occurredOn) indexes; the latest warning is read
 * for the page's rows only.
 */
export async function findPublicOrderWorklist({
  db = appDb,
  actor,
  page = 1,
  now = new Date(),
  settings,
}: {
  db?: Db | Tx;
  actor: TActor;
  page?: number;
  now?: Date;
  /** Read from the settings table when not given. */
  settings?: TPublicOrderSettings;
}): Promise<TPublicOrderWorklist> {
  const s = settings ?? (await publicOrderSettings(db));
  const from = worklistWindowStart(s.worklistWindowMonths, now);
  const today = kzToday(now);
  const base = { total: 0, page, pageSize: PUBLIC_ORDER_WORKLIST_PAGE_SIZE, threshold: s.worklistThreshold, windowMonths: s.worklistWindowMonths, from };
  // Officers, clerks and administrators never see public-order work (decision 030).
  if (!hasPermission(actor.role, 'publicOrder.read')) return { ...base, items: [] as TPublicOrderWorklistItem[] };
  const window = (col: Prisma.Sql) => Prisma.sql`${col} >= ${from}::date AND ${col} <= ${today}::date`;
  const rows = await db.$queryRaw<TRow[]>`
    WITH subjects AS (
      SELECT 'publicOrder' AS kind, r.id, r."lastName", r."firstName", r."middleName", count(*) AS n, max(i."occurredOn") AS latest
      FROM "public"."PublicOrderIncident" i JOIN "public"."PublicOrderPerson" r ON r.id = i."publicOrderPersonId"
      WHERE ${window(Prisma.sql`i."occurredOn"`)} AND ${publicOrderScopeSql(actor)}
        AND NOT EXISTS (SELECT 1 FROM "public"."Warning" w WHERE w."publicOrderPersonId" = r.id AND w.type = 'PUBLIC_ORDER_WARNING' AND w.outcome = 'SIGNED')
      GROUP BY r.id HAVING count(*) >= ${s.worklistThreshold}
      UNION ALL
      SELECT 'person' AS kind, p.id, p."lastName", p."firstName", p."middleName", count(*) AS n, max(i."occurredOn") AS latest
      FROM "public"."PublicOrderIncident" i JOIN "public"."Person" p ON p.id = i."personId"
      WHERE ${window(Prisma.sql`i."occurredOn"`)} AND ${personScopeSql(actor)}
        AND NOT EXISTS (SELECT 1 FROM "public"."Warning" w WHERE w."personId" = p.id AND w.type = 'PUBLIC_ORDER_WARNING' AND w.outcome = 'SIGNED')
      GROUP BY p.id HAVING count(*) >= ${s.worklistThreshold}
    ), paged AS (
      SELECT s.*, count(*) OVER () AS total FROM subjects s
      ORDER BY s.n DESC, s.latest DESC, s.id ASC
      LIMIT ${PUBLIC_ORDER_WORKLIST_PAGE_SIZE} OFFSET ${(page - 1) * PUBLIC_ORDER_WORKLIST_PAGE_SIZE}
    )
    SELECT pg.*, lw.outcome::text AS outcome, lw."issuedAt", lw."refusedOn"
    FROM paged pg
    LEFT JOIN LATERAL (
      SELECT w.outcome, w."issuedAt", w."refusedOn" FROM "public"."Warning" w
      WHERE w.type = 'PUBLIC_ORDER_WARNING'
        AND ((pg.kind = 'publicOrder' AND w."publicOrderPersonId" = pg.id) OR (pg.kind = 'person' AND w."personId" = pg.id))
      ORDER BY w."issuedAt" DESC, w.id DESC LIMIT 1
    ) lw ON TRUE
    ORDER BY pg.n DESC, pg.latest DESC, pg.id ASC`;
  // Past the last page (a stale link): the first page, rather than an empty list that says "0".
  if (rows.length === 0 && page > 1) return findPublicOrderWorklist({ db, actor, page: 1, now, settings: s });
  return { ...base, total: Number(rows[0]?.total ?? 0), items: rows.map(toItem) };
}

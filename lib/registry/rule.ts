import { Prisma } from '@/lib/generated/prisma/client';
import { kzToday } from '@/lib/time/today';
import { REVIEWED_WHERE, reviewedSql } from '@/lib/review/rule';

// The registry's inclusion rule (docs/registry.md), in one place: the page, the counts, the CSV
// export, the photo route and the person page's status all AND these filters, so they cannot
// disagree about who is listed.

/** Today's calendar date in Kazakhstan as UTC midnight (the one "today", lib/time/today.ts). */
export const registryToday = kzToday;

/** A supervision order in force today: active, started, and lifelong or not yet ended. */
export function orderInForceWhere(today: Date): Prisma.SupervisionOrderWhereInput {
  return { status: 'ACTIVE', startDate: { lte: today }, OR: [{ lifelong: true }, { endDate: { gte: today } }] };
}

/**
 * Persons the public registry lists today: an order in force, not withheld by a supervisor, and
 * reviewed (an imported person is published only once a supervisor has reviewed them).
 */
export function listedWhere(today: Date): Prisma.PersonWhereInput {
  return { ...REVIEWED_WHERE, registryWithheld: false, orders: { some: orderInForceWhere(today) } };
}

/** The registered address shown publicly: the current one (not closed by a later move). */
export const CURRENT_REGISTERED_ADDRESS: Prisma.AddressWhereInput = { kind: 'REGISTERED', validTo: null };

/** listedWhere as SQL on a "Person" row aliased `p` (tests/integration/sql-twins.test.ts holds them together). */
export function listedSql(today: Date): Prisma.Sql {
  return Prisma.sql`${reviewedSql()} AND NOT p."registryWithheld" AND EXISTS (
    SELECT 1 FROM "public"."SupervisionOrder" o
    WHERE o."personId" = p.id AND o.status = 'ACTIVE' AND o."startDate" <= ${today}::date AND (o.lifelong OR o."endDate" >= ${today}::date))`;
}

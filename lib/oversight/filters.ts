import { z } from 'zod';
import { zQueryId } from '@/lib/validation/fields';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope, personScopeSql } from '@/lib/persons/scope';

const zMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional()
  .catch(undefined);
const zId = zQueryId;

/** The dashboard's filters: district and officer within the supervisor's region, a month range. */
export const ZDashboardFilter = z.object({ districtId: zId, officerId: zId, from: zMonth, to: zMonth });
export type TDashboardFilter = z.output<typeof ZDashboardFilter>;

/** The month range as instants [start, end): by default the last 12 months including this one. */
export function monthRange(filter: TDashboardFilter, now: Date) {
  const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const parse = (m: string) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1);
  let from = filter.from ? parse(filter.from) : Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1);
  let to = filter.to ? parse(filter.to) : thisMonth;
  if (from > to) [from, to] = [to, from];
  // At most five years of months, so a typo cannot ask for a century.
  from = Math.max(from, Date.UTC(new Date(to).getUTCFullYear() - 5, new Date(to).getUTCMonth(), 1));
  const end = Date.UTC(new Date(to).getUTCFullYear(), new Date(to).getUTCMonth() + 1, 1);
  return { start: new Date(from), end: new Date(end) };
}

/**
 * Which persons the figures count, as a Prisma filter (for lists) ... : the actor's scope
 * (lib/persons/scope.ts) narrowed by district and officer.
 */
export function personFilterWhere(actor: TActor, filter: TDashboardFilter): Prisma.PersonWhereInput {
  return {
    AND: [personScope(actor), filter.districtId ? { districtId: filter.districtId } : {}, filter.officerId ? { officerId: filter.officerId } : {}],
  };
}

/**
 * ... and the same as SQL on a "Person" row aliased `p`, for the aggregate queries. Only the
 * supervisor's scope is needed here (the dashboard is theirs); every other role counts nobody.
 * A test checks that both forms select the same persons.
 */
export function personFilterSql(actor: TActor, filter: TDashboardFilter): Prisma.Sql {
  if (actor.role !== 'SUPERVISOR' || !actor.regionId) return Prisma.sql`FALSE`;
  // The person's own (indexed) region column, as in personScopeSql.
  const parts = [personScopeSql(actor)];
  if (filter.districtId) parts.push(Prisma.sql`p."districtId" = ${filter.districtId}`);
  if (filter.officerId) parts.push(Prisma.sql`p."officerId" = ${filter.officerId}`);
  return Prisma.join(parts, ' AND ');
}

/** The filters as URL parameters, for links from a figure to its list. */
export function filterParams(filter: TDashboardFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.districtId) out.districtId = filter.districtId;
  if (filter.officerId) out.officerId = filter.officerId;
  return out;
}

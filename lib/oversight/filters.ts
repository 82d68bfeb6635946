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

/** How many months the dashboard looks back for data when no period is chosen, and how many it shows at most. */
export const LOOKBACK_MONTHS = 12;
export const DEFAULT_MONTHS = 6;

/** No month chosen: the dashboard picks the period itself (defaultPeriod). */
export function isDefaultPeriod(filter: TDashboardFilter) {
  return !filter.from && !filter.to;
}

/**
 * The default period, from the months of the look-back ("YYYY-MM", oldest first) and whether
 * each has data (a check-in due or a violation): the last DEFAULT_MONTHS months up to the latest
 * month with data, none before the first month with data. With no data at all: the last
 * DEFAULT_MONTHS months. Returned as a filter's `from` and `to`.
 */
export function defaultPeriod(months: { month: string; hasData: boolean }[]): { from: string; to: string } {
  const withData = months.map((m, i) => (m.hasData ? i : -1)).filter((i) => i >= 0);
  const last = withData.length ? withData[withData.length - 1] : months.length - 1;
  const first = withData.length ? withData[0] : 0;
  const from = Math.max(first, last - DEFAULT_MONTHS + 1, 0);
  return { from: months[from].month, to: months[last].month };
}

/** The month range as instants [start, end): by default the last LOOKBACK_MONTHS months including this one. */
export function monthRange(filter: TDashboardFilter, now: Date) {
  const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const parse = (m: string) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1);
  let from = filter.from ? parse(filter.from) : Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (LOOKBACK_MONTHS - 1), 1);
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

import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import { zQueryDay, zQueryId, zQueryText } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/client';
import { addCalendarDays, kzStartOfDay } from '@/lib/time/today';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';
import { isAuditActionCode } from './action-codes';
import { labelPersonScope, labelUserScope, resolveAuditLabels } from './labels';

export const AUDIT_PAGE_SIZE = 50;

const zOptional = zQueryText(200);
const zDay = zQueryDay;

export const ZAuditFilter = z.object({
  /** The actor's e-mail (free text, kept for links and exports); `actorId` is the select. */
  actor: zOptional,
  actorId: zQueryId,
  action: zOptional,
  /** A person by name or IIN (free text), or by id (a link from a row). */
  person: zOptional,
  personId: zQueryId,
  target: zOptional,
  outcome: z.enum(['SUCCESS', 'DENIED', 'FAILURE']).optional().catch(undefined),
  from: zDay,
  to: zDay,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Filters an audit export may log in clear (the actor's e-mail is hashed: lib/audit/search-terms.ts). */
export const AUDIT_READABLE_FILTERS = ['action', 'actorId', 'personId', 'target', 'outcome', 'from', 'to'] as const;

export type TAuditFilter = z.output<typeof ZAuditFilter>;

/**
 * Which events an actor may read (docs/decisions/007-audit-scope-and-routes.md): administrators
 * the whole trail; a supervisor the events of their own region (about its persons and records,
 * or by its users); anyone else nothing. Every reader of the trail ANDs this in.
 */
export function auditScope(actor: Pick<TActor, 'role' | 'regionId'>): Prisma.AuditEventWhereInput {
  if (actor.role === 'ADMIN') return {};
  if (actor.role === 'SUPERVISOR' && actor.regionId) return { regionId: actor.regionId };
  return { id: { in: [] } };
}

/** The instant a filter's day (YYYY-MM-DD), plus `days`, begins in Kazakhstan: the trail is read in local days. */
function kzDayStarts(day: string, days = 0): Date {
  return kzStartOfDay(addCalendarDays(new Date(`${day}T00:00:00Z`), days));
}

/** A range whose start is after its end: the page says so and applies neither date. */
export function auditRangeInvalid(filter: Pick<TAuditFilter, 'from' | 'to'>): boolean {
  return !!filter.from && !!filter.to && filter.from > filter.to;
}

/** The records of the persons a person filter found, as (type, ids): the events about them. */
export type TAuditTargets = { targetType: string; ids: string[] }[];

/**
 * The filters as SQL conditions (indexed by time, actor, target, action). A known action code
 * matches exactly; other text as a prefix ("petition." for every petition step). `targets`: the
 * person filter, resolved by resolvePersonTargets (an empty list matches nothing).
 */
export function auditWhere(filter: Omit<TAuditFilter, 'page'>, targets: TAuditTargets | null = null): Prisma.AuditEventWhereInput {
  const range = auditRangeInvalid(filter) ? {} : { from: filter.from, to: filter.to };
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: 'insensitive' } } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: isAuditActionCode(filter.action) ? filter.action : { startsWith: filter.action } } : {}),
    ...(filter.target ? { targetId: filter.target } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(range.from || range.to
      ? { at: { ...(range.from ? { gte: kzDayStarts(range.from) } : {}), ...(range.to ? { lt: kzDayStarts(range.to, 1) } : {}) } }
      : {}),
    ...(targets ? { OR: targets.length ? targets.map((t) => ({ targetType: t.targetType, targetId: { in: t.ids } })) : [{ id: { in: [] } }] } : {}),
  };
}

/** At most this many persons match a person filter (a name shared by more: refine it). */
const PERSON_FILTER_CAP = 20;

/**
 * The person filter as the records it covers: the persons the reader may name (labelPersonScope)
 * matching the id or the name/IIN text, and their petitions, violations, warnings, check-ins,
 * orders, announcements and evidence. One query per record type. Null: no person filter.
 */
export async function resolvePersonTargets({
  db,
  reader,
  filter,
}: {
  db: Db;
  reader: Pick<TActor, 'role' | 'regionId'>;
  filter: Pick<TAuditFilter, 'person' | 'personId'>;
}): Promise<{ targets: TAuditTargets; persons: { id: string; name: string }[] } | null> {
  if (!filter.personId && !filter.person) return null;
  const terms = (filter.person ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
  const text: Prisma.PersonWhereInput[] = terms.map((term) =>
    /^\d+$/.test(term)
      ? { iin: { startsWith: term } }
      : {
          OR: [
            { lastName: { contains: term, mode: 'insensitive' } },
            { firstName: { contains: term, mode: 'insensitive' } },
            { middleName: { contains: term, mode: 'insensitive' } },
          ],
        },
  );
  const persons = await db.person.findMany({
    where: { AND: [labelPersonScope(reader), filter.personId ? { id: filter.personId } : {}, ...text] },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    take: PERSON_FILTER_CAP,
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const ids = persons.map((p) => p.id);
  const of = { personId: { in: ids } };
  const pick = (rows: { id: string }[]) => rows.map((r) => r.id);
  const [petitions, violations, warnings, checkIns, orders, announcements, evidence] = ids.length
    ? await Promise.all([
        db.extensionPetition.findMany({ where: of, select: { id: true } }).then(pick),
        db.violation.findMany({ where: of, select: { id: true } }).then(pick),
        db.warning.findMany({ where: of, select: { id: true } }).then(pick),
        db.checkIn.findMany({ where: of, select: { id: true } }).then(pick),
        db.supervisionOrder.findMany({ where: of, select: { id: true } }).then(pick),
        db.announcementTask.findMany({ where: of, select: { id: true } }).then(pick),
        db.evidence.findMany({ where: { violation: of }, select: { id: true } }).then(pick),
      ])
    : [[], [], [], [], [], [], []];
  const targets: TAuditTargets = [
    { targetType: 'Person', ids },
    { targetType: 'ExtensionPetition', ids: petitions },
    { targetType: 'Violation', ids: violations },
    { targetType: 'Warning', ids: warnings },
    { targetType: 'CheckIn', ids: checkIns },
    { targetType: 'SupervisionOrder', ids: orders },
    { targetType: 'AnnouncementTask', ids: announcements },
    { targetType: 'Evidence', ids: evidence },
  ].filter((t) => t.ids.length > 0);
  return { targets, persons: persons.map((p) => ({ id: p.id, name: [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ') })) };
}

/** The users the reader may filter the trail by (a supervisor: those of their region), by name. */
export function findAuditActorOptions({ db = appDb, reader }: { db?: Db; reader: Pick<TActor, 'role' | 'regionId'> }) {
  return db.user.findMany({ where: labelUserScope(reader), orderBy: [{ fullName: 'asc' }, { id: 'asc' }], select: { id: true, fullName: true } });
}

/** The trail grows by millions of rows a year: the page counts at most this many matches. */
export const AUDIT_COUNT_CAP = 10_000;

/**
 * Newest first, one page; the count is capped (`capped`: there are more than `total`). With
 * readable labels for targets and actors (lib/audit/labels.ts) and the persons a person filter matched.
 */
export async function findAuditEvents({ db = appDb, actor, filter }: { db?: Db; actor: Pick<TActor, 'role' | 'regionId'>; filter: TAuditFilter }) {
  const person = await resolvePersonTargets({ db, reader: actor, filter });
  const where = { AND: [auditScope(actor), auditWhere(filter, person?.targets ?? null)] };
  const [counted, rows] = await Promise.all([
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1 }),
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const capped = counted > AUDIT_COUNT_CAP;
  const total = Math.min(counted, AUDIT_COUNT_CAP);
  const labels = await resolveAuditLabels({ db, reader: actor, events: rows });
  return {
    total,
    capped,
    rows,
    labels,
    persons: person?.persons ?? null,
    rangeInvalid: auditRangeInvalid(filter),
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

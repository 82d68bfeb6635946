import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import { kzTodayString } from '@/lib/time/today';
import { bookedIntervals, getWorkingHours } from './booking';
import { addDayString, freeSlotsByDay, kzAt, weekdayOf } from './slots';

/** The officer's own scheduled appointments and visits (persons on their caseload, in scope). */
const mine = (actor: TActor) => ({ outcome: 'SCHEDULED' as const, person: { AND: [personScope(actor), { officerId: actor.id }] } });

const ITEM = {
  id: true,
  version: true,
  scheduledAt: true,
  durationMinutes: true,
  channel: true,
  curfewCheck: true,
  source: true,
  person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
} as const;

/** Monday "YYYY-MM-DD" of the week holding `day` (Kazakhstan calendar). */
export function weekStart(day: string): string {
  return addDayString(day, 1 - weekdayOf(day));
}

/** `?week=YYYY-MM-DD` (any day of the week) or this week, as its Monday. */
export function parseWeek(raw: string | string[] | undefined, now = new Date()): string {
  const v = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : kzTodayString(now);
  return weekStart(v);
}

/** The seven days of a week with the officer's appointments and visits on each, in time order. */
export async function findWeek({ db, actor, week }: { db: Db; actor: TActor; week: string }) {
  const items = await db.checkIn.findMany({
    where: { ...mine(actor), scheduledAt: { gte: kzAt(week, 0), lt: kzAt(addDayString(week, 7), 0) } },
    orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
    take: 1000,
    select: ITEM,
  });
  return Array.from({ length: 7 }, (_, i) => addDayString(week, i)).map((day) => ({
    day,
    items: items.filter((c) => kzTodayString(c.scheduledAt!) === day),
  }));
}
export type TAgendaItem = Awaited<ReturnType<typeof findWeek>>[number]['items'][number];

/** One appointment or visit of the officer's, for the reschedule/cancel page (the view is audited). */
export async function findAppointment({ db, actor, id }: { db: Db; actor: TActor; id: string }) {
  const item = await db.checkIn.findFirst({ where: { id, ...mine(actor) }, select: ITEM });
  if (!item || !item.scheduledAt) throw new NotFoundError('CheckIn');
  return item as typeof item & { scheduledAt: Date };
}

/** The free slots of the officer of a person (or of the actor) over the next `days` days. */
export async function findFreeSlots({
  db,
  officerId,
  now = new Date(),
  days = 14,
  exceptId,
}: {
  db: Db;
  officerId: string | null;
  now?: Date;
  days?: number;
  exceptId?: string;
}) {
  if (!officerId) return [];
  const fromDay = kzTodayString(now);
  const hours = await getWorkingHours(db, officerId);
  const booked = await bookedIntervals(db, [officerId], kzAt(fromDay, 0), kzAt(addDayString(fromDay, days), 0), exceptId);
  return freeSlotsByDay({ hours, fromDay, days, booked, now });
}

/** The free slots for booking a person: their officer's, if the person is in the actor's scope. */
export async function findFreeSlotsForPerson({ db, actor, personId, now = new Date() }: { db: Db; actor: TActor; personId: string; now?: Date }) {
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { officerId: true } });
  return findFreeSlots({ db, officerId: person?.officerId ?? null, now });
}

/** The officer's upcoming appointments and visits for the .ics feed (the route audits the export). */
export async function findUpcoming({ db, actor, now = new Date() }: { db: Db | Tx; actor: TActor; now?: Date }) {
  return db.checkIn.findMany({
    where: { ...mine(actor), scheduledAt: { gte: kzAt(kzTodayString(now), 0) } },
    orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
    take: 2000,
    select: {
      ...ITEM,
      person: { select: { id: true, lastName: true, firstName: true, middleName: true, district: { select: { nameEn: true, nameRu: true, nameKk: true } } } },
    },
  });
}

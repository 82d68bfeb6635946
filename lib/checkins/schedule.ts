import type { Db, Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { differenceInMinutes } from 'date-fns';
import { addCalendarDays, addKzDays, kzTodayString } from '@/lib/time/today';
import { bookedIntervals, lockOfficerAgenda } from '@/lib/agenda/booking';
import { DEFAULT_WORKING_HOURS } from '@/lib/agenda/durations';
import { firstFreeSlotFrom } from '@/lib/agenda/slots';

// The reporting schedule: a mandatory-reporting restriction of N times a month becomes N due
// check-ins in every month of a rolling window. Each slot has a key (restriction, month,
// ordinal) with a unique constraint, so regenerating never duplicates; slots of a restriction
// that is no longer in force, or no longer wanted, are removed unless already recorded.

export const SCHEDULE_WINDOW_DAYS = 60;
/** A slot's day; due at 10:00 in Astana/Almaty (UTC+5) until placed in the officer's free slots. */
const DUE_HOUR_UTC = 5;

/** The N due instants of one calendar month, spread evenly across it. */
export function slotsForMonth(year: number, month: number, timesPerMonth: number): Date[] {
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Array.from({ length: timesPerMonth }, (_, i) => {
    const day = Math.floor(((i + 0.5) * daysInMonth) / timesPerMonth) + 1;
    return new Date(Date.UTC(year, month, day, DUE_HOUR_UTC));
  });
}

type TReporting = { id: string; personId: string; officerId: string | null; timesPerMonth: number; effectiveFrom: Date; effectiveTo: Date | null };

/** Every slot a restriction wants between `from` and `until`, with its key. */
export function wantedSlots(r: TReporting, from: Date, until: Date) {
  const out: { slotKey: string; scheduledAt: Date }[] = [];
  for (let y = from.getUTCFullYear(), m = from.getUTCMonth(); Date.UTC(y, m, 1) <= until.getTime(); m === 11 ? (y++, (m = 0)) : m++) {
    slotsForMonth(y, m, r.timesPerMonth).forEach((at, i) => {
      const inForce = at >= r.effectiveFrom && (!r.effectiveTo || at < addCalendarDays(r.effectiveTo, 1));
      if (at >= from && at <= until && inForce) out.push({ slotKey: `${r.id}:${y}-${String(m + 1).padStart(2, '0')}:${i}`, scheduledAt: at });
    });
  }
  return out;
}

/**
 * Brings the schedules of the given persons up to date for the next 60 days, in the caller's
 * transaction. Three queries whatever the number of persons, each bounded by the persons' ids
 * (the CheckIn (personId, scheduledAt) index). Returns how many slots were added and removed.
 * Called by the writes that change a schedule (orders, decisions) for their one person, and by
 * the nightly job for everyone (rollAllSchedules): never while a page renders.
 */
export async function rollSchedules({ tx, personIds, now = new Date() }: { tx: Tx; personIds: string[]; now?: Date }) {
  if (personIds.length === 0) return { added: 0, removed: 0 };
  const until = addKzDays(now, SCHEDULE_WINDOW_DAYS);
  const restrictions = await tx.restriction.findMany({
    where: {
      type: 'REPORTING',
      OR: [{ effectiveTo: null }, { effectiveTo: { gte: now } }],
      order: { status: 'ACTIVE', personId: { in: personIds } },
    },
    select: { id: true, params: true, effectiveFrom: true, effectiveTo: true, order: { select: { personId: true, person: { select: { officerId: true } } } } },
  });
  const wanted = restrictions.flatMap((r) => {
    const times = Number((r.params as { timesPerMonth?: number }).timesPerMonth);
    if (!Number.isInteger(times) || times < 1 || times > 4) return [];
    return wantedSlots(
      {
        id: r.id,
        personId: r.order.personId,
        officerId: r.order.person.officerId,
        timesPerMonth: times,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
      },
      now,
      until,
    ).map((s) => ({
      ...s,
      restrictionId: r.id,
      personId: r.order.personId,
      officerId: r.order.person.officerId,
    }));
  });
  const removed = await tx.checkIn.deleteMany({
    where: {
      personId: { in: personIds },
      source: 'SCHEDULE',
      outcome: 'SCHEDULED',
      scheduledAt: { gt: now },
      slotKey: { notIn: wanted.map((w) => w.slotKey) },
    },
  });
  const placed = await placeInFreeSlots(tx, wanted, now);
  const added = placed.length
    ? await tx.checkIn.createMany({
        data: placed.map((w) => ({ ...w, source: 'SCHEDULE' as const, channel: 'STATION' as const })),
        skipDuplicates: true,
      })
    : { count: 0 };
  return { added: added.count, removed: removed.count };
}

/**
 * Spreads the new slots over their officers' free slots (issue 12): each goes to the first free
 * slot of its day within the officer's working hours (or of the next working day), instead of
 * all at 10:00. Slots already there keep their time; a person without an officer, or a week with
 * no free slot, keeps 10:00. Locks the officers' agendas (in id order) so a booking made at the
 * same moment cannot take the same slot. Three queries whatever the number of slots.
 */
async function placeInFreeSlots<T extends { slotKey: string; scheduledAt: Date; officerId: string | null }>(tx: Tx, wanted: T[], now: Date): Promise<T[]> {
  if (wanted.length === 0) return [];
  const existing = new Set(
    (await tx.checkIn.findMany({ where: { slotKey: { in: wanted.map((w) => w.slotKey) } }, select: { slotKey: true } })).map((c) => c.slotKey),
  );
  const fresh = wanted.filter((w) => !existing.has(w.slotKey)).sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const officerIds = [...new Set(fresh.map((w) => w.officerId).filter((id): id is string => !!id))];
  if (officerIds.length === 0) return fresh;
  await lockOfficerAgenda(tx, officerIds);
  const hours = new Map((await tx.workingHours.findMany({ where: { userId: { in: officerIds } } })).map((h) => [h.userId, h]));
  const last = fresh[fresh.length - 1].scheduledAt;
  const booked = await bookedIntervals(tx, officerIds, now, addKzDays(last, 8));
  return fresh.map((w) => {
    if (!w.officerId) return w;
    const mine = booked.filter((b) => b.officerId === w.officerId);
    const slot = firstFreeSlotFrom({ hours: hours.get(w.officerId) ?? DEFAULT_WORKING_HOURS, day: kzTodayString(w.scheduledAt), booked: mine, now });
    if (!slot) return w;
    booked.push({ id: w.slotKey, officerId: w.officerId, scheduledAt: slot.start, durationMinutes: DEFAULT_WORKING_HOURS.slotMinutes, ...slot });
    return { ...w, scheduledAt: slot.start, durationMinutes: minutesBetween(slot) };
  });
}

const minutesBetween = (slot: { start: Date; end: Date }) => differenceInMinutes(slot.end, slot.start);

/**
 * The nightly job (lib/jobs/tasks.ts): every person under an active order (or with slots left
 * from one that ended), in batches of
 * `batchSize` persons, each batch its own short transaction so the job never holds locks long.
 */
export async function rollAllSchedules({
  db,
  now = new Date(),
  batchSize = 500,
  where = {},
}: {
  db: Db;
  now?: Date;
  batchSize?: number;
  /** Which persons: all by default (the nightly job); a test confines the roll to its own. */
  where?: Prisma.PersonWhereInput;
}) {
  const totals = { persons: 0, added: 0, removed: 0 };
  let cursor: string | undefined;
  for (;;) {
    const persons = await db.person.findMany({
      where: {
        AND: [where],
        // Also those with slots left from an order that is no longer active: their slots go.
        OR: [{ orders: { some: { status: 'ACTIVE' } } }, { checkIns: { some: { source: 'SCHEDULE', outcome: 'SCHEDULED', scheduledAt: { gt: now } } } }],
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true },
    });
    if (persons.length === 0) return totals;
    const ids = persons.map((p) => p.id);
    const { added, removed } = await db.$transaction((tx) => rollSchedules({ tx, personIds: ids, now }));
    totals.persons += ids.length;
    totals.added += added;
    totals.removed += removed;
    cursor = ids[ids.length - 1];
  }
}

/** Five working days (Mon–Fri) after `from`: the deadline for evidence of an absence. */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes, areIntervalsOverlapping, getISODay } from 'date-fns';
import { KZ_TIME_ZONE } from '@/lib/time/today';
import type { TWorkingHours } from './durations';

// Free-slot computation: pure, no database. Times are wall-clock in Asia/Almaty (UTC+5 all year,
// no daylight saving since 2024), so a day's slots are its working hours cut into slot lengths,
// less the lunch break, less whatever is already booked, less what has already begun.

export type TInterval = { start: Date; end: Date };

/** A calendar day "YYYY-MM-DD" at a wall-clock minute in Kazakhstan, as an instant. */
export function kzAt(day: string, minute: number): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(addMinutes(new TZDate(y, m - 1, d, KZ_TIME_ZONE), minute).getTime());
}

/** The calendar day "YYYY-MM-DD" `n` days after `day`. */
export function addDayString(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = addDays(new TZDate(y, m - 1, d, 'UTC'), n);
  return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
}

/** ISO weekday (1 = Monday) of a calendar day. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return getISODay(new TZDate(y, m - 1, d, 'UTC'));
}

/** The booked interval of an appointment or visit. */
export function bookedInterval(b: { scheduledAt: Date; durationMinutes: number }): TInterval {
  return { start: b.scheduledAt, end: addMinutes(b.scheduledAt, b.durationMinutes) };
}

export function overlaps(a: TInterval, b: TInterval): boolean {
  return areIntervalsOverlapping(a, b);
}

/** Every slot of a working day (none on a day off), lunch excluded. */
export function workingSlots(hours: TWorkingHours, day: string): TInterval[] {
  if (!hours.weekdays.includes(weekdayOf(day))) return [];
  const out: TInterval[] = [];
  for (let m = hours.startMinute; m + hours.slotMinutes <= hours.endMinute; m += hours.slotMinutes) {
    const inLunch =
      hours.lunchStartMinute !== null && hours.lunchEndMinute !== null && m < hours.lunchEndMinute && m + hours.slotMinutes > hours.lunchStartMinute;
    if (!inLunch) out.push({ start: kzAt(day, m), end: kzAt(day, m + hours.slotMinutes) });
  }
  return out;
}

/**
 * The free slots of a day: working slots that overlap nothing booked (booked intervals are
 * half-open, so a slot may start when another ends) and have not begun by `now`.
 */
export function freeSlots({ hours, day, booked, now }: { hours: TWorkingHours; day: string; booked: TInterval[]; now: Date }): TInterval[] {
  return workingSlots(hours, day).filter((s) => s.start >= now && !booked.some((b) => overlaps(s, b)));
}

/** Free slots over `days` calendar days from `fromDay`, grouped by day (days without any left out). */
export function freeSlotsByDay(args: { hours: TWorkingHours; fromDay: string; days: number; booked: TInterval[]; now: Date }) {
  return Array.from({ length: args.days }, (_, i) => addDayString(args.fromDay, i))
    .map((day) => ({ day, slots: freeSlots({ ...args, day }) }))
    .filter((d) => d.slots.length > 0);
}

/**
 * Where the rolling schedule puts a reporting check-in wanted on `day`: the first free slot of
 * that day or, if it is a day off or full, of the next days (up to a week); null if none.
 * `booked` grows as the caller places slots, so one run never puts two people in one slot.
 */
export function firstFreeSlotFrom({ hours, day, booked, now }: { hours: TWorkingHours; day: string; booked: TInterval[]; now: Date }): TInterval | null {
  for (let i = 0; i < 7; i++) {
    const slot = freeSlots({ hours, day: addDayString(day, i), booked, now })[0];
    if (slot) return slot;
  }
  return null;
}

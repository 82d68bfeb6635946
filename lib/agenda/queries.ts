import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { findAgenda } from '@/lib/caseload/agenda';
import { kzDateTimeInput } from '@/lib/time/today';
import { getWorkingHours } from './booking';
import { fromMinutes } from './hours';
import { findAppointment, findFreeSlots, findFreeSlotsForPerson, findWeek, parseWeek } from './read';
import { addDayString } from './slots';

// What the agenda pages read, with the app's database: pages call these, never Prisma.

/** The week view: `?week=` (any day of it) or this week. */
export async function agendaWeek(actor: TActor, weekParam: string | string[] | undefined) {
  const week = parseWeek(weekParam);
  return { week, previous: addDayString(week, -7), next: addDayString(week, 7), days: await findWeek({ db, actor, week }) };
}

/** The list view: overdue, today's and the next seven days' check-ins. */
export function agendaList(actor: TActor) {
  return findAgenda({ db, actor });
}

export function agendaAppointment(actor: TActor, id: string) {
  return findAppointment({ db, actor, id });
}

/** The officer's working hours as the settings form shows them. */
export async function workingHoursForm(actor: TActor) {
  const h = await getWorkingHours(db, actor.id);
  return {
    weekdays: h.weekdays,
    start: fromMinutes(h.startMinute),
    end: fromMinutes(h.endMinute),
    slotMinutes: h.slotMinutes,
    lunchStart: h.lunchStartMinute === null ? '' : fromMinutes(h.lunchStartMinute),
    lunchEnd: h.lunchEndMinute === null ? '' : fromMinutes(h.lunchEndMinute),
    version: h.version,
  };
}

type TSlots = Awaited<ReturnType<typeof findFreeSlots>>;
const dayLabel = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T00:00:00Z`));
const toPicker = (days: TSlots, locale: string) =>
  days.map((d) => ({
    day: d.day,
    label: dayLabel(d.day, locale),
    slots: d.slots.map((s) => ({ value: kzDateTimeInput(s.start), label: kzDateTimeInput(s.start).slice(11) })),
  }));

/** Free slots of the person's officer for the booking form's picker. */
export async function freeSlotPicker(actor: TActor, personId: string, locale: string) {
  return toPicker(await findFreeSlotsForPerson({ db, actor, personId }), locale);
}

/** Free slots of the actor's own agenda (rescheduling one of theirs; it does not block itself). */
export async function ownFreeSlotPicker(actor: TActor, exceptId: string, locale: string) {
  return toPicker(await findFreeSlots({ db, officerId: actor.id, exceptId }), locale);
}

export { dayLabel };

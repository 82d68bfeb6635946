import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { actAs, actAsOnce, buildWorld, db, type TWorld } from '../helpers/world';
import { createPerson } from '@/prisma/seed/factories';
import { scheduleAppointmentAction } from '@/lib/checkins/actions';
import { cancelAppointmentAction, rescheduleAppointmentAction, saveWorkingHoursAction } from '@/lib/agenda/actions';
import { findFreeSlots } from '@/lib/agenda/read';
import { rollSchedules } from '@/lib/checkins/schedule';
import { agendaIcsRoute } from '@/lib/agenda/ics-route';
import { addDayString, kzAt } from '@/lib/agenda/slots';
import { kzDateTimeInput, kzTodayString } from '@/lib/time/today';

// Agenda with times (issue 12): booking into free slots, the race for one slot, reschedule and
// cancel with their audit, the rolling schedule in the officer's slots, and the .ics feed.

let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

async function person(officerId = world.users.officer.id, reportingTimes?: number) {
  const { person } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2022, 0, 1)),
    ...(reportingTimes ? { restrictions: [{ type: 'REPORTING' as const, timesPerMonth: reportingTimes }] } : {}),
  });
  return person;
}

/** A weekday well ahead, its own per test so no two tests share a slot. */
let dayOffset = 20;
function nextDay() {
  let day = addDayString(kzTodayString(), dayOffset++);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDayString(kzTodayString(), dayOffset++);
  return day;
}
const book = (personId: string, scheduledAt: string, durationMinutes = 30) =>
  scheduleAppointmentAction({ personId, channel: 'STATION', scheduledAt, durationMinutes, curfewCheck: false, idempotencyKey: randomUUID() });

describe('booking into free slots', () => {
  it('books a free slot, takes it out of the free slots, and refuses an overlapping booking', async () => {
    const [a, b] = [await person(), await person()];
    const day = nextDay();
    await actAs(world.users.officer);
    const first = await book(a.id, `${day}T10:00`, 60);
    expect(first.ok).toBe(true);
    const row = await db.checkIn.findFirstOrThrow({ where: { personId: a.id } });
    expect(row.scheduledAt!.toISOString()).toBe(kzAt(day, 600).toISOString());
    expect(row.durationMinutes).toBe(60);

    const free = await findFreeSlots({ db, officerId: world.users.officer.id, days: 60 });
    const times = free.find((d) => d.day === day)!.slots.map((s) => kzDateTimeInput(s.start).slice(11));
    expect(times).toContain('09:30');
    expect(times).not.toContain('10:00');
    expect(times).not.toContain('10:30');
    expect(times).toContain('11:00');

    await actAs(world.users.officer);
    const clash = await book(b.id, `${day}T10:30`);
    expect(clash).toMatchObject({ ok: false, code: 'conflict', message: { key: 'agendaErrors.slotTaken' } });
    expect(await db.checkIn.count({ where: { personId: b.id } })).toBe(0);
    // Touching is not overlapping: 11:00 is free.
    await actAs(world.users.officer);
    expect((await book(b.id, `${day}T11:00`)).ok).toBe(true);
  });

  it('lets exactly one of two simultaneous bookings of one slot through, and loses nothing', async () => {
    const [a, b] = [await person(), await person()];
    const at = `${nextDay()}T15:00`;
    await actAsOnce(world.users.officer);
    await actAsOnce(world.users.officer);
    const results = await Promise.all([book(a.id, at), book(b.id, at)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'conflict', message: { key: 'agendaErrors.slotTaken' } });
    const booked = await db.checkIn.findMany({ where: { personId: { in: [a.id, b.id] } } });
    expect(booked).toHaveLength(1);
    const winner = results.find((r) => r.ok)! as { ok: true; data: { checkInId: string } };
    expect(booked[0].id).toBe(winner.data.checkInId);
  });

  it("uses the officer's own working hours", async () => {
    const officer = world.users.officer2;
    await actAs(officer);
    const saved = await saveWorkingHoursAction({
      weekdays: ['1', '2', '3', '4', '5', '6'],
      start: '08:00',
      end: '10:00',
      slotMinutes: '60',
      lunchStart: '',
      lunchEnd: '',
      version: 0,
    });
    expect(saved.ok).toBe(true);
    const free = await findFreeSlots({ db, officerId: officer.id, days: 14 });
    const saturday = free.find((d) => new Date(`${d.day}T00:00:00Z`).getUTCDay() === 6)!;
    expect(saturday.slots.map((s) => kzDateTimeInput(s.start).slice(11))).toEqual(['08:00', '09:00']);
    expect(await db.auditEvent.count({ where: { action: 'agenda.hours', actorId: officer.id, outcome: 'SUCCESS' } })).toBe(1);
    // A stale form (version 0 again) is a conflict, not a silent overwrite.
    await actAs(officer);
    expect(await saveWorkingHoursAction({ weekdays: ['1'], start: '08:00', end: '10:00', slotMinutes: '60', version: 0 })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});

describe('reschedule and cancel', () => {
  it('reschedules with a reason, keeping the old time in the audit event', async () => {
    const a = await person();
    const day = nextDay();
    await actAs(world.users.officer);
    const booked = (await book(a.id, `${day}T09:00`)) as { ok: true; data: { checkInId: string } };
    const row = await db.checkIn.findUniqueOrThrow({ where: { id: booked.data.checkInId } });
    await actAs(world.users.officer);
    expect(
      await rescheduleAppointmentAction({ checkInId: row.id, version: row.version, scheduledAt: `${day}T14:00`, durationMinutes: 45, reason: '' }),
    ).toMatchObject({
      ok: false,
      code: 'validation',
    });
    await actAs(world.users.officer);
    const moved = await rescheduleAppointmentAction({
      checkInId: row.id,
      version: row.version,
      scheduledAt: `${day}T14:00`,
      durationMinutes: 45,
      reason: 'Court hearing that morning',
    });
    expect(moved.ok).toBe(true);
    const after = await db.checkIn.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.scheduledAt!.toISOString()).toBe(kzAt(day, 14 * 60).toISOString());
    expect(after.durationMinutes).toBe(45);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'checkin.reschedule', targetId: row.id } });
    expect(event.details).toMatchObject({
      reason: 'Court hearing that morning',
      from: kzAt(day, 9 * 60).toISOString(),
      to: kzAt(day, 14 * 60).toISOString(),
      toDuration: 45,
    });
    // The same form again (old version) is a conflict.
    await actAs(world.users.officer);
    expect(
      await rescheduleAppointmentAction({ checkInId: row.id, version: row.version, scheduledAt: `${day}T16:00`, durationMinutes: 30, reason: 'again' }),
    ).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('refuses a reschedule onto a booked slot', async () => {
    const [a, b] = [await person(), await person()];
    const day = nextDay();
    await actAs(world.users.officer);
    await book(a.id, `${day}T11:00`);
    await actAs(world.users.officer);
    const mine = (await book(b.id, `${day}T12:00`)) as { ok: true; data: { checkInId: string } };
    await actAs(world.users.officer);
    expect(
      await rescheduleAppointmentAction({ checkInId: mine.data.checkInId, version: 1, scheduledAt: `${day}T11:15`, durationMinutes: 30, reason: 'x' }),
    ).toMatchObject({
      ok: false,
      message: { key: 'agendaErrors.slotTaken' },
    });
  });

  it('cancels an appointment the officer booked, with the reason and the old time audited; reporting is only moved', async () => {
    const a = await person();
    const day = nextDay();
    await actAs(world.users.officer);
    const booked = (await book(a.id, `${day}T16:00`)) as { ok: true; data: { checkInId: string } };
    await actAs(world.users.officer);
    expect(await cancelAppointmentAction({ checkInId: booked.data.checkInId, version: 1, reason: 'Person in hospital' })).toMatchObject({ ok: true });
    expect(await db.checkIn.findUnique({ where: { id: booked.data.checkInId } })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'checkin.cancel', targetId: a.id } });
    expect(event.details).toMatchObject({ checkInId: booked.data.checkInId, reason: 'Person in hospital', scheduledAt: kzAt(day, 16 * 60).toISOString() });

    const reporting = await person(world.users.officer.id, 2);
    await db.$transaction((tx) => rollSchedules({ tx, personIds: [reporting.id] }));
    const slot = await db.checkIn.findFirstOrThrow({ where: { personId: reporting.id, source: 'SCHEDULE' } });
    await actAs(world.users.officer);
    expect(await cancelAppointmentAction({ checkInId: slot.id, version: slot.version, reason: 'no' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.checkIn.findUnique({ where: { id: slot.id } })).not.toBeNull();
  });

  it('does not let another officer move or cancel it', async () => {
    const a = await person();
    await actAs(world.users.officer);
    const booked = (await book(a.id, `${nextDay()}T17:00`)) as { ok: true; data: { checkInId: string } };
    await actAs(world.users.officer2);
    expect(await cancelAppointmentAction({ checkInId: booked.data.checkInId, version: 1, reason: 'x' })).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('the rolling schedule in free slots', () => {
  it("spreads reporting over the officer's free slots instead of one hour", async () => {
    const officer = await db.user.create({
      data: { email: `agenda-${randomUUID()}@test.kz`, fullName: 'Slots Officer', role: 'OFFICER', districtId: world.district.id },
    });
    const persons = [await person(officer.id, 2), await person(officer.id, 2), await person(officer.id, 2)];
    const now = new Date('2026-11-28T08:00:00Z');
    await db.$transaction((tx) => rollSchedules({ tx, personIds: persons.map((p) => p.id), now }));
    const slots = await db.checkIn.findMany({ where: { personId: { in: persons.map((p) => p.id) } }, orderBy: { scheduledAt: 'asc' } });
    expect(slots.length).toBe(12);
    // Three persons wanted on one day: three different slots of the default hours from 09:00.
    const dec8 = slots.filter((s) => kzTodayString(s.scheduledAt!) === '2026-12-08').map((s) => kzDateTimeInput(s.scheduledAt!).slice(11));
    expect(dec8).toEqual(['09:00', '09:30', '10:00']);
    // 24 January 2027 is a Sunday: moved to Monday the 25th.
    expect(slots.some((s) => kzTodayString(s.scheduledAt!) === '2027-01-24')).toBe(false);
    expect(slots.filter((s) => kzTodayString(s.scheduledAt!) === '2027-01-25')).toHaveLength(3);
    expect(new Set(slots.map((s) => s.scheduledAt!.toISOString())).size).toBe(slots.length);
    // Regenerating keeps the times.
    await db.$transaction((tx) => rollSchedules({ tx, personIds: persons.map((p) => p.id), now }));
    expect((await db.checkIn.findMany({ where: { personId: { in: persons.map((p) => p.id) } }, orderBy: { scheduledAt: 'asc' } })).map((s) => s.id)).toEqual(
      slots.map((s) => s.id),
    );
  });
});

describe('the .ics feed', () => {
  it("serves the signed-in officer's upcoming appointments as text/calendar, with little personal data, audited", async () => {
    const a = await person();
    const day = nextDay();
    await actAs(world.users.officer);
    const booked = (await book(a.id, `${day}T12:30`)) as { ok: true; data: { checkInId: string } };
    await actAs(world.users.officer);
    const response = await agendaIcsRoute(new Request('http://nadzor.test/agenda/ics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:${booked.data.checkInId}@nadzor.test`);
    expect(unfolded).toContain(
      `DTSTART:${kzAt(day, 12 * 60 + 30)
        .toISOString()
        .replace(/[-:]/g, '')
        .slice(0, 15)}Z`,
    );
    expect(unfolded).toContain(`SUMMARY:At the station: ${a.lastName} ${a.firstName.slice(0, 1)}.`);
    expect(unfolded).not.toContain(a.iin);
    expect(await db.auditEvent.count({ where: { action: 'agenda.export', actorId: world.users.officer.id, outcome: 'SUCCESS' } })).toBeGreaterThan(0);

    // Not signed in: the plain 404 of every route, and nothing served.
    await actAs(null);
    expect((await agendaIcsRoute(new Request('http://nadzor.test/agenda/ics'))).status).toBe(404);
    // Police have no agenda.
    await actAs(world.users.police);
    expect((await agendaIcsRoute(new Request('http://nadzor.test/agenda/ics'))).status).toBe(404);
  });
});

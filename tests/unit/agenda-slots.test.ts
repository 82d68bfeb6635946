import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, ZWorkingHours, fromMinutes, toMinutes, type TWorkingHours } from '@/lib/agenda/hours';
import { addDayString, bookedInterval, firstFreeSlotFrom, freeSlots, freeSlotsByDay, kzAt, weekdayOf, workingSlots } from '@/lib/agenda/slots';
import { buildCalendar, escapeText, foldLine } from '@/lib/agenda/ics';

const iso = (d: Date) => d.toISOString();
const EARLY = new Date('2026-01-01T00:00:00Z');
const HOURS: TWorkingHours = {
  weekdays: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 12 * 60,
  slotMinutes: 60,
  lunchStartMinute: null,
  lunchEndMinute: null,
};

describe('free slots (Asia/Almaty, UTC+5 all year)', () => {
  it('cuts the working hours into slots in Kazakhstan time', () => {
    // Monday 7 December 2026: 09:00, 10:00, 11:00 local = 04:00, 05:00, 06:00 UTC.
    expect(workingSlots(HOURS, '2026-12-07').map((s) => iso(s.start))).toEqual([
      '2026-12-07T04:00:00.000Z',
      '2026-12-07T05:00:00.000Z',
      '2026-12-07T06:00:00.000Z',
    ]);
    expect(iso(workingSlots(HOURS, '2026-12-07')[2].end)).toBe('2026-12-07T07:00:00.000Z');
  });

  it('has no slots on a day off', () => {
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect(workingSlots(HOURS, '2026-12-06')).toEqual([]);
  });

  it('leaves out the lunch break and a last slot that would run past the end', () => {
    const h = { ...DEFAULT_WORKING_HOURS, endMinute: 17 * 60 + 45 };
    const times = workingSlots(h, '2026-12-07').map((s) => fromMinutes(toMinutes(s.start.toISOString().slice(11, 16)) + 300));
    expect(times).not.toContain('13:00');
    expect(times).not.toContain('13:30');
    expect(times).toContain('14:00');
    expect(times[0]).toBe('09:00');
    expect(times[times.length - 1]).toBe('17:00'); // 17:30–18:00 would end after 17:45
  });

  it('takes out booked intervals, with touching boundaries allowed', () => {
    const booked = [bookedInterval({ scheduledAt: kzAt('2026-12-07', 10 * 60), durationMinutes: 60 })];
    expect(freeSlots({ hours: HOURS, day: '2026-12-07', booked, now: EARLY }).map((s) => iso(s.start))).toEqual([
      '2026-12-07T04:00:00.000Z',
      '2026-12-07T06:00:00.000Z',
    ]);
    // A 15-minute booking at 10:45 still blocks the 10:00 slot; one ending at 09:00 blocks nothing.
    const partial = [
      bookedInterval({ scheduledAt: kzAt('2026-12-07', 10 * 60 + 45), durationMinutes: 15 }),
      bookedInterval({ scheduledAt: kzAt('2026-12-07', 8 * 60 + 30), durationMinutes: 30 }),
    ];
    expect(freeSlots({ hours: HOURS, day: '2026-12-07', booked: partial, now: EARLY })).toHaveLength(2);
  });

  it('offers nothing that has begun', () => {
    const now = kzAt('2026-12-07', 9 * 60 + 1);
    expect(freeSlots({ hours: HOURS, day: '2026-12-07', booked: [], now }).map((s) => iso(s.start))).toEqual([
      '2026-12-07T05:00:00.000Z',
      '2026-12-07T06:00:00.000Z',
    ]);
  });

  it('groups free days and moves a reporting slot off a day off or a full day', () => {
    expect(freeSlotsByDay({ hours: HOURS, fromDay: '2026-12-05', days: 3, booked: [], now: EARLY }).map((d) => d.day)).toEqual(['2026-12-07']);
    expect(iso(firstFreeSlotFrom({ hours: HOURS, day: '2026-12-05', booked: [], now: EARLY })!.start)).toBe('2026-12-07T04:00:00.000Z');
    const full = workingSlots(HOURS, '2026-12-07');
    expect(iso(firstFreeSlotFrom({ hours: HOURS, day: '2026-12-07', booked: full, now: EARLY })!.start)).toBe('2026-12-08T04:00:00.000Z');
    expect(firstFreeSlotFrom({ hours: { ...HOURS, weekdays: [] }, day: '2026-12-07', booked: [], now: EARLY })).toBeNull();
  });

  it('crosses month and year ends in calendar days', () => {
    expect(addDayString('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDayString('2027-03-01', -1)).toBe('2027-02-28');
    // No daylight saving: the same UTC offset in winter and summer.
    expect(iso(kzAt('2027-07-01', 9 * 60))).toBe('2027-07-01T04:00:00.000Z');
  });

  it('validates the settings form', () => {
    const ok = { weekdays: ['1', '2'], start: '09:00', end: '18:00', slotMinutes: '30', lunchStart: '', lunchEnd: '' };
    expect(ZWorkingHours.safeParse(ok).success).toBe(true);
    expect(ZWorkingHours.safeParse({ ...ok, end: '09:15' }).error?.issues[0].message).toBe('agendaSettings.validation.endAfterStart');
    expect(ZWorkingHours.safeParse({ ...ok, lunchStart: '13:00' }).error?.issues[0].message).toBe('agendaSettings.validation.lunchBoth');
    expect(ZWorkingHours.safeParse({ ...ok, lunchStart: '19:00', lunchEnd: '20:00' }).error?.issues[0].message).toBe('agendaSettings.validation.lunchInside');
    expect(ZWorkingHours.safeParse({ ...ok, slotMinutes: '25' }).success).toBe(false);
    expect(ZWorkingHours.safeParse({ ...ok, weekdays: [] }).success).toBe(false);
  });
});

describe('iCalendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'Ә'.repeat(60)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
  });

  it('writes CRLF lines with UID, DTSTAMP and UTC times', () => {
    const text = buildCalendar({
      name: 'Agenda',
      now: new Date('2026-12-01T10:00:00Z'),
      events: [
        { uid: 'c1@example', start: new Date('2026-12-07T04:00:00Z'), durationMinutes: 30, summary: 'At the station: Ivanov I.', location: 'Almaly, No. 2' },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('UID:c1@example');
    expect(lines).toContain('DTSTAMP:20261201T100000Z');
    expect(lines).toContain('DTSTART:20261207T040000Z');
    expect(lines).toContain('DTEND:20261207T043000Z');
    expect(lines).toContain('LOCATION:Almaly\\, No. 2');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});

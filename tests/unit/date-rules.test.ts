import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MIN_DATE, parseLocalDateTime, zDateWithin, zLocalDateTimeWithin, zPastDate, zQueryDay, zQueryText, zRequiredText } from '@/lib/validation/fields';
import {
  announcementRule,
  decisionRule,
  hearingRule,
  missedRule,
  orderStartRule,
  protocolRule,
  verdictRule,
  warningOutcomeRule,
} from '@/lib/validation/date-rules';
import { daysFromToday, kzDateTimeInput, kzStartOfToday, kzToday, kzTodayString } from '@/lib/time/today';
import { ZRecordCheckIn, ZScheduleAppointment } from '@/lib/checkins/schemas';
import { ZDecidePetition, ZSetHearing } from '@/lib/petitions/schemas';
import { ZRegisterPerson } from '@/lib/persons/schemas';
import { ZCreateOrder } from '@/lib/supervision/schemas';
import { buildIin } from '@/lib/iin/iin';

// Every date rule on both sides of its boundary, in Kazakhstan time (docs/date-rules.md). The
// clock is fixed at 20:00 UTC on 1 December 2026: already 2 December in Astana, still
// 1 December in UTC, the hour at which a UTC "today" used to disagree with Kazakhstan's.

const NOW = new Date('2026-12-01T20:00:00Z');
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const firstMessage = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? null : r.error.issues[0]!.message;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('one today for Kazakhstan', () => {
  it('is 2 December at 20:00 UTC on 1 December', () => {
    expect(kzTodayString()).toBe('2026-12-02');
    expect(kzToday()).toEqual(day('2026-12-02'));
    expect(kzStartOfToday()).toEqual(new Date('2026-12-01T19:00:00Z'));
    // Just before 19:00 UTC it is still 1 December in Kazakhstan.
    expect(kzTodayString(new Date('2026-12-01T18:59:59Z'))).toBe('2026-12-01');
    // The value a datetime-local input starts from, and the instant the schemas read back from it.
    expect(kzDateTimeInput()).toBe('2026-12-02T01:00');
    expect(parseLocalDateTime(kzDateTimeInput())).toEqual(NOW);
  });
  it('counts days to an order end from that today', () => {
    expect(daysFromToday(day('2026-12-02'))).toBe(0);
    expect(daysFromToday(day('2026-12-01'))).toBe(-1);
    expect(daysFromToday(day('2027-01-01'))).toBe(30);
  });
});

describe('field bounds', () => {
  it('something that happened may be today in Kazakhstan, not tomorrow', () => {
    expect(zPastDate.safeParse('2026-12-02').success).toBe(true);
    expect(firstMessage(zPastDate, '2026-12-03')).toBe('validation.dateInFuture');
  });
  it('no date before 1900', () => {
    expect(zPastDate.safeParse('1900-01-01').data).toEqual(MIN_DATE);
    expect(firstMessage(zPastDate, '1899-12-31')).toBe('validation.dateBefore1900');
    expect(firstMessage(zPastDate, '0001-01-01')).toBe('validation.dateBefore1900');
  });
  it('impossible or badly written dates are a field error, never an exception', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '12.04.1981', '', '2026-1-1', ' 2026-01-01']) expect(firstMessage(zPastDate, bad)).toBe('validation.date');
    expect(firstMessage(zPastDate, undefined)).toBe('validation.required');
    expect(firstMessage(zPastDate, 12)).toBe('validation.required');
  });
  it('planned dates stop at their horizon', () => {
    expect(zDateWithin('nearFuture').safeParse('2028-12-02').success).toBe(true);
    expect(firstMessage(zDateWithin('nearFuture'), '2028-12-03')).toBe('validation.dateTooFarAhead');
    expect(zDateWithin('sentence').safeParse('2056-12-02').success).toBe(true);
    expect(firstMessage(zDateWithin('sentence'), '2056-12-03')).toBe('validation.dateTooFarAhead');
    expect(firstMessage(zDateWithin('orderEnd'), '9999-12-31')).toBe('validation.dateTooFarAhead');
  });
  it('a moment that happened may be up to five minutes ahead of the clock, not more', () => {
    const past = zLocalDateTimeWithin('past');
    // 20:00 UTC is 01:00 on 2 December in Kazakhstan.
    expect(past.safeParse('2026-12-02T01:05').success).toBe(true);
    expect(firstMessage(past, '2026-12-02T01:06')).toBe('validation.notInFuture');
    expect(firstMessage(past, '2024-01-01 10:00')).toBe('validation.dateTime');
    expect(firstMessage(past, '2024-02-30T10:00')).toBe('validation.dateTime');
    expect(firstMessage(past, '2024-01-01T24:00')).toBe('validation.dateTime');
    expect(firstMessage(past, '0001-01-01T10:00')).toBe('validation.dateBefore1900');
  });
  it('text refuses NUL and other control characters, keeps tabs and new lines', () => {
    expect(firstMessage(zRequiredText(100), 'a\u0000b')).toBe('validation.controlCharacters');
    expect(firstMessage(zRequiredText(100), 'a\u001Bb')).toBe('validation.controlCharacters');
    expect(firstMessage(zRequiredText(100), 'a\uD800b')).toBe('validation.controlCharacters');
    expect(zRequiredText(100).safeParse('line 1\n\tline 2\r\n').success).toBe(true);
  });
  it('search boxes and filter days drop what cannot be used instead of failing', () => {
    expect(zQueryText(100).parse('a\u0000b')).toBe('ab');
    expect(zQueryText(100).parse('\u0000')).toBeUndefined();
    expect(zQueryText(3).parse('abcd')).toBeUndefined();
    expect(zQueryDay.parse('2026-02-30')).toBeUndefined();
    expect(zQueryDay.parse('0001-01-01')).toBeUndefined();
    expect(zQueryDay.parse('2026-02-28')).toBe('2026-02-28');
  });
});

describe('rules between dates', () => {
  it('order start on or after the sentence end', () => {
    expect(orderStartRule(day('2026-05-10'), day('2026-05-10'))).toBeNull();
    expect(orderStartRule(day('2026-05-09'), day('2026-05-10'))).toBe('validation.orderStartBeforeSentenceEnd');
    expect(orderStartRule(day('2026-05-09'), null)).toBeNull();
  });
  it('verdict on or after the birth date', () => {
    expect(verdictRule(day('1990-01-01'), day('1990-01-01'))).toBeNull();
    expect(verdictRule(day('1989-12-31'), day('1990-01-01'))).toBe('validation.verdictBeforeBirth');
  });
  it('hearing on or after the filing day in Kazakhstan', () => {
    // Filed at 20:00 UTC on 1 December = 2 December in Astana.
    const filedAt = new Date('2026-12-01T20:00:00Z');
    expect(hearingRule(day('2026-12-02'), filedAt)).toBeNull();
    expect(hearingRule(day('2026-12-01'), filedAt)).toBe('validation.hearingBeforeFiling');
  });
  it('decision on or after the filing and the hearing', () => {
    const filedAt = new Date('2026-10-01T05:00:00Z');
    expect(decisionRule(day('2026-10-01'), { filedAt, hearingDate: null })).toBeNull();
    expect(decisionRule(day('2026-09-30'), { filedAt, hearingDate: null })).toBe('validation.decisionBeforeFiling');
    expect(decisionRule(day('2026-11-10'), { filedAt, hearingDate: day('2026-11-10') })).toBeNull();
    expect(decisionRule(day('2026-11-09'), { filedAt, hearingDate: day('2026-11-10') })).toBe('validation.decisionBeforeHearing');
  });
  it('announcement on or after the decision', () => {
    expect(announcementRule(day('2026-11-10'), day('2026-11-10'))).toBeNull();
    expect(announcementRule(day('2026-11-09'), day('2026-11-10'))).toBe('validation.announcementBeforeDecision');
  });
  it('warning outcome on or after the day of issue in Kazakhstan', () => {
    const issuedAt = new Date('2026-11-30T19:30:00Z'); // 1 December 00:30 in Astana
    expect(warningOutcomeRule(day('2026-12-01'), issuedAt)).toBeNull();
    expect(warningOutcomeRule(day('2026-11-30'), issuedAt)).toBe('validation.outcomeBeforeIssue');
  });
  it('protocol on or after the day of the violation', () => {
    const occurredAt = new Date('2026-11-20T21:00:00Z'); // 21 November 02:00 in Astana
    expect(protocolRule(day('2026-11-21'), occurredAt)).toBeNull();
    expect(protocolRule(day('2026-11-20'), occurredAt)).toBe('validation.protocolBeforeViolation');
  });
  it('a check-in is missed only after it was due', () => {
    const dueAt = new Date('2026-12-01T19:30:00Z');
    expect(missedRule({ outcome: 'MISSED', actualAt: new Date('2026-12-01T19:30:00Z') }, dueAt)).toBeNull();
    expect(missedRule({ outcome: 'MISSED', actualAt: new Date('2026-12-01T19:29:00Z') }, dueAt)).toBe('validation.missedBeforeDueTime');
    const later = new Date('2026-12-01T20:01:00Z');
    expect(missedRule({ outcome: 'MISSED', actualAt: NOW }, later)).toBe('validation.missedBeforeDue');
    expect(missedRule({ outcome: 'ATTENDED', actualAt: NOW }, later)).toBeNull();
  });
});

describe('the rules in the domain schemas', () => {
  const ref = { petitionId: 'p1', version: 1 };
  it('a decision in the future is refused as such, not as an ended order', () => {
    const r = ZDecidePetition.safeParse({ ...ref, outcome: 'GRANTED_YEARS', termYears: 3, decisionNumber: '2-1/2026', decisionDate: '2026-12-03' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['decisionDate', 'validation.dateInFuture']]);
    expect(ZDecidePetition.safeParse({ ...ref, outcome: 'GRANTED_YEARS', termYears: 3, decisionNumber: '2-1/2026', decisionDate: '2026-12-02' }).success).toBe(
      true,
    );
  });
  it('a hearing may be set up to two years ahead', () => {
    expect(ZSetHearing.safeParse({ ...ref, hearingDate: '2028-12-02', hearingTime: '10:00', courtroom: '1' }).success).toBe(true);
    expect(firstMessage(ZSetHearing, { ...ref, hearingDate: '2999-01-01', hearingTime: '10:00', courtroom: '1' })).toBe('validation.dateTooFarAhead');
  });
  it('a check-in with an unparseable time gets a field error and no object rule runs on it', () => {
    const base = { personId: 'p', channel: 'STATION', outcome: 'EXCUSED', excuseReason: '', idempotencyKey: '3f1e4c1a-8f7b-4c6e-9a59-0d2f8f9b6c11' };
    for (const actualAt of ['', '2024-01-01 10:00']) {
      const r = ZRecordCheckIn.safeParse({ ...base, actualAt });
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['actualAt']);
    }
  });
  it('an appointment is booked from today in Kazakhstan', () => {
    const base = { personId: 'p', channel: 'STATION', idempotencyKey: '3f1e4c1a-8f7b-4c6e-9a59-0d2f8f9b6c11' };
    expect(ZScheduleAppointment.safeParse({ ...base, scheduledAt: '2026-12-02T09:00' }).success).toBe(true);
    expect(firstMessage(ZScheduleAppointment, { ...base, scheduledAt: '2026-12-01T23:00' })).toBe('validation.scheduleBeforeToday');
  });
  it('registration with a birth date typed the Russian way is a field error', () => {
    const r = ZRegisterPerson.safeParse({
      identity: { iin: '810412300145', lastName: 'A', firstName: 'B', birthDate: '12.04.1981', sex: 'MALE', districtId: 'd' },
      address: { kind: 'REGISTERED', districtId: 'd', street: 's', building: '1', validFrom: '2026-01-01' },
      conviction: { articleId: 'a', courtId: 'c', verdictDate: '2010-01-01', sentenceEnd: '2020-01-01' },
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['identity.birthDate', 'validation.date']);
  });
  it('a verdict before the birth date is refused at registration', () => {
    const r = ZRegisterPerson.safeParse({
      identity: { iin: buildIin(day('1981-04-12'), 'MALE', 14)!, lastName: 'A', firstName: 'B', birthDate: '1981-04-12', sex: 'MALE', districtId: 'd' },
      address: { kind: 'REGISTERED', districtId: 'd', street: 's', building: '1', validFrom: '2026-01-01' },
      conviction: { articleId: 'a', courtId: 'c', verdictDate: '1980-01-01', sentenceEnd: '2020-01-01' },
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['conviction.verdictDate', 'validation.verdictBeforeBirth']);
  });
  it('an order may not end decades ahead or start in the distant past', () => {
    const base = { personId: 'p', legalBasisId: 'b', courtId: 'c', rulingNumber: 'R-1', rulingDate: '2026-01-10', startDate: '2026-02-01' };
    expect(ZCreateOrder.safeParse({ ...base, endDate: '2034-02-01' }).success).toBe(true);
    expect(firstMessage(ZCreateOrder, { ...base, endDate: '9999-12-31' })).toBe('validation.dateTooFarAhead');
    expect(firstMessage(ZCreateOrder, { ...base, rulingDate: '2027-01-01' })).toBe('validation.dateInFuture');
  });
});

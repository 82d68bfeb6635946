import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format } from 'date-fns';

// One "today" for the whole product (issue 9): the calendar day in Kazakhstan, whatever the
// server's zone. Worklists, compliance, the registry, warnings and the date rules all ask here,
// so between 19:00 and 24:00 UTC (already tomorrow in Astana) no two modules disagree.

/**
 * Kazakhstan's single time zone since March 2024 (UTC+5). An IANA name, not "+05:00": date-fns/tz
 * caches the formatter of a named zone but throws and catches on every use of an offset string
 * (6% of a check-in write's CPU). A unit test checks the runtime's zone data gives +5.
 */
export const KZ_TIME_ZONE = 'Asia/Almaty';

/** Today's calendar date in Kazakhstan as YYYY-MM-DD (the value of a date input). */
export function kzTodayString(now: Date = new Date()): string {
  return format(new TZDate(now, KZ_TIME_ZONE), 'yyyy-MM-dd');
}

/** An instant as Kazakhstan's wall-clock time "YYYY-MM-DDTHH:MM" (the value of a datetime-local input). */
export function kzDateTimeInput(at: Date = new Date()): string {
  return format(new TZDate(at, KZ_TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}

/** Today in Kazakhstan as UTC midnight: the form every legal (calendar) date is stored in. */
export function kzToday(now: Date = new Date()): Date {
  return new Date(`${kzTodayString(now)}T00:00:00Z`);
}

/** The instant a calendar date (UTC-midnight form) begins in Kazakhstan. */
export function kzStartOfDay(day: Date): Date {
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), KZ_TIME_ZONE).getTime());
}

/** The instant today began in Kazakhstan. */
export function kzStartOfToday(now: Date = new Date()): Date {
  return kzStartOfDay(kzToday(now));
}

/** A calendar date `days` after `day` (both UTC-midnight form). */
export function addCalendarDays(day: Date, days: number): Date {
  return addDays(new TZDate(day, 'UTC'), days);
}

/**
 * The instant `days` calendar days after `at` (negative: before), at the same wall-clock time in
 * Kazakhstan. A plain Date, for queries.
 */
export function addKzDays(at: Date, days: number): Date {
  return new Date(addDays(new TZDate(at, KZ_TIME_ZONE), days).getTime());
}

/** Whole calendar days from Kazakhstan's today to `day` (negative when it has passed). */
export function daysFromToday(day: Date, now: Date = new Date()): number {
  return differenceInCalendarDays(new TZDate(day, 'UTC'), new TZDate(kzToday(now), 'UTC'));
}

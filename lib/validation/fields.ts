import { z } from 'zod';
import { addYears } from 'date-fns';
import { kzToday } from '@/lib/time/today';

// Field builders whose messages are i18n keys ("validation.*"), shared by forms and actions.
// Two rules hold for every field built here (issue 9, docs/date-rules.md):
// - bad input becomes a field error, never an exception: each step refuses with `abort` so
//   nothing later (a transform, an object-level rule) sees a value that did not parse;
// - text never carries control characters to PostgreSQL (NUL is refused by it outright).

/**
 * C0 control characters except tab, line feed and carriage return, plus DEL and lone UTF-16
 * surrogates (which cannot be encoded as UTF-8). Everything a keyboard or a paste can put in
 * a form passes; what only a script sends does not.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
const CONTROL_CHARACTERS_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/gu;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** For search boxes: drop what cannot be typed instead of refusing the search. */
export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS_ALL, '');
}

/** Object-level rules run only once every field parsed (zod would run them on raw values otherwise). */
export const WHEN_FIELDS_PARSED = { when: (payload: { issues: unknown[] }) => payload.issues.length === 0 } as const;

/** A string without control characters (any length); the base of every text field. */
export const zPlainString = (error = 'validation.required') =>
  z.string({ error }).refine((v) => !hasControlCharacters(v), { message: 'validation.controlCharacters', abort: true });

export const zRequiredText = (max = 200) =>
  zPlainString().trim().min(1, { message: 'validation.required', abort: true }).max(max, { message: 'validation.tooLong', abort: true });

export const zOptionalText = (max = 200) =>
  zPlainString()
    .trim()
    .max(max, { message: 'validation.tooLong', abort: true })
    .optional()
    .transform((v) => (v ? v : undefined));

export const zId = z
  .string({ error: 'validation.required' })
  .min(1, { message: 'validation.required', abort: true })
  .max(64, { message: 'validation.invalid', abort: true })
  .refine((v) => !hasControlCharacters(v), { message: 'validation.invalid', abort: true });

/** The version a form saw (optimistic locking): a PostgreSQL integer, never beyond its range. */
export const zVersion = z.coerce
  .number({ error: 'validation.invalid' })
  .int({ message: 'validation.invalid', abort: true })
  .min(0, { message: 'validation.invalid', abort: true })
  .max(2_147_483_647, { message: 'validation.invalid', abort: true });

// ---------------------------------------------------------------------------------------------
// Dates. Legal dates are calendar days in Kazakhstan, stored as UTC midnight. Every date field
// has bounds: nothing before 1900 (a year 0001 or a typo'd century), and nothing further ahead
// than the field can mean. "Today" is Kazakhstan's (kz-today.ts), the same for every module.

/** The earliest date any record may carry. */
export const MIN_DATE = new Date('1900-01-01T00:00:00Z');

/** How far ahead a date may lie, by what it means. */
export type TDateHorizon =
  /** Something that happened: a verdict, a ruling, a decision, a signature. */
  | 'past'
  /** Planned soon: a hearing, an address someone moves to. */
  | 'nearFuture'
  /** A sentence end or an order start: years ahead, never decades beyond a sentence. */
  | 'sentence'
  /** An order's end: a term of up to ten years after a sentence still being served. */
  | 'orderEnd';

const YEARS_AHEAD: Record<Exclude<TDateHorizon, 'past'>, number> = { nearFuture: 2, sentence: 30, orderEnd: 45 };

/** The latest day a date of this horizon may be, from Kazakhstan's today. */
export function latestDate(horizon: TDateHorizon, now = new Date()): Date {
  const today = kzToday(now);
  return horizon === 'past' ? today : addYears(today, YEARS_AHEAD[horizon]);
}

const DATE_TOO_LATE_MESSAGE: Record<TDateHorizon, string> = {
  past: 'validation.dateInFuture',
  nearFuture: 'validation.dateTooFarAhead',
  sentence: 'validation.dateTooFarAhead',
  orderEnd: 'validation.dateTooFarAhead',
};

/** "YYYY-MM-DD" that names a real day (no 31 February), as its UTC-midnight Date. */
function parseCalendarDate(s: string): Date | null {
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
}

/** A calendar date "YYYY-MM-DD" as a UTC-midnight Date, within the bounds of its horizon. */
export const zDateWithin = (horizon: TDateHorizon) =>
  z
    .string({ error: 'validation.required' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date', abort: true })
    .refine((s) => parseCalendarDate(s) !== null, { message: 'validation.date', abort: true })
    .transform((s) => parseCalendarDate(s)!)
    .refine((d) => d >= MIN_DATE, { message: 'validation.dateBefore1900', abort: true })
    .refine((d) => d <= latestDate(horizon), { message: DATE_TOO_LATE_MESSAGE[horizon], abort: true });

/** A date something happened on: 1900 to today in Kazakhstan. */
export const zPastDate = zDateWithin('past');
/** A date planned at most two years ahead (a hearing, a move). */
export const zNearFutureDate = zDateWithin('nearFuture');

/** The same, or empty ('' or absent) for "not given"; a bad date keeps its own message. */
export const zOptionalDateWithin = (horizon: TDateHorizon) => z.preprocess((v) => (v === '' || v === null ? undefined : v), zDateWithin(horizon).optional());

/** An instant from a datetime-local input, read in Kazakhstan time (UTC+5). */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** A datetime-local value in Kazakhstan time as its instant; null when it is not a real moment. */
export function parseLocalDateTime(s: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(s);
  if (!match || !parseCalendarDate(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  return new Date(`${s}:00+05:00`);
}

/**
 * "YYYY-MM-DDTHH:MM" from a datetime-local input, in Kazakhstan time, between 1900 and the
 * horizon. Something that happened may be up to five minutes ahead of the server's clock
 * (a form filled on a phone whose clock runs fast), not more.
 */
export const zLocalDateTimeWithin = (horizon: 'past' | 'nearFuture') =>
  z
    .string({ error: 'validation.required' })
    .regex(LOCAL_DATE_TIME, { message: 'validation.dateTime', abort: true })
    .refine((s) => parseLocalDateTime(s) !== null, { message: 'validation.dateTime', abort: true })
    .transform((s) => parseLocalDateTime(s)!)
    .refine((d) => d >= MIN_DATE, { message: 'validation.dateBefore1900', abort: true })
    .refine((d) => (horizon === 'past' ? d.getTime() <= Date.now() + 5 * 60_000 : d < addYears(kzToday(), YEARS_AHEAD.nearFuture)), {
      message: horizon === 'past' ? 'validation.notInFuture' : 'validation.dateTooFarAhead',
      abort: true,
    });

// ---------------------------------------------------------------------------------------------
// Query-string parameters (search boxes, filters in links). A page never fails on them: a bad
// value is dropped (or, in free text, what cannot be typed is removed) and the page answers.

/** Free search text: control characters removed, trimmed; empty or longer than `max` = not given. */
export const zQueryText = (max = 100) =>
  z
    .string()
    .transform((v) => stripControlCharacters(v).trim())
    .transform((v) => (v && v.length <= max ? v : undefined))
    .optional()
    .catch(undefined);

/** An id in a filter link; anything that cannot be one is ignored. */
export const zQueryId = z
  .string()
  .max(64)
  .refine((v) => !hasControlCharacters(v))
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** A calendar day "YYYY-MM-DD" in a filter, kept as the string; an impossible or out-of-range day is ignored. */
export const zQueryDay = z
  .string()
  .refine((s) => {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(s) ? parseCalendarDate(s) : null;
    return d !== null && d >= MIN_DATE && d.getUTCFullYear() <= 2200;
  })
  .optional()
  .catch(undefined);

export const zLatitude = z.coerce.number({ error: 'validation.number' }).min(40, 'validation.latitude').max(56, 'validation.latitude');
export const zLongitude = z.coerce.number({ error: 'validation.number' }).min(46, 'validation.longitude').max(88, 'validation.longitude');

export const zPage = z.coerce.number().int().min(1).max(10_000).catch(1);

export function toDateInput(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : '';
}

import { TZDate } from '@date-fns/tz';
import { addYears, differenceInCalendarDays } from 'date-fns';

/** Default end of an order: start plus the legal basis's term; null when the court sets it. */
export function defaultOrderEnd(startDate: Date, termYears: number | null | undefined): Date | null {
  if (!termYears) return null;
  // date-fns: 29 February plus N years lands on 28 February, never spilling into March.
  return new Date(addYears(new TZDate(startDate, 'UTC'), termYears).getTime());
}

/** Whole days from `today` until the order ends (negative once passed); null for lifelong. */
export function daysUntilEnd(order: { endDate: Date | null; lifelong: boolean }, today: Date): number | null {
  if (order.lifelong || !order.endDate) return null;
  return differenceInCalendarDays(new TZDate(order.endDate, 'UTC'), new TZDate(today, 'UTC'));
}

import { addMinutes } from 'date-fns';

// Session and sign-in limits from the security baseline (docs/security.md).
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Failures are counted over this window, per account and per source address. */
export const LOCK_WINDOW_MINUTES = 15;
export const LOCK_AFTER_FAILURES = 5;
/** The first lock (CJIS: at least 10 minutes); each further lock before a successful sign-in doubles, up to a day. */
export const FIRST_LOCK_MINUTES = 10;
export const MAX_LOCK_MINUTES = 24 * 60;
/** Per source address: this many failures in the window refuse further attempts (HTTP 429) without locking anyone. */
export const IP_FAILURE_LIMIT = 30;
/** Longest e-mail address (RFC 5321 path limit): longer input is refused before anything is written. */
export const MAX_EMAIL_LENGTH = 254;
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

/** Whether a sign-in lock runs at `now` (it ends by itself at lockedUntil). */
export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}

/** When a lock that starts `now` ends, given how many locks came before it since the last successful sign-in. */
export function lockEnds(now: Date, previousLocks: number): Date {
  const minutes = Math.min(FIRST_LOCK_MINUTES * 2 ** Math.min(previousLocks, 20), MAX_LOCK_MINUTES);
  return addMinutes(now, minutes);
}

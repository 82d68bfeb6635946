// Session and sign-in limits from the security baseline (docs/security.md).
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const LOCK_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_AFTER_FAILURES = 5;
/** Per-IP ceiling on failed sign-ins in the lock window: slows guessing without locking anyone. */
export const IP_FAILURE_LIMIT = 30;
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

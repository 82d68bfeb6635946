// Limits of own passwords, activation links and the second factor
// (docs/decisions/006-own-passwords-and-mfa.md).
export const ACTIVATION_LINK_TTL_HOURS = 72;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** A session waiting for its second factor lives this long. */
export const PENDING_SECOND_FACTOR_MINUTES = 5;
/** Wrong codes on one pending session before it is revoked (and counted as a failed sign-in). */
export const SECOND_FACTOR_MAX_FAILURES = 5;
export const RECOVERY_CODE_COUNT = 10;
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'Nadzor';

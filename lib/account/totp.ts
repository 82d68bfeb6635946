import 'server-only';
import { Secret, TOTP } from 'otpauth';
import { randomBytes } from 'node:crypto';
import { RECOVERY_CODE_COUNT, TOTP_ISSUER, TOTP_PERIOD_SECONDS } from './policy';

function totpFor(secretBase32: string, label = '') {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A fresh 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri({ secret, email }: { secret: string; email: string }): string {
  return totpFor(secret, email).toString();
}

/**
 * The time step a six-digit code belongs to (now, one step before or after for clock drift), or
 * null when it matches none. The caller refuses a step at or before the last one accepted, so a
 * code cannot be used twice.
 */
export function totpStep({ secret, code, now }: { secret: string; code: string; now: Date }): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The code of a time (tests and the Playwright journeys compute codes the same way an app does). */
export function totpCode({ secret, now }: { secret: string; now: Date }): string {
  return totpFor(secret).generate({ timestamp: now.getTime() });
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** Ten codes like "k3h7p-w9x2m" (about 49 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes are compared without the dash and case. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[^a-z0-9]/gi, '').toLowerCase();
}

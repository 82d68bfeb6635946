import 'server-only';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/** A URL-safe random token of 256 bits (activation links). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and recovery codes are high-entropy random values, so a plain SHA-256 is enough to store. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

function sealKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', env().authSecret, 'nadzor', 'totp-secret-seal', 32));
}

/**
 * TOTP secrets must be readable to check a code, so they are sealed (AES-256-GCM under a key
 * derived from NEXTAUTH_SECRET) rather than hashed: a copy of the database alone gives no codes.
 */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function openSecret(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

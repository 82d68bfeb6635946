import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('environment', () => {
  it('sets pool and transaction limits per database kind, and takes overrides in ms', () => {
    expect(parseEnv({ NADZOR_DB_KIND: 'server' }).pool).toEqual({ size: 10, txWaitMs: 10_000, txTimeoutMs: 20_000 });
    // The embedded database is one session: one connection, and requests queue for it.
    expect(parseEnv({ NADZOR_DB_KIND: 'embedded' }).pool).toEqual({ size: 1, txWaitMs: 60_000, txTimeoutMs: 20_000 });
    expect(parseEnv({ DATABASE_POOL_SIZE: '4', DATABASE_TX_WAIT_MS: '15000', DATABASE_TX_TIMEOUT_MS: '45000' }).pool).toEqual({ size: 4, txWaitMs: 15_000, txTimeoutMs: 45_000 });
    expect(() => parseEnv({ DATABASE_POOL_SIZE: '0' })).toThrow();
  });

  it('refuses to run in production without both secrets, demo mode included: there is no built-in key', () => {
    const secret = 's'.repeat(40);
    expect(() => parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: secret })).toThrow(/AUDIT_HMAC_KEY/);
    expect(() => parseEnv({ NODE_ENV: 'production', AUDIT_HMAC_KEY: secret })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ NODE_ENV: 'production', NADZOR_DEMO: '1' })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ NODE_ENV: 'production', NADZOR_DEMO: '1', NEXTAUTH_SECRET: 'short', AUDIT_HMAC_KEY: secret })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: secret, AUDIT_HMAC_KEY: `${secret}k` })).toMatchObject({ authSecret: secret, auditKey: `${secret}k` });
  });

  it('lets database tools run without secrets, but never hands out a key that was not given', () => {
    const parsed = parseEnv({ NODE_ENV: 'development', NADZOR_DEMO: '1', NADZOR_DB_KIND: 'embedded' });
    expect(parsed.pool.size).toBe(1);
    expect(() => parsed.authSecret).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parsed.auditKey).toThrow(/AUDIT_HMAC_KEY/);
  });
});

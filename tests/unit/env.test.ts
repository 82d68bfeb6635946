import { describe, expect, it } from 'vitest';
import { demoMode, parseEnv, runtimeEnvMessage, runtimeEnvProblems } from '@/lib/env';

describe('environment', () => {
  it('sets pool and transaction limits per database kind, and takes overrides in ms', () => {
    expect(parseEnv({ NADZOR_DB_KIND: 'server' }).pool).toEqual({ size: 10, txWaitMs: 10_000, txTimeoutMs: 20_000 });
    // The embedded database is one session: one connection, and requests queue for it.
    expect(parseEnv({ NADZOR_DB_KIND: 'embedded' }).pool).toEqual({ size: 1, txWaitMs: 60_000, txTimeoutMs: 20_000 });
    expect(parseEnv({ DATABASE_POOL_SIZE: '4', DATABASE_TX_WAIT_MS: '15000', DATABASE_TX_TIMEOUT_MS: '45000' }).pool).toEqual({
      size: 4,
      txWaitMs: 15_000,
      txTimeoutMs: 45_000,
    });
    expect(() => parseEnv({ DATABASE_POOL_SIZE: '0' })).toThrow();
  });

  it('parses without secrets or a database even in production, so `next build` needs none', () => {
    const parsed = parseEnv({ NODE_ENV: 'production' });
    expect(parsed.databaseUrl).toBeUndefined();
    expect(() => parsed.authSecret).toThrow(/NEXTAUTH_SECRET is not set .*openssl rand -base64 48/);
    expect(() => parsed.auditKey).toThrow(/AUDIT_HMAC_KEY/);
    // A short secret is as good as none: never handed out.
    expect(() => parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'short' }).authSecret).toThrow(/NEXTAUTH_SECRET/);
    const secret = 's'.repeat(40);
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: secret, AUDIT_HMAC_KEY: `${secret}k` })).toMatchObject({
      authSecret: secret,
      auditKey: `${secret}k`,
    });
  });

  it('decides demo mode by one rule: NADZOR_DEMO when given, else on only on the embedded database', () => {
    expect(demoMode({})).toBe(true);
    expect(demoMode({ NADZOR_DEMO: '' })).toBe(true);
    expect(demoMode({ DATABASE_URL: 'postgresql://db/nadzor' })).toBe(false);
    expect(demoMode({ DATABASE_URL: 'postgresql://db/nadzor', NADZOR_DEMO: '1' })).toBe(true);
    expect(demoMode({ NADZOR_DEMO: '0' })).toBe(false);
    expect(() => demoMode({ NADZOR_DEMO: 'true' })).toThrow(/NADZOR_DEMO must be 1 .* or 0 .*not "true"/);
    // The app reads the same rule (the launcher passes the decided value explicitly).
    expect(parseEnv({ DATABASE_URL: 'postgresql://db/nadzor' }).demo).toBe(false);
    expect(parseEnv({ DATABASE_URL: 'postgresql://db/nadzor', NADZOR_DEMO: '1' }).demo).toBe(true);
  });

  describe('the check when a process starts', () => {
    const secret = 'x'.repeat(48);
    const complete = { DATABASE_URL: 'postgresql://nadzor_web@db/nadzor', NEXTAUTH_SECRET: secret, AUDIT_HMAC_KEY: secret, NODE_ENV: 'production' };

    it('passes a complete environment', () => {
      expect(runtimeEnvProblems(complete, 'app')).toEqual([]);
      expect(runtimeEnvProblems({ DATABASE_URL: complete.DATABASE_URL, AUDIT_HMAC_KEY: secret }, 'worker')).toEqual([]);
      // The launcher makes DATABASE_URL itself (embedded) or passes it on.
      expect(runtimeEnvProblems({ NEXTAUTH_SECRET: secret, AUDIT_HMAC_KEY: secret }, 'launcher')).toEqual([]);
    });

    it('names every missing or short secret, what it is for and how to make one', () => {
      const problems = runtimeEnvProblems({ DATABASE_URL: complete.DATABASE_URL, AUDIT_HMAC_KEY: 'short' }, 'app');
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^NEXTAUTH_SECRET is not set: it signs and encrypts the session cookies.*`openssl rand -base64 48`$/);
      expect(problems[1]).toBe('AUDIT_HMAC_KEY is too short (5 characters, 32+ needed): make one with `openssl rand -base64 48`');
    });

    it('names a missing database and malformed settings', () => {
      const problems = runtimeEnvProblems({ NEXTAUTH_SECRET: secret, AUDIT_HMAC_KEY: secret, NADZOR_DEMO: 'yes', DATABASE_POOL_SIZE: '0' }, 'app');
      expect(problems.some((p) => p.startsWith('NADZOR_DEMO: '))).toBe(true);
      expect(problems.some((p) => p.startsWith('DATABASE_POOL_SIZE: '))).toBe(true);
      expect(problems.some((p) => p.startsWith('DATABASE_URL is not set: the PostgreSQL connection string'))).toBe(true);
      // The worker does not sign cookies: it needs only the audit key besides the database.
      expect(runtimeEnvProblems({ AUDIT_HMAC_KEY: secret }, 'worker')).toEqual([expect.stringMatching(/^DATABASE_URL is not set/)]);
    });

    it('prints one message: who cannot start, one line per problem, where to read more', () => {
      const message = runtimeEnvMessage(runtimeEnvProblems({ DATABASE_URL: complete.DATABASE_URL }, 'worker'), 'worker');
      expect(message.split('\n')).toEqual([
        '✖ The job worker cannot start:',
        expect.stringMatching(/^  - AUDIT_HMAC_KEY is not set: it seals the audit trail/),
        '  In demo mode (NADZOR_DEMO=1) `npm start` generates the secrets; for a real deployment see docs/deployment.md.',
      ]);
      expect(runtimeEnvMessage(['x'], 'app')).toMatch(/^✖ The app server cannot start:/);
      expect(runtimeEnvMessage(['x'], 'launcher')).toMatch(/^✖ `npm start` cannot start:/);
    });
  });

  it('lets database tools run without secrets, but never hands out a key that was not given', () => {
    const parsed = parseEnv({ NODE_ENV: 'development', NADZOR_DEMO: '1', NADZOR_DB_KIND: 'embedded' });
    expect(parsed.pool.size).toBe(1);
    expect(() => parsed.authSecret).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parsed.auditKey).toThrow(/AUDIT_HMAC_KEY/);
  });
});

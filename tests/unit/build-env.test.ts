import { describe, expect, it } from 'vitest';
import { BUILD_WITHHELD, buildEnv } from '@/prisma/tools/build-env';

describe('the environment of `next build` under the launcher', () => {
  it('withholds every secret and database address, keeps the rest, and leaves the source alone', () => {
    const source = {
      NEXTAUTH_SECRET: 'a'.repeat(40),
      AUDIT_HMAC_KEY: 'b'.repeat(40),
      DATABASE_URL: 'postgresql://nadzor_web@db/nadzor',
      MIGRATION_DATABASE_URL: 'postgresql://owner@db/nadzor',
      NADZOR_DEMO: '1',
      PATH: '/usr/bin',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const built = buildEnv(source);
    for (const name of ['NEXTAUTH_SECRET', 'AUDIT_HMAC_KEY', 'DATABASE_URL', 'MIGRATION_DATABASE_URL', 'NADZOR_DEMO']) {
      expect(built).not.toHaveProperty(name);
      expect(BUILD_WITHHELD).toContain(name);
    }
    expect(built).toEqual({ PATH: '/usr/bin', NEXT_TELEMETRY_DISABLED: '1' });
    expect(source.NEXTAUTH_SECRET).toBe('a'.repeat(40));
  });
});

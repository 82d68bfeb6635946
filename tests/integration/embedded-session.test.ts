import { describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { getHealth } from '@/lib/http/health';
import { hitRateLimit } from '@/lib/http/rate-limit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { verifyAuditChain } from '@/lib/audit/verify';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { db } from '../helpers/world';

// The embedded database is one PostgreSQL session shared by every socket client. An outside
// client (pg_dump sets search_path to '') must not break the app: the app's raw SQL names its
// schema, so it works in the emptied session, while the client is connected and after it left
// (the setting stays: prisma/tools/socket-queue.ts). On the server each client has its own
// session, and the same tests must pass there too.

const embedded = inject('databaseKind') === 'embedded';

/** The app's raw SQL on a few paths: health, the rate limit's upsert, audit sealing and verifying. */
async function appRawSql() {
  const health = await getHealth();
  const decision = await hitRateLimit({ db, limit: { name: `session-${uniqueSuffix()}`, limit: 5, windowSeconds: 60 }, address: '10.9.9.9' });
  const key = process.env.AUDIT_HMAC_KEY!;
  await sealAuditEvents({ db, key });
  const verdict = await verifyAuditChain({ db, key, full: false });
  return { health: health.status, allowed: decision.allowed, verified: typeof verdict.result };
}

describe('an outside client on the database', () => {
  it('that empties search_path and leaves does not break the app', async () => {
    const outside = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await outside.connect();
    await outside.query("SET search_path = ''");
    await outside.end();
    // On the embedded database the emptied setting stays for the app's session; the app's raw SQL
    // names its schema, so it works all the same.
    if (embedded) expect((await db.$queryRaw<{ search_path: string }[]>`SHOW search_path`)[0].search_path).toBe('""');
    expect(await appRawSql()).toEqual({ health: 'ok', allowed: true, verified: 'string' });
    expect(await db.person.count()).toBeGreaterThanOrEqual(0);
    // Put the shared session back for the files that run after this one.
    await db.$executeRaw`SET search_path = "$user", public`;
  });

  it("that empties search_path and stays connected does not break the app's raw SQL (it names its schema)", async () => {
    const outside = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await outside.connect();
    try {
      await outside.query("SET search_path = ''");
      // On the embedded database the app really runs in the emptied session.
      if (embedded) expect((await db.$queryRaw<{ search_path: string }[]>`SHOW search_path`)[0].search_path).toBe('""');
      expect(await appRawSql()).toEqual({ health: 'ok', allowed: true, verified: 'string' });
      expect(await db.person.count()).toBeGreaterThanOrEqual(0);
    } finally {
      await outside.end();
      await db.$executeRaw`SET search_path = "$user", public`;
    }
  });
});

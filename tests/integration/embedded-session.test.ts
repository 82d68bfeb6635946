import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExtendedQueriesWhole } from '@/prisma/tools/socket-queue';
import { getHealth } from '@/lib/http/health';
import { hitRateLimit } from '@/lib/http/rate-limit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { verifyAuditChain } from '@/lib/audit/verify';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { db } from '../helpers/world';

// The embedded database is one PostgreSQL session shared by every socket client. An outside
// client (pg_dump sets search_path to '') must not break the app: the session is reset when a
// client leaves (prisma/tools/socket-queue.ts), and the app's raw SQL names its schema, so it works
// even while such a client is still connected. On the server each client has its own session,
// and the same tests must pass there too.

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

async function searchPath(client: { query: (sql: string) => Promise<{ rows: { search_path: string }[] }> }) {
  return (await client.query('SHOW search_path')).rows[0].search_path;
}

describe('an outside client on the database', () => {
  it('that empties search_path and leaves does not break the app (the session is reset)', async () => {
    const outside = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await outside.connect();
    await outside.query("SET search_path = ''");
    await outside.end();
    // Unqualified SQL works again once the reset ran (at once on the server).
    await expect.poll(async () => (await db.$queryRaw<{ search_path: string }[]>`SHOW search_path`)[0].search_path, { timeout: 10_000 }).not.toBe('""');
    expect(await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`).toHaveLength(1);
    expect(await appRawSql()).toEqual({ health: 'ok', allowed: true, verified: 'string' });
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
    }
  });
});

describe('session reset on the embedded socket', () => {
  /** A client sets statement_timeout and search_path, disconnects; what does the next client see? */
  async function afterOneLeaves(patched: boolean) {
    const pglite = new PGlite();
    await pglite.waitReady;
    const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 5 });
    if (patched) keepExtendedQueriesWhole(server);
    await server.start();
    const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    const stays = new pg.Client({ connectionString: url });
    await stays.connect();
    try {
      const leaves = new pg.Client({ connectionString: url });
      await leaves.connect();
      await leaves.query("BEGIN; SET search_path = ''; COMMIT; SET statement_timeout = 1234");
      await leaves.end();
      // Wait for the server to see the disconnect, then for the reset (or its absence).
      await expect.poll(() => server.getStats().activeConnections, { timeout: 10_000 }).toBe(1);
      if (patched) await expect.poll(() => searchPath(stays), { timeout: 10_000 }).toBe('public');
      return { searchPath: await searchPath(stays), timeout: (await stays.query('SHOW statement_timeout')).rows[0].statement_timeout as string };
    } finally {
      await stays.end();
      await server.stop();
      await pglite.close();
    }
  }

  it('resets what a departed client set, for the clients that stay', async () => {
    expect(await afterOneLeaves(true)).toEqual({ searchPath: 'public', timeout: '0' });
  });

  it('(control) without the reset, what a departed client set stays for everyone', async () => {
    expect(await afterOneLeaves(false)).toEqual({ searchPath: '""', timeout: '1234ms' });
  });

  describe('a client leaving while another is inside a transaction', () => {
    let pglite: PGlite;
    let server: PGLiteSocketServer;
    let url: string;
    beforeAll(async () => {
      pglite = new PGlite();
      await pglite.waitReady;
      server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 5 });
      keepExtendedQueriesWhole(server);
      await server.start();
      url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    });
    afterAll(async () => {
      await server.stop();
      await pglite.close();
    });

    it('does not reset inside that transaction; it resets after it ends', { timeout: 20_000 }, async () => {
      const inTx = new pg.Client({ connectionString: url });
      await inTx.connect();
      const leaves = new pg.Client({ connectionString: url });
      await leaves.connect();
      try {
        await inTx.query('BEGIN');
        await inTx.query("SET LOCAL application_name = 'kept'");
        const leaving = leaves.query("SET search_path = ''").then(() => leaves.end());
        // The other client is served after the transaction; the transaction's own setting survives meanwhile.
        expect((await inTx.query('SHOW application_name')).rows[0].application_name).toBe('kept');
        await inTx.query('COMMIT');
        await leaving;
        await expect.poll(() => searchPath(inTx), { timeout: 10_000 }).toBe('public');
      } finally {
        await inTx.end();
      }
    });
  });
});

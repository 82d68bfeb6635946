import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { serialize } from 'pg-protocol';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExtendedQueriesWhole } from '@/prisma/tools/socket-queue';
import { startEmbeddedDb, type TEmbeddedDb } from '@/prisma/tools/embedded-db';

// The embedded database serves one PGlite session to several connections (the app's pool, the
// job worker, tools). Each extended query (Parse … Sync) must run whole, or one client's Bind
// lands on another client's unnamed statement: prisma/tools/socket-queue.ts.

type TQueue = { enqueue: (handlerId: number, message: Uint8Array, onData: (d: Uint8Array) => void) => Promise<number> };

/** Two clients' extended queries, their messages arriving interleaved as two sockets can deliver them. */
async function interleavedQueries(patched: boolean) {
  const db = new PGlite();
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, port: 0 });
  if (patched) keepExtendedQueriesWhole(server);
  const queue = (server as unknown as { queryQueue: TQueue }).queryQueue;
  const out = { 1: [] as number[], 2: [] as number[] };
  const send = (handler: 1 | 2, message: Buffer) => queue.enqueue(handler, new Uint8Array(message), (d) => out[handler].push(...d));
  const a = serialize.parse({ text: 'SELECT $1::int AS n', types: [] });
  const b = serialize.parse({ text: 'SELECT $1::int + $2::int AS n', types: [] });
  await Promise.all([
    send(1, a),
    send(2, b),
    send(1, serialize.bind({ values: ['1'] })),
    send(1, serialize.execute()),
    send(1, serialize.sync()),
    send(2, serialize.bind({ values: ['2', '3'] })),
    send(2, serialize.execute()),
    send(2, serialize.sync()),
  ]);
  await db.close();
  // 'E' (0x45) starts an ErrorResponse among the backend's answers.
  const failed = (bytes: number[]) => bytes.some((byte, i) => byte === 0x45 && i + 4 < bytes.length && bytes[i + 1] === 0);
  return { client1Failed: failed(out[1]), client2Failed: failed(out[2]) };
}

describe('embedded database socket', () => {
  it("keeps each client's extended query whole when messages interleave", async () => {
    expect(await interleavedQueries(true)).toEqual({ client1Failed: false, client2Failed: false });
  });

  it("(control) the library alone lets an interleaved Bind hit the other client's statement", async () => {
    const result = await interleavedQueries(false);
    expect(result.client1Failed || result.client2Failed).toBe(true);
  });

  describe('over real connections', () => {
    let embedded: TEmbeddedDb;
    beforeAll(async () => {
      embedded = await startEmbeddedDb({ dataDir: null });
    });
    afterAll(async () => {
      await embedded.stop();
    });

    it('answers concurrent parameterised queries of four clients correctly', async () => {
      const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: embedded.url, max: 1 }));
      try {
        const results = await Promise.all(
          pools.flatMap((pool, k) =>
            Array.from({ length: 25 }, async (_, i) => {
              const params = Array.from({ length: k + 1 }, (_, j) => i * 10 + j);
              const { rows } = await pool.query(`SELECT ${params.map((_, j) => `$${j + 1}::int`).join(' + ')} AS total`, params);
              return Number(rows[0].total) === params.reduce((x, y) => x + y, 0);
            }),
          ),
        );
        expect(results.every(Boolean)).toBe(true);
      } finally {
        await Promise.all(pools.map((pool) => pool.end()));
      }
    });

    it("keeps one client's transaction apart from another client's statements", async () => {
      const a = new pg.Client({ connectionString: embedded.url });
      const b = new pg.Client({ connectionString: embedded.url });
      await Promise.all([a.connect(), b.connect()]);
      try {
        await a.query('CREATE TABLE socket_probe (n int)');
        await a.query('BEGIN');
        await a.query('INSERT INTO socket_probe VALUES ($1)', [1]);
        // b's read queues until a's transaction ends, so it sees the committed row, never a half.
        const read = b.query('SELECT count(*)::int AS n FROM socket_probe WHERE n = $1', [1]);
        await a.query('COMMIT');
        expect((await read).rows[0].n).toBe(1);
      } finally {
        await Promise.all([a.end(), b.end()]);
      }
    });
  });
});

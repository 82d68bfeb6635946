import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExtendedQueriesWhole } from './socket-queue';
import { acquireDataDirLock } from './data-dir-lock';
import { asDataDirError } from './disk-errors';

export { DataDirBusyError } from './data-dir-lock';
export { DataDirError } from './disk-errors';

// PGlite does not lock its data folder, and two processes opening it corrupt it. So exactly one
// process (the one running this) owns the folder and serves it over the Postgres wire protocol;
// the app and tools connect with an ordinary connection string (docs/decisions/001-embedded-database.md).
// The lock: prisma/tools/data-dir-lock.ts. Disk problems become one-line DataDirErrors.

/** `db`: the PGlite instance itself, for the backup tool's dumpDataDir (prisma/tools/backup/embedded.ts). */
export type TEmbeddedDb = { url: string; db: PGlite; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Opens PGlite (a folder, or in memory when dataDir is null) and serves it on 127.0.0.1.
 * The returned url works with any Postgres client; stop() closes everything and frees the lock.
 */
export async function startEmbeddedDb({
  dataDir,
  port,
  notice,
}: {
  dataDir: string | null;
  port?: number;
  notice?: (message: string) => void;
}): Promise<TEmbeddedDb> {
  const lock = dataDir ? acquireDataDirLock(dataDir, { notice }) : null;
  const release = lock ? lock.release : () => {};
  try {
    // pg_trgm backs the name search indexes (a migration creates the extension).
    const db = new PGlite({ ...(lock ? { dataDir: lock.dir } : {}), extensions: { pg_trgm } });
    await db.waitReady;
    const listenPort = port ?? (await freePort());
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: listenPort, maxConnections: 40 });
    keepExtendedQueriesWhole(server);
    await server.start();
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
      db,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop().catch(() => {});
        await db.close().catch(() => {});
        release();
      },
    };
  } catch (error) {
    release();
    throw dataDir ? asDataDirError(dataDir, error) : error;
  }
}

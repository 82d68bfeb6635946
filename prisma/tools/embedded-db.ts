import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExtendedQueriesWhole } from './socket-queue';

// PGlite does not lock its data folder, and two processes opening it corrupt it. So exactly one
// process (the one running this) owns the folder and serves it over the Postgres wire protocol;
// the app and tools connect with an ordinary connection string (docs/decisions/001-embedded-database.md).

/** `db`: the PGlite instance itself, for the backup tool's dumpDataDir (prisma/tools/backup/embedded.ts). */
export type TEmbeddedDb = { url: string; db: PGlite; stop: () => Promise<void> };

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The embedded database in ${dataDir} is in use by process ${pid} (is Nadzor already running?). Stop that process first; opening the folder twice would corrupt it.`);
  }
}

/** Takes the folder's lock file, or throws DataDirBusyError when a live process holds it. */
export function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && pidAlive(holder)) throw new DataDirBusyError(dataDir, holder);
      // A lock left by a process that died: safe to take over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

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
export async function startEmbeddedDb({ dataDir, port }: { dataDir: string | null; port?: number }): Promise<TEmbeddedDb> {
  const release = dataDir ? acquireLock(dataDir) : () => {};
  try {
    // pg_trgm backs the name search indexes (a migration creates the extension).
    const db = new PGlite({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
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
    throw error;
  }
}

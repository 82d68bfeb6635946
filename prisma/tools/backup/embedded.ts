// Backup and restore of the embedded database (PGlite). The local pg_dump cannot read it (PGlite
// runs a newer PostgreSQL), and two processes must never open the folder, so both take the
// folder's lock (prisma/tools/data-dir-lock.ts): the app must be stopped. The copy is PGlite's own
// dump of its data folder (a tar.gz) taken after a CHECKPOINT with no other session; a restore
// unpacks it into a fresh folder and swaps it in only once it has opened and checked out, keeping
// the old folder beside it, renamed.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { DataDirBusyError, startEmbeddedDb, type TEmbeddedDb } from '../embedded-db';
import { acquireDataDirLock, LOCK_FILE } from '../data-dir-lock';
import { BackupError, ROOT } from './archive';

function busy(error: unknown, doing: string): never {
  if (error instanceof DataDirBusyError) {
    throw new BackupError(
      `${error.message}\nThe embedded database can be ${doing} only while the app is stopped: stop it (Ctrl+C where \`npm start\` runs), then run this again. ` +
        'For backups of a running system, use a PostgreSQL server (DATABASE_URL): docs/operations.md.',
    );
  }
  throw error;
}

/** Opens the folder (taking its lock) for `work`, then closes it. */
export async function withEmbeddedFolder<T>(dataDir: string, work: (embedded: TEmbeddedDb) => Promise<T>): Promise<T> {
  if (!fs.existsSync(dataDir)) throw new BackupError(`There is no embedded database in ${dataDir} (NADZOR_DATA_DIR). Nothing to back up.`);
  let embedded: TEmbeddedDb;
  try {
    embedded = await startEmbeddedDb({ dataDir });
  } catch (error) {
    busy(error, 'backed up');
  }
  try {
    return await work(embedded);
  } finally {
    await embedded.stop();
  }
}

/** The folder as a tar.gz, consistent: every change is flushed and nobody else is connected. */
export async function dumpEmbedded(embedded: TEmbeddedDb): Promise<Buffer> {
  await embedded.db.exec('CHECKPOINT');
  const blob = await embedded.db.dumpDataDir('gzip');
  return Buffer.from(await blob.arrayBuffer());
}

function stamp(now: Date) {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Unpacks `tgz` into a fresh folder beside `dataDir`, runs `check` on it (opened as the app would
 * open it), then moves the current folder aside (`<dataDir>.before-restore-<time>`) and the new one
 * into place. On any failure the fresh folder is deleted and `dataDir` is untouched.
 */
export async function restoreEmbedded<T>({
  dataDir,
  tgz,
  now = new Date(),
  check,
}: {
  dataDir: string;
  tgz: Buffer;
  now?: Date;
  check: (url: string) => Promise<T>;
}): Promise<{ result: T; keptAside: string | null }> {
  // The lock lives inside the folder (prisma/tools/data-dir-lock.ts): taking it creates the folder.
  const hadData = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  let release: () => void;
  try {
    release = acquireDataDirLock(dataDir).release;
  } catch (error) {
    busy(error, 'restored');
  }
  const fresh = `${dataDir}.restoring-${stamp(now)}`;
  try {
    if (fs.existsSync(fresh)) throw new BackupError(`${fresh} exists (an interrupted restore?): delete it first.`);
    const loader = new PGlite({ dataDir: fresh, loadDataDir: new Blob([new Uint8Array(tgz)]), extensions: { pg_trgm } });
    await loader.waitReady;
    await loader.close();
    // The dump holds the backup tool's own lock and PGlite's postmaster.pid: neither is true of
    // the restored folder, and both would only make the next start report a stale holder.
    for (const leftover of [LOCK_FILE, 'postmaster.pid']) fs.rmSync(path.join(fresh, leftover), { force: true });
    const opened = await startEmbeddedDb({ dataDir: fresh });
    let result: T;
    try {
      result = await check(opened.url);
    } finally {
      await opened.stop();
    }
    let keptAside: string | null = null;
    if (hadData) {
      keptAside = `${dataDir}.before-restore-${stamp(now)}`;
      fs.renameSync(dataDir, keptAside);
      // Our lock went with it; the folder kept aside is nobody's.
      fs.rmSync(path.join(keptAside, LOCK_FILE), { force: true });
    } else {
      // Only our lock was there (taking it made the folder).
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.renameSync(fresh, dataDir);
    return { result, keptAside };
  } catch (error) {
    fs.rmSync(fresh, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
}

/** The folder `npm start` uses. */
export function embeddedDataDir(): string {
  return path.resolve(ROOT, process.env.NADZOR_DATA_DIR ?? '.data/pglite');
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { asDataDirError } from './disk-errors';
import { commandOf } from './port-holder';
import { processAlive } from './process-alive';

// The embedded database's lock (docs/decisions/001-embedded-database.md). PGlite does not lock its
// folder, and two processes opening it corrupt it. The lock lives INSIDE the folder
// (<dataDir>/nadzor.lock), so every path to the folder (a symlink, a bind mount, one volume in two
// containers) finds the same lock. It records who holds it: pid, the pid's start time
// (/proc/<pid>/stat field 22), boot id, hostname, command and since when; and the holder touches it
// every HEARTBEAT_MS from a worker thread (so a long query blocking the main thread does not stop
// it). A lock is held when
// - its holder is on this machine and this boot, and that pid is alive with the same start time
//   (a reused pid, common after a container restart, has another start time); or
// - its holder cannot be checked (another host or container, or no /proc) and its heartbeat is
//   younger than STALE_MS.
// Anything else is stale and is taken over, with a message saying so. Created atomically (written
// aside, then hard-linked into place, which fails if a lock exists).

export const LOCK_FILE = 'nadzor.lock';
export const HEARTBEAT_MS = 2_000;
export const STALE_MS = 15_000;

export type TLockRecord = { pid: number; startTime: string | null; bootId: string | null; hostname: string; command: string; since: string; token: string };

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: TLockRecord,
    readonly heartbeatAgeMs: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${describeHolder(holder)}, since ${holder.since} (last heartbeat ${Math.max(0, Math.round(heartbeatAgeMs / 1000))} s ago). ` +
        'Stop that process first (is Nadzor already running, perhaps through another path or container?); opening the folder twice would corrupt it.',
    );
  }
}

function describeHolder(h: TLockRecord): string {
  return `process ${h.pid} on host ${h.hostname}${h.command ? ` (${h.command})` : ''}`;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot; null off Linux or when gone. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command (field 2) is in parentheses and may hold spaces: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

export function bootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** This process's record. */
export function ownRecord(): TLockRecord {
  return {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    bootId: bootId(),
    hostname: os.hostname(),
    command: commandOf(process.pid) || process.argv.join(' '),
    since: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
}

/** Why a lock is stale (to say when taking it over), or null when it is held. */
export function staleReason(holder: TLockRecord, heartbeatAgeMs: number, me = ownRecord()): string | null {
  const sameMachine = holder.hostname === me.hostname && holder.bootId !== null && holder.bootId === me.bootId;
  if (sameMachine) {
    if (!processAlive(holder.pid)) return `its process ${holder.pid} is gone`;
    const startTime = processStartTime(holder.pid);
    if (startTime !== null && holder.startTime !== null) {
      return startTime === holder.startTime ? null : `process ${holder.pid} is now another program (the pid was reused)`;
    }
    // A live pid whose start time cannot be compared: trust the heartbeat.
  } else if (holder.hostname === me.hostname && holder.bootId !== null && me.bootId !== null) {
    return 'it was taken before this machine last started';
  }
  return heartbeatAgeMs > STALE_MS ? `its heartbeat stopped ${Math.round(heartbeatAgeMs / 1000)} s ago` : null;
}

function readLock(lockPath: string): { record: TLockRecord; ageMs: number } | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
    mtimeMs = fs.statSync(lockPath).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let record: TLockRecord;
  try {
    record = JSON.parse(text) as TLockRecord;
    if (typeof record.pid !== 'number') throw new Error('no pid');
  } catch {
    // An older launcher's bare pid, or garbage: an unknown holder, judged by the heartbeat alone.
    record = {
      pid: Number(text.trim()) || 0,
      startTime: null,
      bootId: null,
      hostname: '(unknown)',
      command: '',
      since: new Date(mtimeMs).toISOString(),
      token: '',
    };
  }
  return { record, ageMs: Date.now() - mtimeMs };
}

/** Creates the lock atomically; false when one exists already. */
function tryCreate(lockPath: string, record: TLockRecord): boolean {
  const aside = `${lockPath}.${record.pid}.${record.token}`;
  fs.writeFileSync(aside, JSON.stringify(record) + '\n', { mode: 0o644 });
  try {
    fs.linkSync(aside, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/** `dir` is the folder's real path (PGlite's file system does not follow a symlinked root). */
export type TDataDirLock = { release: () => void; lockPath: string; dir: string };

/**
 * Takes `<dataDir>/nadzor.lock` (creating the folder), or throws DataDirBusyError naming the
 * holder, or DataDirError for a disk problem. `notice` hears about a stale lock taken over.
 */
export function acquireDataDirLock(dataDir: string, { notice = (m: string) => console.warn(m) }: { notice?: (message: string) => void } = {}): TDataDirLock {
  try {
    return acquire(dataDir, notice);
  } catch (error) {
    throw asDataDirError(dataDir, error);
  }
}

function acquire(dataDir: string, notice: (message: string) => void): TDataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.statSync(dataDir).isDirectory()) throw Object.assign(new Error(`${dataDir} is not a folder`), { code: 'EEXIST' });
  const dir = fs.realpathSync(dataDir);
  const lockPath = path.join(dir, LOCK_FILE);
  const me = ownRecord();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath, me)) {
      // PGlite writes its own postmaster.pid (always pid -42, so it names nobody); left behind
      // without our lock it means the last run did not shut down cleanly. PGlite recovers.
      if (fs.existsSync(path.join(dataDir, 'postmaster.pid')))
        notice(`• The embedded database in ${dataDir} was not shut down cleanly last time; PostgreSQL recovers it now.`);
      return { lockPath, dir, release: startHeartbeat(lockPath, me.token) };
    }
    const found = readLock(lockPath);
    if (!found) continue; // released in between: try again
    const reason = staleReason(found.record, found.ageMs, me);
    if (reason === null) throw new DataDirBusyError(dataDir, found.record, found.ageMs);
    // Move the stale lock aside (atomic), then make sure it is the one judged stale: another
    // launcher may have taken over in between, and its fresh lock must go back.
    const aside = `${lockPath}.stale.${me.token}`;
    try {
      fs.renameSync(lockPath, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readLock(aside);
    if (moved && moved.record.token !== found.record.token) {
      try {
        fs.linkSync(aside, lockPath);
      } catch {
        // Someone else holds it now anyway.
      }
      fs.rmSync(aside, { force: true });
      throw new DataDirBusyError(dataDir, moved.record, moved.ageMs);
    }
    fs.rmSync(aside, { force: true });
    notice(`• Took over the embedded database lock in ${dataDir} from ${describeHolder(found.record)}, since ${found.record.since}: ${reason}.`);
  }
  throw new Error(`Could not lock ${dataDir}: other processes keep taking and releasing it`);
}

// The heartbeat runs in a worker thread: PGlite executes queries on the main thread, and a long
// one must not let the lock look abandoned. The worker stops when this process does.
const HEARTBEAT_SOURCE = `
const fs = require('node:fs');
const { workerData } = require('node:worker_threads');
setInterval(() => {
  try {
    const now = new Date();
    fs.utimesSync(workerData.lockPath, now, now);
  } catch {}
}, workerData.everyMs);
`;

function startHeartbeat(lockPath: string, token: string): () => void {
  const worker = new Worker(HEARTBEAT_SOURCE, { eval: true, workerData: { lockPath, everyMs: HEARTBEAT_MS } });
  worker.unref();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    void worker.terminate();
    // Remove only our own lock (never one another process took over).
    const current = readLockQuietly(lockPath);
    if (current?.record.token === token) fs.rmSync(lockPath, { force: true });
  };
}

function readLockQuietly(lockPath: string) {
  try {
    return readLock(lockPath);
  } catch {
    return null;
  }
}

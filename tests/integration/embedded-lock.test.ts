import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, bootId, DataDirBusyError, LOCK_FILE, ownRecord, processStartTime, STALE_MS, type TLockRecord } from '@/prisma/tools/data-dir-lock';
import { DataDirError, diskProblemCode } from '@/prisma/tools/disk-errors';
import { startEmbeddedDb } from '@/prisma/tools/embedded-db';

// The embedded database's lock lives inside its folder and records who holds it
// (prisma/tools/data-dir-lock.ts, docs/decisions/001-embedded-database.md).

const temps: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nadzor-lock-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function writeLock(dataDir: string, record: Partial<TLockRecord>, ageMs = 0) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ ...ownRecord(), since: '2026-01-01T00:00:00.000Z', ...record }));
  const at = new Date(Date.now() - ageMs);
  fs.utimesSync(file, at, at);
}

describe('embedded database lock', () => {
  it("reads this process's start time and the boot id (Linux)", () => {
    expect(processStartTime(process.pid)).toMatch(/^\d+$/);
    expect(bootId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes over a lock naming a live process whose start time differs (a reused pid)', () => {
    const dir = path.join(tempDir(), 'pglite');
    const real = processStartTime(process.pid)!;
    writeLock(dir, { pid: process.pid, startTime: String(Number(real) - 1), command: 'an earlier launcher', token: 'old' });
    const notices: string[] = [];
    const lock = acquireDataDirLock(dir, { notice: (m) => notices.push(m) });
    try {
      expect(notices.join('\n')).toContain('the pid was reused');
      const held = JSON.parse(fs.readFileSync(lock.lockPath, 'utf8')) as TLockRecord;
      expect(held).toMatchObject({ pid: process.pid, startTime: real, hostname: os.hostname() });
      expect(held.token).not.toBe('old');
    } finally {
      lock.release();
    }
    expect(fs.existsSync(lock.lockPath)).toBe(false);
  });

  it('takes over a lock whose process is gone', () => {
    const dir = path.join(tempDir(), 'pglite');
    // Pids above /proc/sys/kernel/pid_max never exist.
    writeLock(dir, { pid: 2 ** 22 + 1, startTime: '1', token: 'dead' });
    const notices: string[] = [];
    acquireDataDirLock(dir, { notice: (m) => notices.push(m) }).release();
    expect(notices.join('\n')).toContain(`its process ${2 ** 22 + 1} is gone`);
  });

  it('refuses the same folder through a second path (a symlink) while a live launcher holds it', async () => {
    const base = tempDir();
    const dir = path.join(base, 'pglite');
    const alias = path.join(base, 'alias');
    const db = await startEmbeddedDb({ dataDir: dir });
    try {
      fs.symlinkSync(dir, alias);
      const error = await startEmbeddedDb({ dataDir: alias }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirBusyError);
      expect((error as Error).message).toContain(`in use by process ${process.pid} on host ${os.hostname()}`);
      expect((error as Error).message).toMatch(/since \d{4}-\d\d-\d\dT/);
    } finally {
      await db.stop();
    }
    // Released on stop: the second path opens it now.
    const again = await startEmbeddedDb({ dataDir: alias });
    await again.stop();
  });

  it('takes over a lock from another host whose heartbeat stopped', () => {
    const dir = path.join(tempDir(), 'pglite');
    writeLock(dir, { pid: 1, hostname: 'other-container', bootId: 'another-boot', command: 'tsx prisma/tools/start.ts' }, STALE_MS + 5_000);
    const notices: string[] = [];
    acquireDataDirLock(dir, { notice: (m) => notices.push(m) }).release();
    expect(notices.join('\n')).toMatch(/from process 1 on host other-container .*its heartbeat stopped \d+ s ago/);
  });

  it('refuses a lock from another host whose heartbeat is fresh (it cannot check that pid)', () => {
    const dir = path.join(tempDir(), 'pglite');
    writeLock(dir, { pid: 1, hostname: 'other-container', bootId: 'another-boot', command: 'tsx prisma/tools/start.ts' }, 1_000);
    expect(() => acquireDataDirLock(dir)).toThrow(
      /in use by process 1 on host other-container \(tsx prisma\/tools\/start.ts\), since 2026-01-01T00:00:00.000Z/,
    );
    // The holder's lock is left alone.
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).hostname).toBe('other-container');
  });

  it('keeps the heartbeat going while it holds the lock', async () => {
    const dir = path.join(tempDir(), 'pglite');
    const lock = acquireDataDirLock(dir);
    try {
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(lock.lockPath, old, old);
      await expect.poll(() => fs.statSync(lock.lockPath).mtimeMs, { timeout: 10_000 }).toBeGreaterThan(old.getTime() + 30_000);
    } finally {
      lock.release();
    }
  });
});

describe('disk problems with the data folder', () => {
  it('says in one line which folder, what is wrong and what to do (a file where a folder is expected)', async () => {
    // A regular file in the path: a real ENOTDIR from the operating system, whoever runs it.
    const base = tempDir();
    fs.writeFileSync(path.join(base, 'file'), '');
    const dir = path.join(base, 'file', 'pglite');
    const error = await startEmbeddedDb({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as Error).message).toBe(
      `Cannot use the embedded database folder ${dir}: part of the path is a file, not a folder (ENOTDIR). Move that file away, or point NADZOR_DATA_DIR elsewhere.`,
    );
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a read-only folder (chmod 0500) with EACCES, even as root', async () => {
    // As a user, creating the lock fails; as root (whom chmod does not stop) PGlite's own file
    // system, which checks mode bits itself, refuses to write there. Either way: one line.
    const dir = path.join(tempDir(), 'ro');
    fs.mkdirSync(dir, { mode: 0o500 });
    const error = await startEmbeddedDb({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as Error).message).toBe(
      `Cannot use the embedded database folder ${dir}: permission denied (EACCES). Give the user running Nadzor write access to it, or point NADZOR_DATA_DIR at a folder it owns.`,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("recognises read-only and full disks from error codes and from PostgreSQL's messages", () => {
    expect(diskProblemCode(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('EROFS');
    expect(diskProblemCode(new Error('could not extend file "base/5/16384": No space left on device'))).toBe('ENOSPC');
    expect(diskProblemCode(new Error('could not write to file "pg_wal/xlogtemp.1": Read-only file system'))).toBe('EROFS');
    expect(diskProblemCode(new Error('could not open file "base/5/1": Permission denied'))).toBe('EACCES');
    expect(diskProblemCode(new Error('permission denied for table "Person"'))).toBeNull();
    expect(new DataDirError('/data/pglite', 'ENOSPC').message).toBe(
      'Cannot use the embedded database folder /data/pglite: the disk is full (ENOSPC). Free some space on that disk, then start again.',
    );
  });
});

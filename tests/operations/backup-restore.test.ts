import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { connect } from '@/prisma/tools/connect';
import { startEmbeddedDb } from '@/prisma/tools/embedded-db';
import { prepareDatabase } from '@/prisma/tools/prepare-database';
import { backupDatabase, restoreDatabase, type TTarget } from '@/prisma/tools/backup/index';
import { countRows, readBackupFile, type TManifest } from '@/prisma/tools/backup/archive';
import { writeAudit } from '@/lib/audit/write-audit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { resolveSession, revokeSession } from '@/lib/auth/resolve-session';
import { scratchDatabase } from '../helpers/scratch-db';

// The backup drill (docs/operations.md) on the run's kind of database: back up, wipe, restore,
// compare with the manifest; the audit chain verifies and no session survives. On the server it
// uses a scratch database of its own (created and dropped here); embedded, a temporary folder.
const kind = inject('databaseKind');
const key = process.env.AUDIT_HMAC_KEY!;
// Tables the restore itself writes to (its audit event, its seal links, its verification).
const WRITTEN_BY_RESTORE = ['public.AuditEvent', 'public.AuditSeal', 'public.AuditVerification', 'public.AuthSession'];

/** Another process that opens the folder as `npm start` does, until stopped. */
async function holdFolder(dataDir: string): Promise<{ stop: () => Promise<void> }> {
  const script = `import { startEmbeddedDb } from ${JSON.stringify(path.resolve('prisma/tools/embedded-db.ts'))};
    void startEmbeddedDb({ dataDir: ${JSON.stringify(dataDir)} }).then((db) => {
      process.on('SIGTERM', () => void db.stop().then(() => process.exit(0)));
      console.log('ready');
    });`;
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--eval', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return {
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe(`backup and restore drill (${kind})`, { timeout: 120_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nadzor-drill-'));
  const file = path.join(dir, 'drill.backup');
  let target: TTarget;
  /** A connection string to the target while a test uses it (embedded: opened and closed around). */
  let open: () => Promise<{ url: string; close: () => Promise<void> }>;
  let wipe: () => Promise<void>;
  let dropScratch = async () => {};
  let sessionId: string;
  let manifest: TManifest;

  beforeAll(async () => {
    if (kind === 'embedded') {
      const dataDir = path.join(dir, 'pglite');
      target = { mode: 'embedded', dataDir };
      open = async () => {
        const e = await startEmbeddedDb({ dataDir });
        return { url: e.url, close: e.stop };
      };
      wipe = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    } else {
      const scratch = await scratchDatabase('drill');
      target = { mode: 'server', url: scratch.url };
      dropScratch = scratch.drop;
      open = async () => ({ url: scratch.url, close: async () => {} });
      wipe = async () => {
        const name = new URL(scratch.url).pathname.slice(1);
        const admin = new pg.Client({ connectionString: inject('databaseUrl') });
        await admin.connect();
        try {
          await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
          await admin.query(`CREATE DATABASE ${name}`);
        } finally {
          await admin.end();
        }
      };
    }
    // A few rows prove it: a user signed in, audit events, sealed.
    const { url, close } = await open();
    try {
      await prepareDatabase(url);
      const db = connect(url);
      try {
        const user = await db.user.create({ data: { email: 'drill@example.test', fullName: 'Drill Officer', role: 'OFFICER' } });
        sessionId = (await db.authSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion, mfaVerifiedAt: new Date() } })).id;
        await db.$transaction(async (tx) => {
          await writeAudit(tx, { actor: null, action: 'drill.one', outcome: 'SUCCESS' });
          await writeAudit(tx, { actor: null, action: 'drill.two', outcome: 'SUCCESS' });
        });
        expect(await sealAuditEvents({ db, key })).toBe(2);
        expect(await resolveSession({ db, sessionId })).not.toBeNull();
      } finally {
        await db.$disconnect();
      }
    } finally {
      await close();
    }
  });

  afterAll(async () => {
    await dropScratch();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  if (kind === 'embedded') {
    it('refuses to copy the folder while another process (the app) has it open', async () => {
      const running = await holdFolder((target as { dataDir: string }).dataDir);
      try {
        await expect(backupDatabase({ target, file, key })).rejects.toThrow(/only while the app is stopped/);
        await expect(restoreDatabase({ target, file: path.join(dir, 'none.backup'), key })).rejects.toThrow(/No such backup file/);
      } finally {
        await running.stop();
      }
      expect(fs.existsSync(file)).toBe(false);
    });
  }

  it('writes a backup only its owner can read, with a manifest of what it holds', async () => {
    manifest = await backupDatabase({ target, file, key });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readBackupFile(file).manifest).toEqual(manifest);
    expect(manifest.mode).toBe(kind);
    expect(manifest.postgres).toMatch(/^\d+/);
    expect(manifest.rowCounts['public.User']).toBe(1);
    expect(manifest.rowCounts['public.AuthSession']).toBe(1);
    // The two drill events and the backup's own event.
    expect(manifest.rowCounts['public.AuditEvent']).toBe(3);
    expect(manifest.migrations.length).toBeGreaterThan(0);
    expect(manifest.auditHead?.seq).toBe('2');
  });

  it('refuses a restore with another audit key, and changes nothing', async () => {
    await expect(restoreDatabase({ target, file, key: `${key}-another` })).rejects.toThrow(/not the key this backup's audit trail was sealed with/);
  });

  it('after a sign-out and a wipe, the restore brings back every row and no session', async () => {
    const before = await open();
    try {
      const db = connect(before.url);
      await revokeSession({ db, sessionId }); // signed out after the backup …
      await db.$disconnect();
    } finally {
      await before.close();
    }
    await wipe(); // … then the database is lost

    const result = await restoreDatabase({ target, file, key });
    expect(result.sessionsRevoked).toBe(1);
    expect(result.auditBefore).toBe('OK');
    expect(result.audit).toMatchObject({ result: 'OK', checked: 4, problem: null });
    expect(result.keptAside).toBeNull();

    const after = await open();
    try {
      const client = new pg.Client({ connectionString: after.url });
      await client.connect();
      const counts = await countRows(client).finally(() => client.end());
      for (const [table, n] of Object.entries(manifest.rowCounts)) {
        if (!WRITTEN_BY_RESTORE.includes(table)) expect({ table, n: counts[table] }).toEqual({ table, n });
      }
      expect(Object.keys(counts).sort()).toEqual(Object.keys(manifest.rowCounts).sort());
      expect(counts['public.AuthSession']).toBe(1);
      expect(counts['public.AuditEvent']).toBe(4);

      const db = connect(after.url);
      try {
        // The session was live in the backup; it must not come back.
        expect(await resolveSession({ db, sessionId })).toBeNull();
        const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'database.restore' } });
        expect(event.details).toEqual({ via: 'command', mode: kind, backupCreatedAt: manifest.createdAt, sessionsRevoked: 1, auditChain: 'OK' });
        const verification = await db.auditVerification.findFirstOrThrow({ orderBy: { id: 'desc' } });
        expect(verification.result).toBe('OK');
      } finally {
        await db.$disconnect();
      }
    } finally {
      await after.close();
    }
  });

  if (kind === 'embedded') {
    it('a restore over an existing folder keeps the old one aside, renamed', async () => {
      const dataDir = (target as { dataDir: string }).dataDir;
      const result = await restoreDatabase({ target, file, key, now: new Date('2030-01-01T00:00:00Z') });
      expect(result.keptAside).toBe(`${dataDir}.before-restore-2030-01-01T00-00-00Z`);
      expect(fs.existsSync(path.join(result.keptAside!, 'PG_VERSION'))).toBe(true);
      expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    });
  }

  if (kind === 'server') {
    it('refuses to restore under a connected app, then restores over the existing tables', async () => {
      const app = new pg.Client({ connectionString: (target as { url: string }).url, application_name: 'nadzor-app' });
      await app.connect();
      try {
        await expect(restoreDatabase({ target, file, key })).rejects.toThrow(
          /1 other session\(s\) are connected to this database \(nadzor-app\)\. Stop the app/,
        );
      } finally {
        await app.end();
      }
      const result = await restoreDatabase({ target, file, key });
      expect(result.audit.result).toBe('OK');
      expect(result.rows).toBe(Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0));
    });

    it('a dump that fails leaves no file and a FAILURE event after its SUCCESS one', async () => {
      // A pg_dump that answers its version (the newest, so it is chosen) and fails the dump.
      const bin = path.join(dir, 'broken-bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(
        path.join(bin, 'pg_dump'),
        '#!/bin/sh\n[ "$1" = --version ] && { echo "pg_dump (PostgreSQL) 99.0"; exit 0; }\necho "disk full" >&2; exit 1\n',
        { mode: 0o755 },
      );
      const failed = path.join(dir, 'failed.backup');
      const previous = process.env.NADZOR_PG_BIN;
      process.env.NADZOR_PG_BIN = bin;
      try {
        await expect(backupDatabase({ target, file: failed, key })).rejects.toThrow();
      } finally {
        if (previous === undefined) delete process.env.NADZOR_PG_BIN;
        else process.env.NADZOR_PG_BIN = previous;
      }
      expect(fs.existsSync(failed)).toBe(false);
      const db = connect((target as { url: string }).url);
      try {
        const events = await db.auditEvent.findMany({ where: { action: 'database.backup' }, orderBy: { id: 'asc' }, select: { outcome: true, details: true } });
        const forFile = events.filter((e) => (e.details as { file?: string } | null)?.file === 'failed.backup').map((e) => e.outcome);
        expect(forFile).toEqual(['SUCCESS', 'FAILURE']);
      } finally {
        await db.$disconnect();
      }
    });
  }
});

// `npm run db:backup` and `npm run db:restore` for both modes (docs/operations.md,
// docs/decisions/014-backup-and-restore.md). The CLIs are prisma/tools/backup.ts and restore.ts.
import fs from 'node:fs';
import pg from 'pg';
import { connect } from '../connect';
import { writeAudit } from '@/lib/audit/write-audit';
import { afterRestore, type TRestoreSummary } from './after-restore';
import { appVersion, auditKeyId, BackupError, createBackupFile, describeDatabase, readBackupFile, type TManifest } from './archive';
import { dumpEmbedded, restoreEmbedded, withEmbeddedFolder } from './embedded';
import { dumpServer, restoreServer } from './server';

/** Where the database is: a server (the owner's connection string) or the embedded folder. */
export type TTarget = { mode: 'server'; url: string; appRoleRequired?: boolean } | { mode: 'embedded'; dataDir: string };

/**
 * Records that a full copy of the data was taken (by whoever runs the server's shell). Written
 * before the dump so that the copy holds its own event; a dump that then fails records a second
 * event, FAILURE, so the trail never shows a copy that was not made as the last word.
 */
async function auditBackup(url: string, mode: TTarget['mode'], file: string, outcome: 'SUCCESS' | 'FAILURE' = 'SUCCESS') {
  const db = connect(url);
  try {
    await db.$transaction((tx) =>
      writeAudit(tx, { actor: null, action: 'database.backup', outcome, details: { via: 'command', mode, file: file.split('/').pop() } }),
    );
  } finally {
    await db.$disconnect();
  }
}

async function manifestOf(client: pg.Client, mode: TTarget['mode'], key: string | null, now: Date): Promise<TManifest> {
  return {
    mode,
    payload: mode === 'server' ? 'pg_dump-custom' : 'pglite-datadir-tgz',
    createdAt: now.toISOString(),
    appVersion: appVersion(),
    ...(await describeDatabase(client)),
    auditKeyId: key ? auditKeyId(key) : null,
  };
}

/** Writes a backup of `target` to `file` (mode 0600); returns its manifest. */
export async function backupDatabase({
  target,
  file,
  key,
  now = new Date(),
}: {
  target: TTarget;
  file: string;
  key: string | null;
  now?: Date;
}): Promise<TManifest> {
  let output: ReturnType<typeof createBackupFile> | undefined;
  try {
    if (target.mode === 'server') {
      await auditBackup(target.url, 'server', file);
      const manifest = await dumpServer(
        target.url,
        (client) => manifestOf(client, 'server', key, now),
        (m) => {
          output = createBackupFile(file, m);
          return output.fd;
        },
      );
      output!.commit();
      return manifest;
    }
    return await withEmbeddedFolder(target.dataDir, async (embedded) => {
      await auditBackup(embedded.url, 'embedded', file);
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      let manifest: TManifest;
      try {
        manifest = await manifestOf(client, 'embedded', key, now);
      } finally {
        await client.end();
      }
      const tgz = await dumpEmbedded(embedded);
      output = createBackupFile(file, manifest);
      fs.writeSync(output.fd, tgz);
      output.commit();
      return manifest;
    });
  } catch (error) {
    output?.abort();
    // Best effort: the database may be what failed.
    if (target.mode === 'server') await auditBackup(target.url, 'server', file, 'FAILURE').catch(() => {});
    throw error;
  }
}

export type TRestoreResult = TRestoreSummary & { manifest: TManifest; keptAside: string | null };

/**
 * Restores `file` into `target`, then counts, revokes every session, audits and verifies
 * (./after-restore.ts). Refused up front when the file is of the other mode or `key` is not the
 * audit key the backup was sealed with.
 */
export async function restoreDatabase({
  target,
  file,
  key,
  now = new Date(),
}: {
  target: TTarget;
  file: string;
  key: string;
  now?: Date;
}): Promise<TRestoreResult> {
  const { manifest, payloadOffset } = readBackupFile(file);
  if (manifest.mode !== target.mode) {
    throw new BackupError(
      `This is a backup of ${manifest.mode === 'server' ? 'a PostgreSQL server database' : 'the embedded database'}, and the target is ${target.mode === 'server' ? 'a server (DATABASE_URL is set)' : 'the embedded database (DATABASE_URL is not set)'}. ` +
        'Restore it where it came from; to move between the two, restore it there and copy the data with the application (docs/operations.md).',
    );
  }
  if (manifest.auditKeyId && auditKeyId(key) !== manifest.auditKeyId) {
    throw new BackupError(
      `AUDIT_HMAC_KEY is not the key this backup's audit trail was sealed with (key id ${manifest.auditKeyId}; the key given has id ${auditKeyId(key)}). ` +
        'Set AUDIT_HMAC_KEY to the key in use when the backup was taken: with another key every audit link would fail verification. Nothing was changed.',
    );
  }
  if (target.mode === 'server') {
    await restoreServer({ url: target.url, file, payloadOffset, manifest, appRoleRequired: target.appRoleRequired ?? false });
    return { ...(await afterRestore({ url: target.url, manifest, key, now })), manifest, keptAside: null };
  }
  const tgz = fs.readFileSync(file).subarray(payloadOffset);
  const { result, keptAside } = await restoreEmbedded({ dataDir: target.dataDir, tgz, now, check: (url) => afterRestore({ url, manifest, key, now }) });
  return { ...result, manifest, keptAside };
}

export { BackupError };

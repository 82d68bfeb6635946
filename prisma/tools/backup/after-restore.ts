// What every restore ends with, in both modes (docs/operations.md): the restored rows are counted
// against the manifest, every session is revoked (the backup may hold sessions that were signed
// out after it was taken), the restore is audited (no personal data), and the audit chain is
// verified with the key and the verdict recorded where administrators see it.
import pg from 'pg';
import { connect } from '../connect';
import { writeAudit } from '@/lib/audit/write-audit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { recordAuditVerification, verifyAuditChain, type TVerifyResult } from '@/lib/audit/verify';
import { BackupError, compareCounts, countRows, type TManifest } from './archive';

export type TRestoreSummary = {
  tables: number;
  rows: number;
  sessionsRevoked: number;
  /** The chain as restored, before anything was added. */
  auditBefore: TVerifyResult['result'];
  /** The recorded verification after the restore's own event was sealed. */
  audit: Pick<TVerifyResult, 'result' | 'checked' | 'problem' | 'brokenSeq' | 'brokenEvent'>;
};

/** Counts first (a copy that lost rows is refused before anything is written to it). */
export async function checkCounts(url: string, manifest: TManifest): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await countRows(client);
    const differences = compareCounts(manifest.rowCounts, found);
    if (differences.length) throw new BackupError(`The restored database does not match the backup's manifest:\n  ${differences.join('\n  ')}`);
    return { tables: Object.keys(found).length, rows: Object.values(found).reduce((a, b) => a + b, 0) };
  } finally {
    await client.end();
  }
}

export async function afterRestore({
  url,
  manifest,
  key,
  now = new Date(),
}: {
  url: string;
  manifest: TManifest;
  key: string;
  now?: Date;
}): Promise<TRestoreSummary> {
  const counted = await checkCounts(url, manifest);
  const db = connect(url);
  try {
    const before = await verifyAuditChain({ db, key, now });
    const sessionsRevoked = await db.$transaction(async (tx) => {
      const revoked = await tx.authSession.updateMany({ where: { revokedAt: null }, data: { revokedAt: now } });
      await writeAudit(tx, {
        actor: null,
        action: 'database.restore',
        outcome: 'SUCCESS',
        details: { via: 'command', mode: manifest.mode, backupCreatedAt: manifest.createdAt, sessionsRevoked: revoked.count, auditChain: before.result },
      });
      return revoked.count;
    });
    // Sealing with a key that does not verify the restored chain would append links nobody can
    // check; a broken chain is left for the administrators to see (the job runner seals later).
    if (before.result !== 'BROKEN') await sealAuditEvents({ db, key, sweep: true });
    const run = await recordAuditVerification({ db, key, now });
    return {
      ...counted,
      sessionsRevoked,
      auditBefore: before.result,
      audit: {
        result: run.result,
        checked: run.checked,
        problem: run.problem as TVerifyResult['problem'],
        brokenSeq: run.brokenSeq,
        brokenEvent: run.brokenEvent,
      },
    };
  } finally {
    await db.$disconnect();
  }
}

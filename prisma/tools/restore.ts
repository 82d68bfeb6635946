// `npm run db:restore -- <file>`: restores a backup made by `npm run db:backup` into the database
// the app uses (the same mode), then checks the row counts against the backup's manifest,
// revokes every session, audits the restore and verifies the audit chain (docs/operations.md).
// Stop the app and the worker first.
import fs from 'node:fs';
import path from 'node:path';
import { BackupError, restoreDatabase, type TTarget } from './backup/index';
import { findAuditKey, ROOT, shown } from './backup/archive';
import { embeddedDataDir } from './backup/embedded';

if (fs.existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith('-')) {
  console.error('Usage: npm run db:restore -- <file>');
  process.exit(2);
}

const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
const target: TTarget = url
  ? { mode: 'server', url, appRoleRequired: Boolean(process.env.MIGRATION_DATABASE_URL) }
  : { mode: 'embedded', dataDir: embeddedDataDir() };
const found = findAuditKey({ dataDir: target.mode === 'embedded' ? target.dataDir : undefined });

try {
  if (!found)
    throw new BackupError(
      'AUDIT_HMAC_KEY is not set: the restore verifies the audit chain with the key it was sealed with. Set it (the same key as when the backup was taken) and run again.',
    );
  const r = await restoreDatabase({ target, file: path.resolve(args[0]), key: found.key });
  const m = r.manifest;
  console.log(
    `✔ Restored the backup of ${m.createdAt} (app ${m.appVersion}, PostgreSQL ${m.postgres}) into the ${target.mode === 'server' ? 'PostgreSQL server database' : `embedded database (${shown(target.dataDir)})`}`,
  );
  if (r.keptAside) console.log(`  The previous folder is kept as ${shown(r.keptAside)}: delete it once you are satisfied.`);
  console.log(`  Rows: ${r.rows} in ${r.tables} tables, as in the backup's manifest`);
  console.log(`  Sessions revoked: ${r.sessionsRevoked} (everyone signs in again)`);
  console.log(
    `  Audit chain: ${r.audit.result}, ${r.audit.checked} links${r.audit.problem ? ` (${r.audit.problem} at ${r.audit.brokenSeq ?? r.audit.brokenEvent})` : ''}; the restore is audited as database.restore`,
  );
  console.log(`  Migrations in the backup: ${m.migrations.length}; \`npm start\` (or db:migrate:deploy on a server) applies any newer ones.`);
  if (r.audit.result === 'BROKEN') {
    console.error(
      r.auditBefore === 'BROKEN' && r.audit.brokenSeq === 1n
        ? '✖ The first audit link does not verify: most likely AUDIT_HMAC_KEY is not the key this trail was sealed with.'
        : '✖ The restored audit chain does not verify: the backup holds a trail that was altered. It is recorded on the audit page.',
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`✖ ${error instanceof BackupError ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
}

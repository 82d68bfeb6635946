// `npm run db:backup [-- <file>]`: a backup of the database the app uses (docs/operations.md).
// A server (MIGRATION_DATABASE_URL, else DATABASE_URL): pg_dump -Fc. Otherwise the embedded folder
// (NADZOR_DATA_DIR, default .data/pglite), with the app stopped. Default file:
// .data/backups/nadzor-<mode>-<UTC time>.backup, mode 0600.
import fs from 'node:fs';
import path from 'node:path';
import { BackupError, backupDatabase, type TTarget } from './backup/index';
import { defaultBackupFile, findAuditKey, ROOT, shown } from './backup/archive';
import { embeddedDataDir } from './backup/embedded';

if (fs.existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith('-')) {
  console.error('Usage: npm run db:backup [-- <file>]');
  process.exit(2);
}

const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
const target: TTarget = url ? { mode: 'server', url } : { mode: 'embedded', dataDir: embeddedDataDir() };
const file = path.resolve(args[0] ?? defaultBackupFile(target.mode));
const found = findAuditKey({ dataDir: target.mode === 'embedded' ? target.dataDir : undefined });

try {
  if (!found)
    console.warn('⚠ No AUDIT_HMAC_KEY: the backup cannot record which key seals its audit trail; a restore will check the chain only after restoring.');
  const manifest = await backupDatabase({ target, file, key: found?.key ?? null });
  const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
  console.log(
    `✔ Backup of the ${target.mode === 'server' ? 'PostgreSQL server database' : `embedded database (${shown(target.dataDir)})`} written to ${shown(file)}`,
  );
  console.log(
    `  ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB, mode 0600; ${Object.keys(manifest.rowCounts).length} tables, ${rows} rows; ${manifest.migrations.length} migrations; PostgreSQL ${manifest.postgres}`,
  );
  console.log(
    `  Audit head: ${manifest.auditHead ? `link ${manifest.auditHead.seq}` : 'none'}; key id ${manifest.auditKeyId ?? '—'}${found ? ` (${found.source})` : ''}`,
  );
  console.log('  It holds personal data: encrypt it before it leaves this machine (docs/operations.md). Restoring needs the same AUDIT_HMAC_KEY.');
} catch (error) {
  console.error(`✖ ${error instanceof BackupError ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
}

// A backup is one file: two text lines, then the database's own dump.
//   NADZOR-BACKUP 1\n
//   {manifest as JSON}\n
//   payload: `pg_dump -Fc` output (server) or PGlite's dumpDataDir tar.gz (embedded)
// So the manifest cannot be separated from the data it describes, and the payload can still be
// cut out with standard tools (`tail -n +3 file > db.dump`) when this tool is not at hand.
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { demoSecretsFile } from '../demo-secrets';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAGIC = 'NADZOR-BACKUP 1';

export type TBackupMode = 'embedded' | 'server';

export type TManifest = {
  mode: TBackupMode;
  /** What follows the two header lines. */
  payload: 'pg_dump-custom' | 'pglite-datadir-tgz';
  createdAt: string;
  appVersion: string;
  /** The server's version (PGlite's PostgreSQL when embedded). */
  postgres: string;
  /** The pg_dump that wrote a server backup; pg_restore must be at least as new. */
  dumpClient?: string;
  /** Applied migrations (`_prisma_migrations`), oldest first. */
  migrations: string[];
  /** Rows per table ("schema.table") in the dump's snapshot. */
  rowCounts: Record<string, number>;
  /** A fingerprint of AUDIT_HMAC_KEY (not the key): a restore with another key is refused. Null when no key was available. */
  auditKeyId: string | null;
  /** The last audit link in the backup, for the summary. */
  auditHead: { seq: string; mac: string } | null;
};

export class BackupError extends Error {}

/** A fingerprint of the audit key: an HMAC of a fixed text, so it tells nothing about the key. */
export function auditKeyId(key: string): string {
  return createHmac('sha256', key).update('nadzor backup: audit key id').digest('hex').slice(0, 16);
}

/**
 * The audit key the app uses: AUDIT_HMAC_KEY, else the one `npm start` generated for a demo
 * (kept beside the embedded folder, or in .data/ for a server).
 */
export function findAuditKey({ dataDir }: { dataDir?: string }): { key: string; source: string } | null {
  if (process.env.AUDIT_HMAC_KEY) return { key: process.env.AUDIT_HMAC_KEY, source: 'AUDIT_HMAC_KEY' };
  const file = demoSecretsFile({ root: ROOT, dataDir });
  try {
    const key = (JSON.parse(fs.readFileSync(file, 'utf8')) as { AUDIT_HMAC_KEY?: string }).AUDIT_HMAC_KEY;
    return key ? { key, source: path.relative(ROOT, file) } : null;
  } catch {
    return null;
  }
}

/** A path as the operator would type it: relative to here when below, else absolute. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `.data/backups/nadzor-<mode>-<UTC time>.backup` */
export function defaultBackupFile(mode: TBackupMode, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return path.join(ROOT, '.data', 'backups', `nadzor-${mode}-${stamp}.backup`);
}

/**
 * Opens `file` for a new backup (never overwriting one) as `<file>.partial`, mode 0600 (it holds
 * personal data), with the header written; `commit` renames it into place, `abort` deletes it.
 */
export function createBackupFile(file: string, manifest: TManifest) {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists: choose another name (a backup is never overwritten).`);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w', 0o600);
  fs.fchmodSync(fd, 0o600);
  fs.writeSync(fd, `${MAGIC}\n${JSON.stringify(manifest)}\n`);
  return {
    fd,
    commit: () => {
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fs.renameSync(partial, file);
    },
    abort: () => {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      fs.rmSync(partial, { force: true });
    },
  };
}

/** The manifest and where the payload starts. */
export function readBackupFile(file: string): { manifest: TManifest; payloadOffset: number } {
  if (!fs.existsSync(file)) throw new BackupError(`No such backup file: ${file}`);
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(1024 * 1024);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const first = head.indexOf(10);
    const second = first < 0 ? -1 : head.indexOf(10, first + 1);
    if (first < 0 || second < 0 || second >= n || head.subarray(0, first).toString('utf8') !== MAGIC) {
      throw new BackupError(`${file} is not a Nadzor backup (made by npm run db:backup).`);
    }
    const manifest = JSON.parse(head.subarray(first + 1, second).toString('utf8')) as TManifest;
    return { manifest, payloadOffset: second + 1 };
  } finally {
    fs.closeSync(fd);
  }
}

/** Rows per table of our schema and the job runner's (partitions counted in their parent). */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const tables = await client.query<{ schema: string; name: string }>(`
    SELECT n.nspname AS schema, c.relname AS name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname IN ('public', 'graphile_worker') ORDER BY 1, 2`);
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables.rows) {
    const ident = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident}`);
    counts[`${schema}.${name}`] = Number(rows[0].n);
  }
  return counts;
}

/** Applied migrations, the server version and the audit head, for the manifest. */
export async function describeDatabase(client: pg.Client): Promise<Pick<TManifest, 'migrations' | 'postgres' | 'rowCounts' | 'auditHead'>> {
  const version = await client.query<{ v: string }>("SELECT pg_catalog.current_setting('server_version') AS v");
  const hasHistory = (await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`)).rows[0].present as boolean;
  const migrations = hasHistory
    ? (
        await client.query<{ name: string }>(
          'SELECT migration_name AS name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY finished_at, migration_name',
        )
      ).rows.map((r) => r.name)
    : [];
  const hasSeal = (await client.query(`SELECT to_regclass('public."AuditSeal"') IS NOT NULL AS present`)).rows[0].present as boolean;
  const head = hasSeal
    ? (await client.query<{ seq: string; mac: string }>('SELECT seq::text AS seq, mac FROM public."AuditSeal" ORDER BY seq DESC LIMIT 1')).rows[0]
    : undefined;
  return { migrations, postgres: version.rows[0].v, rowCounts: await countRows(client), auditHead: head ?? null };
}

/** Tables whose row count differs from the manifest's ("schema.table: expected → found"). */
export function compareCounts(expected: Record<string, number>, found: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return names.filter((n) => expected[n] !== found[n]).map((n) => `${n}: ${expected[n] ?? 'absent'} in the backup, ${found[n] ?? 'absent'} restored`);
}

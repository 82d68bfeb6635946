// Backup and restore of a PostgreSQL server database with the standard client tools:
// `pg_dump -Fc` in one snapshot shared with the manifest's row counts, and `pg_restore` in one
// transaction (all or nothing), then the app role's grants (prisma/tools/app-role.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyAppRoleGrants } from '../app-role';
import { BackupError, type TManifest } from './archive';

type TPgTool = 'pg_dump' | 'pg_restore';

function major(version: string): number {
  return Number(/(\d+)/.exec(version)?.[1] ?? 0);
}

/** The tool's version ("15.18"), or null when it is not there. */
function toolVersion(bin: string): string | null {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return /(\d+(?:\.\d+)?)/.exec(result.stdout)?.[1] ?? null;
}

/**
 * The newest pg_dump / pg_restore on this machine: NADZOR_PG_BIN (a folder) when set, else
 * Debian's /usr/lib/postgresql/<n>/bin folders and the PATH. Refuses, with what to install, when
 * it is older than `atLeast` (pg_dump refuses a newer server; pg_restore a newer archive).
 */
export function findPgTool(tool: TPgTool, atLeast: { major: number; what: string }): { bin: string; version: string } {
  const candidates: string[] = [];
  if (process.env.NADZOR_PG_BIN) candidates.push(path.join(process.env.NADZOR_PG_BIN, tool));
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, v, 'bin', tool));
  }
  candidates.push(tool);
  const found = candidates.flatMap((bin) => {
    const version = toolVersion(bin);
    return version ? [{ bin, version }] : [];
  });
  if (found.length === 0)
    throw new BackupError(
      `${tool} was not found. Install the PostgreSQL ${atLeast.major} client tools (e.g. apt-get install postgresql-client-${atLeast.major}) or set NADZOR_PG_BIN to their bin folder.`,
    );
  const best = found.sort((a, b) => major(b.version) - major(a.version))[0];
  if (major(best.version) < atLeast.major) {
    throw new BackupError(
      `${tool} ${best.version} (${best.bin}) is older than ${atLeast.what}; it cannot read it. ` +
        `Install the PostgreSQL ${atLeast.major} client tools (e.g. apt-get install postgresql-client-${atLeast.major}) or set NADZOR_PG_BIN to their bin folder.`,
    );
  }
  return best;
}

// Connection-string parameters that Prisma understands and libpq refuses.
const PRISMA_ONLY = ['schema', 'connection_limit', 'pool_timeout', 'socket_timeout', 'pgbouncer', 'statement_cache_size', 'sslaccept'];

/** The URL for libpq tools, with the password moved to PGPASSWORD (never on a command line). */
export function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  for (const p of PRISMA_ONLY) parsed.searchParams.delete(p);
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, io: { stdin?: NodeJS.ReadableStream; stdoutFd?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: [io.stdin ? 'pipe' : 'ignore', io.stdoutFd ?? 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if (io.stdin) {
      io.stdin.pipe(child.stdin!);
      child.stdin!.on('error', () => {}); // the exit code and stderr say why
    }
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${path.basename(bin)} failed (exit ${code}):\n${stderr.trim()}`))));
  });
}

/**
 * Dumps the database into `fd` from an exported snapshot that `inSnapshot` (given a client inside
 * that snapshot) describes first, so the manifest's counts are exactly the dump's.
 */
export async function dumpServer(
  url: string,
  inSnapshot: (client: pg.Client) => Promise<TManifest>,
  writeHeader: (manifest: TManifest) => number,
): Promise<TManifest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const serverVersion = (await client.query<{ v: string }>("SELECT pg_catalog.current_setting('server_version') AS v")).rows[0].v;
    const pgDump = findPgTool('pg_dump', { major: major(serverVersion), what: `the server (PostgreSQL ${serverVersion})` });
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ s: string }>('SELECT pg_catalog.pg_export_snapshot() AS s')).rows[0].s;
    const manifest = { ...(await inSnapshot(client)), dumpClient: pgDump.version };
    const fd = writeHeader(manifest);
    const target = libpqTarget(url);
    await run(pgDump.bin, ['--format=custom', `--snapshot=${snapshot}`, '--no-password', `--dbname=${target.dbname}`], target.env, { stdoutFd: fd });
    await client.query('COMMIT');
    return manifest;
  } finally {
    await client.end();
  }
}

/** Other sessions on the database: a restore under a running app would fight it for locks. */
async function otherSessions(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ who: string }>(`
    SELECT coalesce(nullif(application_name, ''), usename, 'a client') AS who FROM pg_catalog.pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
  return rows.map((r) => r.who);
}

/**
 * Restores into the database at `url` (it must exist; empty, or holding this app's tables, which
 * are dropped and recreated) in one transaction, then reapplies the app role's grants.
 */
export async function restoreServer({
  url,
  file,
  payloadOffset,
  manifest,
  appRoleRequired,
}: {
  url: string;
  file: string;
  payloadOffset: number;
  manifest: TManifest;
  appRoleRequired: boolean;
}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const others = await otherSessions(client);
    if (others.length) {
      throw new BackupError(
        `${others.length} other session(s) are connected to this database (${[...new Set(others)].join(', ')}). Stop the app and the worker first, then run the restore again.`,
      );
    }
    const hasHistory = (await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`)).rows[0].present as boolean;
    if (hasHistory) {
      const applied = (
        await client.query<{ name: string }>(
          'SELECT DISTINCT migration_name AS name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
      ).rows.map((r) => r.name);
      const newer = applied.filter((n) => !manifest.migrations.includes(n));
      if (newer.length) {
        throw new BackupError(
          `This database has migrations the backup does not (${newer.join(', ')}): their tables would survive the restore and break the next deploy. ` +
            'Restore into an empty database instead (DROP DATABASE / CREATE DATABASE, or a new name), then point DATABASE_URL at it.',
        );
      }
    }
  } finally {
    await client.end();
  }
  const pgRestore = findPgTool('pg_restore', { major: major(manifest.dumpClient ?? '0'), what: `the pg_dump ${manifest.dumpClient} that wrote this backup` });
  const target = libpqTarget(url);
  await run(
    pgRestore.bin,
    ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', '--no-password', `--dbname=${target.dbname}`],
    target.env,
    { stdin: fs.createReadStream(file, { start: payloadOffset }) },
  );
  await applyAppRoleGrants(url, { required: appRoleRequired });
}

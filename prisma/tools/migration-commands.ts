// The status and resolve commands of prisma/tools/migrate.ts, as functions (the tests call them
// with a temporary migrations folder). See docs/operations.md, "Recovering from a failed migration".
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { markMigration, migrationStatus, MIGRATIONS_DIR } from './schema-engine';

export class ResolveRefusedError extends Error {}

/** What `db:migrate:status` prints, and its exit code: 1 on pending, failed or edited migrations. */
export async function migrationStatusReport(url: string, { migrationsDir = MIGRATIONS_DIR } = {}): Promise<{ code: 0 | 1; lines: string[] }> {
  const status = await migrationStatus(url, { migrationsDir });
  const lines = [
    `Applied (${status.applied.length}): ${status.applied.join(', ') || '—'}`,
    `Pending (${status.pending.length}): ${status.pending.join(', ') || '—'}`,
  ];
  if (status.failed.length) {
    lines.push(`Failed: ${status.failed.join(', ')}`);
    lines.push(
      '  Fix the cause, then `npm run db:migrate:resolve -- --rolled-back <name>` (deploy runs it again) or, if its changes were completed by hand, `-- --applied <name>`.',
    );
  }
  if (status.edited.length) {
    lines.push(`Edited after applying: ${status.edited.join(', ')}`);
    lines.push(
      '  An applied migration must never change: restore its file from version control (git checkout -- prisma/migrations/<name>) and put the change in a new migration.',
    );
  }
  if (status.pending.length) lines.push('  `npm run db:migrate:deploy` applies the pending ones.');
  return { code: status.pending.length || status.failed.length || status.edited.length ? 1 : 0, lines };
}

type TRow = { finished_at: Date | null; rolled_back_at: Date | null; started_at: Date };

async function rowsOf(url: string, name: string): Promise<TRow[] | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
    if (!table.rows[0].present) return null;
    const result = await client.query<TRow>(
      'SELECT finished_at, rolled_back_at, started_at FROM public._prisma_migrations WHERE migration_name = $1 ORDER BY started_at',
      [name],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

function folders(migrationsDir: string): string[] {
  return fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
}

/**
 * `prisma migrate resolve --rolled-back|--applied <name>`, with the same rules, checked first so
 * that nonsense is refused with a message that says what to do instead (ResolveRefusedError).
 */
export async function resolveMigration(url: string, as: 'rolled-back' | 'applied', name: string, { migrationsDir = MIGRATIONS_DIR } = {}): Promise<string> {
  const known = folders(migrationsDir);
  const rows = (await rowsOf(url, name)) ?? [];
  const where = path.relative(process.cwd(), migrationsDir) || migrationsDir;
  if (!known.includes(name) && rows.length === 0) {
    const near = known.filter((k) => k.includes(name) || name.includes(k.slice(15))).slice(0, 3);
    throw new ResolveRefusedError(
      `No migration named ${name}: it is neither in ${where} nor in this database's history.${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} Give the full folder name.`,
    );
  }
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  const applied = rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null);
  if (as === 'rolled-back') {
    if (rows.length === 0)
      throw new ResolveRefusedError(`${name} was never run on this database: there is nothing to roll back (npm run db:migrate:deploy applies it).`);
    if (failed.length === 0) {
      const state = applied.length ? 'it is applied' : 'it is already marked rolled back';
      throw new ResolveRefusedError(
        `${name} is not in a failed state (${state}): only a failed migration can be marked rolled back. To undo an applied migration, write a new migration that reverses it.`,
      );
    }
    await markMigration(url, 'rolled-back', name, { migrationsDir });
    return `Marked ${name} as rolled back: the next \`npm run db:migrate:deploy\` runs it again. Make sure whatever part of it did run has been undone first (a failed migration may have left some of its changes).`;
  }
  if (!known.includes(name)) throw new ResolveRefusedError(`${name} is not in ${where}: only a migration of this code base can be recorded as applied.`);
  if (applied.length) throw new ResolveRefusedError(`${name} is already recorded as applied on this database.`);
  await markMigration(url, 'applied', name, { migrationsDir });
  return `Recorded ${name} as applied${failed.length ? ' (its failed attempt is marked rolled back)' : ''}. Its SQL was NOT run: this is for changes you completed by hand.`;
}

import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db as appDb, type Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { buildInfo } from '@/lib/observability/build-info';
import { getLogger, serializeError } from '@/lib/observability/logger';

// Health endpoints for load balancers, orchestrators and people (docs/observability.md):
//   /api/health/live   the process answers (no database): restart it when this fails.
//   /api/health/ready  it can serve: the database answers and has every migration this build
//                      ships, none failed. Take it out of rotation while this fails.
//   /api/health        what runs: database kind, applied migrations, version and build id.
// They are public, so the bodies carry states only: no error text, no names, no addresses.

/** Database kind, applied migration count, version and build id; "unavailable" when the database does not answer. */
export async function getHealth({ db = appDb, database = env().dbKind }: { db?: Db; database?: 'embedded' | 'server' } = {}) {
  const build = buildInfo();
  try {
    const rows = await db.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*)::bigint AS count FROM "public"."_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return { status: 'ok' as const, database, migrations: Number(rows[0].count), ...build };
  } catch {
    return { status: 'unavailable' as const, database, migrations: null, ...build };
  }
}

/** The process is up and its event loop turns. Nothing else: a database outage must not get every instance restarted. */
export function getLiveness() {
  return { status: 'ok' as const };
}

/** The migrations folder shipped with the app (copied beside it in the container image). */
export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

/** The cron item that runs every minute (lib/jobs/tasks.ts): when it last ran tells whether any job worker is alive. */
const HEARTBEAT_CRON = 'audit:seal';
/** Five missed minutes: a worker restarting or a slow minute is not yet "stale". */
export const JOB_RUNNER_STALE_SECONDS = 300;
const CHECK_TIMEOUT_MS = 3000;

export type TReadiness = {
  status: 'ready' | 'not_ready';
  checks: {
    database: 'ok' | 'unavailable';
    migrations: 'ok' | 'pending' | 'failed' | 'unknown';
    /** Reported, never a reason to be not ready (docs/decisions/013-observability.md). */
    jobRunner: 'ok' | 'stale' | 'unknown';
  };
};

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function shippedMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

async function migrationState(db: Db, dir: string): Promise<TReadiness['checks']['migrations']> {
  const [shipped, rows] = await Promise.all([
    shippedMigrations(dir),
    db.$queryRaw<{ name: string; finished: boolean; rolledBack: boolean }[]>`
      SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack"
      FROM "public"."_prisma_migrations"`,
  ]);
  if (rows.some((r) => !r.finished && !r.rolledBack)) return 'failed';
  const applied = new Set(rows.filter((r) => r.finished && !r.rolledBack).map((r) => r.name));
  // Migrations the database has and this build does not are fine: a newer build migrated it
  // during a rolling deployment, and migrations only add (docs/deployment.md).
  return shipped.every((name) => applied.has(name)) ? 'ok' : 'pending';
}

async function jobRunnerState(db: Db): Promise<TReadiness['checks']['jobRunner']> {
  const rows = await db.$queryRaw<{ age: number | null }[]>`
    SELECT extract(epoch FROM now() - last_execution)::float8 AS age
    FROM graphile_worker._private_known_crontabs WHERE identifier = ${HEARTBEAT_CRON}`;
  const age = rows[0]?.age;
  if (age === null || age === undefined) return 'unknown';
  return age <= JOB_RUNNER_STALE_SECONDS ? 'ok' : 'stale';
}

let lastLogged: string | undefined;

/** Whether this instance should get traffic. Ready = database answers and migrations are complete. */
export async function getReadiness({ db = appDb, migrationsDir = MIGRATIONS_DIR }: { db?: Db; migrationsDir?: string } = {}): Promise<TReadiness> {
  const problems: Record<string, unknown> = {};
  let database: TReadiness['checks']['database'] = 'ok';
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, CHECK_TIMEOUT_MS);
  } catch (error) {
    database = 'unavailable';
    problems.database = error;
  }
  let migrations: TReadiness['checks']['migrations'] = 'unknown';
  let jobRunner: TReadiness['checks']['jobRunner'] = 'unknown';
  if (database === 'ok') {
    try {
      migrations = await withTimeout(migrationState(db, migrationsDir), CHECK_TIMEOUT_MS);
    } catch (error) {
      problems.migrations = error;
    }
    try {
      jobRunner = await withTimeout(jobRunnerState(db), CHECK_TIMEOUT_MS);
    } catch (error) {
      // No job schema yet, or no access to it: unknown, not a failure.
      problems.jobRunner = error;
    }
  }
  const readiness: TReadiness = { status: database === 'ok' && migrations === 'ok' ? 'ready' : 'not_ready', checks: { database, migrations, jobRunner } };
  // The detail goes to the log, once per change of state (probes come every few seconds).
  const state = JSON.stringify(readiness);
  if (state !== lastLogged) {
    lastLogged = state;
    const errors = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, serializeError(v)]));
    getLogger()[readiness.status === 'ready' && jobRunner === 'ok' ? 'info' : 'warn'](
      { kind: 'health', ...readiness, ...(Object.keys(errors).length ? { problems: errors } : {}) },
      `readiness ${readiness.status}`,
    );
  }
  return readiness;
}

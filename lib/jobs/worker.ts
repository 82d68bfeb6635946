import 'server-only';
import { isBefore, subHours } from 'date-fns';
import { run, runMigrations, Logger, type Runner, type LogFunctionFactory, type TaskList } from 'graphile-worker';
import { CRONTAB, taskList } from './tasks';
import { db } from '@/lib/db/client';
import { enqueueJob } from './enqueue';
import { getLogger, scrubText } from '@/lib/observability/logger';

// The job runner: graphile-worker on the application's own PostgreSQL (no Redis), so several
// app instances and workers share one database safely: jobs are taken with SKIP LOCKED, a cron
// item runs once per slot however many workers run (docs/decisions/004-job-runner-and-audit-seal.md).

export type TWorkerOptions = {
  connectionString: string;
  concurrency?: number;
  embedded?: boolean;
  log?: (level: string, message: string) => void;
  /** The app's jobs by default; tests may run their own (tests/integration/several-workers.test.ts). */
  taskList?: TaskList;
  crontab?: string;
};

/** graphile-worker's levels as pino's. */
const LEVELS = { error: 'error', warning: 'warn', info: 'info', debug: 'debug' } as const;

function loggerFor(log: TWorkerOptions['log']) {
  const factory: LogFunctionFactory = (scope) => (level, message, meta) => {
    // A line per finished job every minute would drown the log; failures are still logged.
    if (level === 'debug' || /^Completed task \d+ \(/.test(message)) return;
    if (log) return log(level, message);
    // JSON through the app's logger (lib/observability/logger.ts), with the job it is about.
    const fields = {
      component: 'worker',
      workerId: scope.workerId,
      task: scope.taskIdentifier,
      jobId: scope.jobId,
      ...(meta?.error === undefined ? {} : { err: meta.error }),
    };
    getLogger()[LEVELS[level] ?? 'info'](fields, scrubText(message));
  };
  return new Logger(factory);
}

/** Creates or updates graphile-worker's own schema (`graphile_worker`), as migrations do ours. */
export async function migrateJobSchema(connectionString: string) {
  await runMigrations({ connectionString, logger: loggerFor(() => {}) });
}

export async function startWorker({
  connectionString,
  concurrency = 2,
  embedded = false,
  log,
  taskList: tasks = taskList,
  crontab = CRONTAB,
}: TWorkerOptions): Promise<Runner> {
  return run({
    connectionString,
    concurrency,
    // The embedded database is one PostgreSQL session shared by every client: named prepared
    // statements would collide between connections there.
    noPreparedStatements: embedded,
    // Signals are the launcher's business (prisma/tools/start.ts stops us in order).
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: tasks,
    crontab,
    logger: loggerFor(log),
  });
}

/**
 * Work a fresh or long-stopped deployment needs before the next night: the dashboard's roll-ups
 * when they are missing or older than a day. (The crontab's back-fill covers nights missed by a
 * worker that ran before; a brand-new crontab has no past to back-fill.) The job key makes
 * several workers starting at once ask only once.
 */
export async function enqueueStartupJobs(now = new Date()) {
  const rollup = await db.dashboardRollup.findUnique({ where: { id: 1 } });
  if (!rollup || isBefore(rollup.rebuiltAt, subHours(now, 24))) {
    await enqueueJob(db, 'dashboard:rollup', {}, { jobKey: 'dashboard:rollup', jobKeyMode: 'preserve_run_at' });
  }
}

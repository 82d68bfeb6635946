import type { Tx } from '@/lib/db/client';
import type { TJobName } from './names';

export type TEnqueueOptions = {
  /** One pending job per key: a second add replaces the first (debounce) or keeps its time. */
  jobKey?: string;
  jobKeyMode?: 'replace' | 'preserve_run_at';
  runAt?: Date;
  maxAttempts?: number;
};

/**
 * Adds a job in the caller's transaction (graphile-worker's own SQL function), so the job exists
 * exactly when the change that asks for it commits.
 */
export async function enqueueJob(tx: Tx, name: TJobName, payload: Record<string, unknown> = {}, options: TEnqueueOptions = {}) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${name}::text,
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text,
    job_key_mode => ${options.jobKeyMode ?? 'replace'}::text
  )`;
}

import { applyMigrations } from './schema-engine';
import { migrateJobSchema } from '@/lib/jobs/worker';

/**
 * Everything a database needs before the app and the worker use it: our migrations (Prisma's
 * format, `_prisma_migrations`), then the job runner's own schema (`graphile_worker`, which the
 * app writes to when it enqueues a job in a transaction). Both are idempotent.
 */
export async function prepareDatabase(url: string): Promise<{ applied: string[] }> {
  const result = await applyMigrations(url);
  await migrateJobSchema(url);
  return result;
}

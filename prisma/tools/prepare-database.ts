import { applyMigrations } from './schema-engine';
import { applyAppRoleGrants } from './app-role';
import { migrateJobSchema } from '@/lib/jobs/worker';

/**
 * Everything a database needs before the app and the worker use it: our migrations (Prisma's
 * format, `_prisma_migrations`), then the job runner's own schema (`graphile_worker`, which the
 * app writes to when it enqueues a job in a transaction), then the app role's grants on both
 * (prisma/tools/app-role.ts). All idempotent; run as the owner.
 *
 * `appRoleRequired`: the app logs in as its own role (MIGRATION_DATABASE_URL is set), so a
 * missing group role is an error rather than a warning.
 */
export async function prepareDatabase(
  url: string,
  { appRoleRequired = false }: { appRoleRequired?: boolean } = {},
): Promise<{ applied: string[]; warning?: string }> {
  const result = await applyMigrations(url);
  await migrateJobSchema(url);
  const grants = await applyAppRoleGrants(url, { required: appRoleRequired });
  return { ...result, warning: grants.warning };
}

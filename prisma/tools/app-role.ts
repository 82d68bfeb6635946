// Least privilege in PostgreSQL (docs/decisions/008-least-privilege-database.md): migrations run
// as the owner; the app and the worker log in as a role that is a member of the NOLOGIN group role
// below, which may only read and write rows. It owns nothing, so it can neither change the schema
// nor disable a trigger, and the audit tables (every table with an `*_append_only` trigger) are
// SELECT + INSERT only for it. Applied after every migrate deploy, idempotently, so tables added by
// later migrations are covered (the default privileges cover them even before that).
import pg from 'pg';

/** The group role the app's login role must be a member of. */
export const APP_ROLE = 'nadzor_app';

/** The role name quoted as an identifier (a constant, but quoted as if it were not). */
const role = `"${APP_ROLE.replace(/"/g, '""')}"`;

export class AppRoleError extends Error {}

/** Creates the group role unless it exists; true when it exists afterwards. */
async function ensureRole(client: pg.Client): Promise<{ ok: true } | { ok: false; reason: string }> {
  const exists = async () => (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE])).rowCount === 1;
  if (await exists()) return { ok: true };
  try {
    // Roles are shared by every database of the server: two databases migrated at once may both
    // try to create it, and the loser's error means the role is there.
    await client.query(`DO $$ BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    return { ok: true };
  } catch (error) {
    if (await exists()) return { ok: true };
    return { ok: false, reason: (error as Error).message };
  }
}

/** Every grant the app role needs on this database, and nothing more; safe to run again. */
const GRANTS = `
DO $$
DECLARE t record;
BEGIN
  -- PostgreSQL before 15 lets every role create tables in "public"; ours may not.
  IF has_schema_privilege('public', 'public', 'CREATE') THEN
    BEGIN
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE WARNING 'cannot revoke CREATE on schema public from PUBLIC: do it as the schema''s owner';
    END;
  END IF;

  GRANT USAGE ON SCHEMA public TO ${role};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
  -- Tables a later migration creates (as this same owner) get the same rights at once.
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};

  -- Append-only tables: the ones with an "*_append_only" trigger (AuditEvent, AuditSeal,
  -- AuditVerification, and any later one that follows the naming).
  FOR t IN
    SELECT DISTINCT c.oid::regclass AS name
    FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT g.tgisinternal AND g.tgname LIKE '%append_only' AND n.nspname = 'public'
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM ${role.replace(/'/g, "''")}', t.name);
  END LOOP;

  -- The migration history: read by the health check, written only by migrations.
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public._prisma_migrations FROM ${role};
  END IF;

  -- The job runner's schema (graphile-worker): its tables and functions, not its migrations.
  IF to_regnamespace('graphile_worker') IS NOT NULL THEN
    GRANT USAGE ON SCHEMA graphile_worker TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${role};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${role};
    ALTER DEFAULT PRIVILEGES IN SCHEMA graphile_worker GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
    ALTER DEFAULT PRIVILEGES IN SCHEMA graphile_worker GRANT USAGE, SELECT ON SEQUENCES TO ${role};
    -- Its tables have row-level security with no policy (only their owner passes): one policy
    -- per table lets the app role through, as the owner was before.
    FOR t IN
      SELECT c.oid::regclass AS name, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity
        AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'nadzor_app_all')
    LOOP
      EXECUTE format('CREATE POLICY nadzor_app_all ON %s FOR ALL TO ${role.replace(/'/g, "''")} USING (true) WITH CHECK (true)', t.name);
    END LOOP;
    IF to_regclass('graphile_worker.migrations') IS NOT NULL THEN
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON graphile_worker.migrations FROM ${role};
    END IF;
  END IF;
END $$;
`;

/**
 * Creates the group role when missing and grants it what the app needs on the database at `url`
 * (run as the owner, after the migrations). When the migrator may not create roles and the role
 * does not exist: an AppRoleError saying what to run, if `required` (a separate app login was
 * configured, MIGRATION_DATABASE_URL); otherwise a warning, and the app keeps the owner's rights.
 */
export async function applyAppRoleGrants(url: string, { required }: { required: boolean }): Promise<{ granted: boolean; warning?: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ensured = await ensureRole(client);
    if (!ensured.ok) {
      const message =
        `The migration role cannot create the database role ${APP_ROLE} (${ensured.reason}). ` +
        `Create it once as a superuser: CREATE ROLE ${APP_ROLE} NOLOGIN; then GRANT ${APP_ROLE} TO <the app's login role>.`;
      if (required) throw new AppRoleError(message);
      return { granted: false, warning: message };
    }
    await client.query(GRANTS);
    return { granted: true };
  } finally {
    await client.end();
  }
}

/**
 * A login role that is a member of the app role (what an operator creates once per deployment;
 * the browser tests and the privilege tests create throwaway ones). Returns `url` with that login.
 * Any earlier role of the same name is dropped first.
 */
export async function createAppLogin(ownerUrl: string, login: string, password: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(login)) throw new Error(`Not a plain role name: ${login}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const ensured = await ensureRole(client);
    if (!ensured.ok) throw new AppRoleError(`Cannot create ${APP_ROLE}: ${ensured.reason}`);
    await client.query(`DROP ROLE IF EXISTS ${login}`);
    await client.query(`CREATE ROLE ${login} LOGIN INHERIT PASSWORD '${password.replace(/'/g, "''")}' IN ROLE ${role}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = login;
  url.password = password;
  return url.toString();
}

/** Drops a login role made by createAppLogin (it owns nothing and holds no grants of its own). */
export async function dropAppLogin(ownerUrl: string, login: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(login)) throw new Error(`Not a plain role name: ${login}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS ${login}`);
  } finally {
    await client.end();
  }
}

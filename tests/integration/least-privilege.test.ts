import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { APP_ROLE, createAppLogin, dropAppLogin } from '@/prisma/tools/app-role';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { buildWorld, type TWorld } from '../helpers/world';

// What the app's database role may do (docs/decisions/008-least-privilege-database.md).
// On the server the statements run through a real login role that is a member of the app role,
// as the app and the worker do (e2e/server.ts runs the whole app that way). On the embedded
// database there is one superuser session and no logins: the documented behaviour asserted
// there is that the session is a superuser (least privilege does not bind the embedded app) while
// the same grants exist and hold for the app role, checked with SET LOCAL ROLE.

const url = inject('databaseUrl');
const kind = inject('databaseKind');
const login = `nadzor_test_app_${process.pid}`;

let owner: pg.Client;
let app: pg.Client;
let world: TWorld;

/** Runs one statement as the app role in a transaction that is rolled back. */
async function asApp(sql: string, values: unknown[] = []) {
  const client = kind === 'server' ? app : owner;
  await client.query('BEGIN');
  try {
    if (kind === 'embedded') await client.query(`SET LOCAL ROLE ${APP_ROLE}`);
    return await client.query(sql, values);
  } finally {
    await client.query('ROLLBACK');
  }
}

/** The error code an app-role statement fails with (it must fail). */
async function refusal(sql: string, values: unknown[] = []) {
  const error = await asApp(sql, values).then(
    () => null,
    (e: { code?: string; message: string }) => e,
  );
  expect(error, `expected "${sql}" to be refused`).not.toBeNull();
  return error!;
}

beforeAll(async () => {
  world = await buildWorld();
  owner = new pg.Client({ connectionString: url });
  await owner.connect();
  if (kind === 'server') {
    app = new pg.Client({ connectionString: await createAppLogin(url, login, `pw-${uniqueSuffix()}`) });
    await app.connect();
  }
  await owner.query(`INSERT INTO "AuditEvent" (action, outcome) VALUES ('test.leastPrivilege', 'SUCCESS')`);
});

afterAll(async () => {
  await app?.end();
  await owner?.end();
  if (kind === 'server') await dropAppLogin(url, login);
});

describe(`the app role (${kind})`, () => {
  if (kind === 'server') {
    it('server: the app logs in as a member of the app role that is no superuser and owns nothing', async () => {
      const { rows } = await app.query(
        `SELECT current_user AS who, r.rolsuper AS su, pg_has_role(current_user, $1, 'MEMBER') AS member,
                (SELECT count(*)::int FROM pg_class c WHERE pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
           FROM pg_roles r WHERE r.rolname = current_user`,
        [APP_ROLE],
      );
      expect(rows[0]).toEqual({ who: login, su: false, member: true, owned: 0 });
    });
  } else {
    it('embedded: one superuser session, so least privilege applies to server deployments only (the grants still exist)', async () => {
      const { rows } = await owner.query(`SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user`);
      expect(rows[0].su).toBe(true);
      const grants = await owner.query(
        `SELECT has_table_privilege($1, '"AuditEvent"', 'INSERT') AS ins, has_table_privilege($1, '"AuditEvent"', 'UPDATE') AS upd`,
        [APP_ROLE],
      );
      expect(grants.rows[0]).toEqual({ ins: true, upd: false });
    });
  }

  it('cannot change the schema', async () => {
    expect((await refusal(`ALTER TABLE "Person" ADD COLUMN hacked text`)).code).toBe('42501');
    expect((await refusal(`CREATE TABLE hacked (id int)`)).code).toBe('42501');
    expect((await refusal(`DROP TABLE "Region"`)).code).toBe('42501');
  });

  it('cannot disable the audit triggers', async () => {
    expect((await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).code).toBe('42501');
    expect((await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`)).code).toBe('42501');
    expect((await refusal(`ALTER TABLE "AuditSeal" DISABLE TRIGGER USER`)).code).toBe('42501');
  });

  it('cannot update, delete or truncate audit rows (refused by privilege, before the trigger)', async () => {
    for (const [table, key] of [
      ['AuditEvent', 'id'],
      ['AuditSeal', 'seq'],
      ['AuditVerification', 'id'],
    ]) {
      for (const sql of [`UPDATE "${table}" SET "${key}" = "${key}"`, `DELETE FROM "${table}"`, `TRUNCATE "${table}"`]) {
        const error = await refusal(sql);
        expect(error.code).toBe('42501');
        expect(error.message).toMatch(/permission denied/);
      }
    }
    expect((await refusal(`DELETE FROM _prisma_migrations`)).code).toBe('42501');
  });

  it('appends audit rows and reads them; reads and writes person records', async () => {
    const inserted = await asApp(`INSERT INTO "AuditEvent" (action, outcome) VALUES ('test.asApp', 'SUCCESS') RETURNING id`);
    expect(inserted.rowCount).toBe(1);
    expect((await asApp(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'test.leastPrivilege'`)).rows[0].n).toBe(1);
    const updated = await asApp(`UPDATE "Person" SET "middleName" = 'Least' WHERE id = $1`, [world.person.id]);
    expect(updated.rowCount).toBe(1);
    const region = await asApp(`INSERT INTO "Region" (id, code, "nameEn", "nameRu", "nameKk") VALUES ($1, $1, 'x', 'x', 'x') RETURNING id`, [
      `lp-${uniqueSuffix()}`,
    ]);
    expect(region.rowCount).toBe(1);
    // Refused by a foreign key (class 23), not by a privilege.
    expect(await asApp(`DELETE FROM "Region" WHERE id = $1`, [world.otherRegion.id]).catch((e: { code: string }) => e.code)).toMatch(/^23/);
    expect((await asApp(`DELETE FROM "Region" WHERE id = $1`, [region.rows[0].id])).rowCount).toBe(0); // rolled back above; DELETE itself is allowed
    expect((await asApp(`SELECT count(*)::int AS n FROM _prisma_migrations`)).rows[0].n).toBeGreaterThan(0); // the health check
    expect((await asApp(`SELECT graphile_worker.add_job('dashboard:rollup', '{}'::json)`)).rowCount).toBe(1); // enqueueing jobs
  });

  it('gets the same rights on a table a later migration creates (default privileges), without new grants', async () => {
    const table = `later_${uniqueSuffix().replace(/\W/g, '_')}`.toLowerCase();
    await owner.query(`CREATE TABLE "${table}" (id serial PRIMARY KEY, note text)`);
    try {
      expect((await asApp(`INSERT INTO "${table}" (note) VALUES ('x') RETURNING id`)).rowCount).toBe(1);
      expect((await refusal(`ALTER TABLE "${table}" ADD COLUMN y int`)).code).toBe('42501');
    } finally {
      await owner.query(`DROP TABLE "${table}"`);
    }
  });
});

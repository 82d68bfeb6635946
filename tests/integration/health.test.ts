import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getHealth, getLiveness, getReadiness, MIGRATIONS_DIR } from '@/lib/http/health';
import type { Db } from '@/lib/db/client';
import { db } from '../helpers/world';

describe('health', () => {
  it('names the database kind, counts the applied migrations, and names the version and build', async () => {
    const health = await getHealth();
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM _prisma_migrations`;
    expect(health).toEqual({
      status: 'ok',
      database: process.env.NADZOR_DB_KIND,
      migrations: Number(rows[0].n),
      version: expect.any(String),
      buildId: expect.any(String),
    });
    expect(health.migrations).toBeGreaterThanOrEqual(3);
  });
});

describe('health when the database is down', () => {
  it('reports unavailable (the route answers 503)', async () => {
    const { connect } = await import('@/prisma/tools/connect');
    const dead = connect('postgresql://nobody:x@127.0.0.1:1/none?connect_timeout=2');
    expect(await getHealth({ db: dead, database: 'server' })).toMatchObject({ status: 'unavailable', database: 'server', migrations: null });
    await dead.$disconnect();
  });
});

describe('liveness', () => {
  it('is ok without asking the database', () => {
    expect(getLiveness()).toEqual({ status: 'ok' });
  });
});

describe('readiness', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A copy of the shipped migrations folder (names only matter), plus what a test adds. */
  async function migrationsCopy() {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nadzor-migrations-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    for (const name of await readdir(MIGRATIONS_DIR)) await cp(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    return dir;
  }

  async function setHeartbeat(secondsAgo: number) {
    await db.$executeRaw`
      INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
      VALUES ('audit:seal', now(), now() - make_interval(secs => ${secondsAgo}))
      ON CONFLICT (identifier) DO UPDATE SET last_execution = EXCLUDED.last_execution`;
    cleanups.push(() => db.$executeRaw`DELETE FROM graphile_worker._private_known_crontabs WHERE identifier = 'audit:seal'`);
  }

  it('is ready when the database answers and has every shipped migration; the job runner is reported', async () => {
    await setHeartbeat(30);
    expect(await getReadiness()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobRunner: 'ok' } });
  });

  it('stays ready with a stale job runner, and says so', async () => {
    await setHeartbeat(15 * 60);
    expect(await getReadiness()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobRunner: 'stale' } });
  });

  it('is not ready while a shipped migration is not applied', async () => {
    const dir = await migrationsCopy();
    await mkdir(path.join(dir, '29991231000000_from_the_future'));
    const readiness = await getReadiness({ migrationsDir: dir });
    expect(readiness.status).toBe('not_ready');
    expect(readiness.checks).toMatchObject({ database: 'ok', migrations: 'pending' });
  });

  it('stays ready when the database has a migration this build does not ship (a newer build migrated it)', async () => {
    const dir = await migrationsCopy();
    const [last] = (await readdir(dir))
      .filter((n) => /^\d/.test(n))
      .sort()
      .reverse();
    await rm(path.join(dir, last), { recursive: true });
    expect((await getReadiness({ migrationsDir: dir })).checks.migrations).toBe('ok');
  });

  it('is not ready after a failed migration', async () => {
    await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ('health-test-failed', 'x', '29991231000001_failed', now())`;
    cleanups.push(() => db.$executeRaw`DELETE FROM _prisma_migrations WHERE id = 'health-test-failed'`);
    expect(await getReadiness()).toMatchObject({ status: 'not_ready', checks: { database: 'ok', migrations: 'failed' } });
  });

  it('is not ready when the database does not answer, and the body holds no error text', async () => {
    const secret = 'password authentication failed for user "nadzor_app" at 10.1.2.3';
    const broken = { $queryRaw: () => Promise.reject(new Error(secret)) } as unknown as Db;
    const readiness = await getReadiness({ db: broken });
    expect(readiness).toEqual({ status: 'not_ready', checks: { database: 'unavailable', migrations: 'unknown', jobRunner: 'unknown' } });
    expect(JSON.stringify(readiness)).not.toContain('nadzor_app');
  });
});

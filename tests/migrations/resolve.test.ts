import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyMigrations } from '@/prisma/tools/schema-engine';
import { migrationStatusReport, ResolveRefusedError, resolveMigration } from '@/prisma/tools/migration-commands';
import { scratchDatabase } from '../helpers/scratch-db';

// A temporary migrations folder on a scratch database: one good migration, one that fails, and
// what an operator does next (docs/operations.md, "Recovering from a failed migration").
const FIRST = '20260101000000_first';
const SECOND = '20260101000001_second';
const THIRD = '20260101000002_third';

describe('migrate status and resolve', { timeout: 60_000 }, () => {
  let dir: string;
  let db: { url: string; drop: () => Promise<void> };
  const write = (name: string, sql: string) => {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  };
  const opts = () => ({ migrationsDir: dir });
  const rows = async (name: string) => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query('SELECT finished_at, rolled_back_at, checksum FROM _prisma_migrations WHERE migration_name = $1 ORDER BY started_at', [name])).rows;
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nadzor-migrations-'));
    db = await scratchDatabase('resolve');
    write(FIRST, 'CREATE TABLE "ProbeA" (id integer PRIMARY KEY);\n');
    write(SECOND, 'CREATE TABLE "ProbeB" (id integer PRIMARY KEY);\nSELECT 1 / 0;\n');
  });
  afterAll(async () => {
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a failed migration stops deploy and makes status exit 1', async () => {
    await expect(applyMigrations(db.url, opts())).rejects.toThrow(/division by zero/);
    const report = await migrationStatusReport(db.url, opts());
    expect(report.code).toBe(1);
    expect(report.lines).toContain(`Failed: ${SECOND}`);
  });

  it('refuses nonsense with a message that says why', async () => {
    await expect(resolveMigration(db.url, 'applied', 'second', opts())).rejects.toThrow(new RegExp(`No migration named second.*Did you mean ${SECOND}`));
    await expect(resolveMigration(db.url, 'rolled-back', FIRST, opts())).rejects.toThrow(/not in a failed state \(it is applied\)/);
    write(THIRD, 'CREATE TABLE "ProbeC" (id integer PRIMARY KEY);\n');
    await expect(resolveMigration(db.url, 'rolled-back', THIRD, opts())).rejects.toThrow(/never run on this database/);
    await expect(resolveMigration(db.url, 'applied', FIRST, opts())).rejects.toBeInstanceOf(ResolveRefusedError);
    fs.rmSync(path.join(dir, THIRD), { recursive: true });
  });

  it('--rolled-back lets deploy run the fixed migration again', async () => {
    write(SECOND, 'CREATE TABLE "ProbeB" (id integer PRIMARY KEY);\n');
    expect(await resolveMigration(db.url, 'rolled-back', SECOND, opts())).toMatch(/rolled back/);
    const [row] = await rows(SECOND);
    expect(row.rolled_back_at).not.toBeNull();
    const pending = await migrationStatusReport(db.url, opts());
    expect(pending.lines).toContain(`Pending (1): ${SECOND}`);
    expect(pending.code).toBe(1);
    await expect(resolveMigration(db.url, 'rolled-back', SECOND, opts())).rejects.toThrow(/already marked rolled back/);

    expect((await applyMigrations(db.url, opts())).applied).toEqual([SECOND]);
    expect((await migrationStatusReport(db.url, opts())).code).toBe(0);
  });

  it('--applied records a failed migration completed by hand, with the checksum status expects', async () => {
    write(THIRD, 'CREATE TABLE "ProbeC" (id integer PRIMARY KEY);\nSELECT 1 / 0;\n');
    await expect(applyMigrations(db.url, opts())).rejects.toThrow(/division by zero/);
    expect(await resolveMigration(db.url, 'applied', THIRD, opts())).toMatch(/its failed attempt is marked rolled back/);
    const history = await rows(THIRD);
    expect(history).toHaveLength(2);
    expect(history[0].rolled_back_at).not.toBeNull();
    expect(history[1].finished_at).not.toBeNull();
    // An edited file or a wrong checksum would show as "edited": status is clean.
    expect(await migrationStatusReport(db.url, opts())).toEqual({ code: 0, lines: [`Applied (3): ${FIRST}, ${SECOND}, ${THIRD}`, 'Pending (0): —'] });
    await expect(resolveMigration(db.url, 'applied', THIRD, opts())).rejects.toThrow(/already recorded as applied/);
  });

  it('status exits 1 when an applied migration was edited', async () => {
    write(FIRST, 'CREATE TABLE "ProbeA" (id integer PRIMARY KEY, extra text);\n');
    const report = await migrationStatusReport(db.url, opts());
    expect(report.lines).toContain(`Edited after applying: ${FIRST}`);
    expect(report.code).toBe(1);
  });
});

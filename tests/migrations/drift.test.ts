import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema, SCHEMA_PATH } from '@/prisma/tools/schema-engine';

// Each check replays every migration into a fresh in-memory database: allow for a slow machine.
describe('migrations', { timeout: 60_000 }, () => {
  it('agree with schema.prisma (no drift)', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('the drift check fails when the schema gains a model the migrations lack', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nadzor-drift-'));
    const schemaPath = path.join(dir, 'schema.prisma');
    fs.writeFileSync(schemaPath, `${fs.readFileSync(SCHEMA_PATH, 'utf8')}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    try {
      expect(await diffMigrationsToSchema({ schemaPath })).toContain('CREATE TABLE "DriftProbe"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

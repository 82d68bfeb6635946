import { describe, expect, it } from 'vitest';
import { db } from '../helpers/world';
import { writeAudit } from '@/lib/audit/write-audit';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { defineAction } from '@/lib/actions/define-action';
import { actAs, buildWorld } from '../helpers/world';
import { z } from 'zod';

describe('audit trail', () => {
  it('is written in the same transaction: a change that fails leaves no success row and no change', async () => {
    const world = await buildWorld();
    await actAs(world.users.police);
    const failing = defineAction({
      name: 'test.failingChange',
      permission: 'person.update',
      schema: z.object({ personId: z.string() }),
      handler: async ({ tx, input }) => {
        await tx.person.update({ where: { id: input.personId }, data: { lastName: 'Changed' } });
        await writeAudit(tx, { action: 'test.inner', outcome: 'SUCCESS', targetType: 'Person', targetId: input.personId });
        throw new Error('crash between steps');
      },
    });
    const result = await failing({ personId: world.person.id });
    (globalThis as unknown as { forgetConsoleErrors: () => void }).forgetConsoleErrors(); // the wrapper logs the crash: expected here
    expect(result).toMatchObject({ ok: false, code: 'error' });
    expect((await db.person.findUniqueOrThrow({ where: { id: world.person.id } })).lastName).not.toBe('Changed');
    expect(await db.auditEvent.count({ where: { action: 'test.inner' } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'test.failingChange', outcome: 'SUCCESS' } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'test.failingChange', outcome: 'FAILURE' } })).toBe(1);
  });

  it('is hash-chained: the chain verifies, and an edited row is detected', async () => {
    await db.$transaction((tx) => writeAudit(tx, { action: 'test.chain', outcome: 'SUCCESS', details: { b: 1, a: [1, 'x'] } }));
    expect((await verifyAuditChain({ db })).ok).toBe(true);
  });

  it('is append-only: UPDATE and DELETE are refused by the database', async () => {
    const row = await db.$transaction((tx) => writeAudit(tx, { action: 'test.appendOnly', outcome: 'SUCCESS' }));
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: 'tampered' } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe('test.appendOnly');
  });

  it('detects tampering done around the trigger (e.g. by a superuser)', async () => {
    const row = await db.$transaction((tx) => writeAudit(tx, { action: 'test.tamper', outcome: 'SUCCESS' }));
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "action" = 'test.tampered' WHERE id = ${row.id}`;
      await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_append_only`;
    });
    const verdict = await verifyAuditChain({ db });
    expect(verdict).toMatchObject({ ok: false, brokenAt: row.id });
    // Put it back so later tests see an intact chain.
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "action" = 'test.tamper' WHERE id = ${row.id}`;
      await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_append_only`;
    });
    expect((await verifyAuditChain({ db })).ok).toBe(true);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { db } from '../helpers/world';
import { writeAudit } from '@/lib/audit/write-audit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { recordAuditVerification, verifyAuditChain } from '@/lib/audit/verify';
import { defineAction } from '@/lib/actions/define-action';
import { actAs, buildWorld } from '../helpers/world';

// The run's one audit key (tests/helpers/setup.ts): every file that seals the shared database's
// trail must use the same one, or a file that ran before breaks this file's chain.
const KEY = process.env.AUDIT_HMAC_KEY!;

/** Runs statements as a superuser would, around the append-only triggers. */
async function aroundTriggers(run: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>) {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`;
    await tx.$executeRaw`ALTER TABLE "AuditSeal" DISABLE TRIGGER USER`;
    await run(tx);
    await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`;
    await tx.$executeRaw`ALTER TABLE "AuditSeal" ENABLE TRIGGER USER`;
  });
}

/** A fresh event, sealed, with its link. */
async function sealedEvent(action: string, actor?: { id: string; email: string; role: 'OFFICER' }) {
  const event = await writeAudit(db, { action, outcome: 'SUCCESS', actor, targetType: 'Probe', targetId: action, details: { b: 1, a: [1, 'x'] } });
  await sealAuditEvents({ db, key: KEY });
  const link = await db.auditSeal.findUniqueOrThrow({ where: { eventId: event.id } });
  return { event, link };
}

async function verify() {
  return verifyAuditChain({ db, key: KEY });
}

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

  it('is sealed into a keyed chain that verifies: every event gets one link, in order', async () => {
    await writeAudit(db, { action: 'test.chain.1', outcome: 'SUCCESS' });
    await writeAudit(db, { action: 'test.chain.2', outcome: 'DENIED', details: { nested: { z: 1, a: null } } });
    await sealAuditEvents({ db, key: KEY });
    const [events, links] = [await db.auditEvent.count(), await db.auditSeal.count()];
    expect(links).toBe(events);
    const verdict = await verify();
    expect(verdict).toMatchObject({ result: 'OK', checked: links, problem: null });
    // Sealing again adds nothing.
    expect(await sealAuditEvents({ db, key: KEY })).toBe(0);
  });

  it('is append-only: UPDATE and DELETE of events, links and verification runs are refused', async () => {
    const { event, link } = await sealedEvent('test.appendOnly');
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: 'tampered' } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(db.auditSeal.update({ where: { seq: link.seq }, data: { mac: 'x' } })).rejects.toThrow();
    await expect(db.auditSeal.delete({ where: { seq: link.seq } })).rejects.toThrow();
    const run = await recordAuditVerification({ db, key: KEY });
    await expect(db.auditVerification.delete({ where: { id: run.id } })).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe('test.appendOnly');
  });

  it('detects an edited event (done around the trigger, e.g. by a superuser)', async () => {
    const { event, link } = await sealedEvent('test.edit');
    await aroundTriggers((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "targetId" = 'someone-else' WHERE id = ${event.id}`);
    expect(await verify()).toMatchObject({ result: 'BROKEN', problem: 'mac_mismatch', brokenSeq: link.seq, brokenEvent: event.id });
    await aroundTriggers((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "targetId" = 'test.edit' WHERE id = ${event.id}`);
    expect((await verify()).result).toBe('OK');
  });

  it('detects a changed actor: id, e-mail or role', async () => {
    const actor = { id: 'actor-1', email: 'officer@example.kz', role: 'OFFICER' as const };
    const { event, link } = await sealedEvent('test.actor', actor);
    for (const change of [
      (tx: Parameters<Parameters<typeof aroundTriggers>[0]>[0]) => tx.$executeRaw`UPDATE "AuditEvent" SET "actorId" = 'actor-2' WHERE id = ${event.id}`,
      (tx: Parameters<Parameters<typeof aroundTriggers>[0]>[0]) =>
        tx.$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = 'other@example.kz' WHERE id = ${event.id}`,
      (tx: Parameters<Parameters<typeof aroundTriggers>[0]>[0]) => tx.$executeRaw`UPDATE "AuditEvent" SET "actorRole" = 'ADMIN' WHERE id = ${event.id}`,
    ]) {
      await aroundTriggers(change);
      expect(await verify()).toMatchObject({ result: 'BROKEN', problem: 'mac_mismatch', brokenSeq: link.seq });
      await aroundTriggers(
        (tx) =>
          tx.$executeRaw`UPDATE "AuditEvent" SET "actorId" = 'actor-1', "actorEmail" = 'officer@example.kz', "actorRole" = 'OFFICER' WHERE id = ${event.id}`,
      );
      expect((await verify()).result).toBe('OK');
    }
  });

  it('detects a deleted event, and a deleted link', async () => {
    const { event, link } = await sealedEvent('test.delete');
    await sealedEvent('test.delete.after');
    await aroundTriggers((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`);
    expect(await verify()).toMatchObject({ result: 'BROKEN', problem: 'missing_event', brokenSeq: link.seq, brokenEvent: event.id });
    await aroundTriggers((tx) => tx.auditEvent.create({ data: { ...event, details: event.details ?? undefined } }));
    expect((await verify()).result).toBe('OK');

    await aroundTriggers((tx) => tx.$executeRaw`DELETE FROM "AuditSeal" WHERE seq = ${link.seq}`);
    expect(await verify()).toMatchObject({ result: 'BROKEN', problem: 'gap', brokenSeq: link.seq });
    await aroundTriggers((tx) => tx.auditSeal.create({ data: link }));
    expect((await verify()).result).toBe('OK');
  });

  it('detects a re-chained trail: links recomputed without the key do not verify', async () => {
    await sealedEvent('test.rechain');
    const original = await db.auditSeal.findMany({ orderBy: { seq: 'asc' } });
    // The attacker rewrites every link with a key of their own (they cannot know ours).
    await aroundTriggers(async (tx) => {
      await tx.$executeRaw`DELETE FROM "AuditSeal"`;
    });
    await sealAuditEvents({ db, key: 'attacker-key-attacker-key-attacker-key', sweep: true });
    expect(await verify()).toMatchObject({ result: 'BROKEN', problem: 'mac_mismatch', brokenSeq: 1n });
    await aroundTriggers(async (tx) => {
      await tx.$executeRaw`DELETE FROM "AuditSeal"`;
      await tx.auditSeal.createMany({ data: original });
    });
    expect((await verify()).result).toBe('OK');
  });

  it('detects a truncated tail: the head a previous run saw is gone', async () => {
    const { event, link } = await sealedEvent('test.truncate');
    expect((await recordAuditVerification({ db, key: KEY })).result).toBe('OK');
    await aroundTriggers(async (tx) => {
      await tx.$executeRaw`DELETE FROM "AuditSeal" WHERE seq = ${link.seq}`;
      await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`;
    });
    expect(await verify()).toMatchObject({ result: 'BROKEN', problem: 'head_lost', brokenSeq: link.seq });
    await aroundTriggers(async (tx) => {
      await tx.auditEvent.create({ data: { ...event, details: event.details ?? undefined } });
      await tx.auditSeal.create({ data: link });
    });
    expect((await recordAuditVerification({ db, key: KEY })).result).toBe('OK');
  });

  it('reports events left unsealed too long, and the sweep seals them', async () => {
    await sealedEvent('test.unsealed.before');
    // An event written long ago that the sealer's recent window no longer reaches.
    const old = await db.auditEvent.create({ data: { action: 'test.unsealed', outcome: 'SUCCESS', at: new Date(Date.now() - 3 * 3_600_000) } });
    await sealAuditEvents({ db, key: KEY });
    expect(await verify()).toMatchObject({ result: 'UNSEALED', problem: 'unsealed', brokenEvent: old.id });
    await sealAuditEvents({ db, key: KEY, sweep: true });
    expect((await verify()).result).toBe('OK');
  });

  // Real concurrent transactions exist only on a server: the embedded database is one session
  // with one connection per process, where writers queue by design (CI runs both).
  if (inject('databaseKind') === 'server')
    it('never makes one writer wait for another (server)', async () => {
      let releaseFirst!: () => void;
      const held = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstWrote!: () => void;
      const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
      const first = db.$transaction(async (tx) => {
        await writeAudit(tx, { action: 'test.concurrent.first', outcome: 'SUCCESS' });
        firstWrote();
        await held; // still open while the second writer commits
      });
      await wrote;
      const second = await writeAudit(db, { action: 'test.concurrent.second', outcome: 'SUCCESS' });
      expect(second.id).toBeGreaterThan(0n);
      releaseFirst();
      await first;
      await sealAuditEvents({ db, key: KEY });
      expect((await verify()).result).toBe('OK');
    });

  it('verifies only new links hourly (resuming after the last good head) and everything nightly', async () => {
    await sealedEvent('test.incremental.before');
    expect((await recordAuditVerification({ db, key: KEY })).result).toBe('OK');
    const old = await db.auditSeal.findFirstOrThrow({ orderBy: { seq: 'asc' } });
    const { event, link } = await sealedEvent('test.incremental.after');
    const recent = await verifyAuditChain({ db, key: KEY, full: false });
    expect(recent.result).toBe('OK');
    expect(recent.checked).toBeLessThan((await verifyAuditChain({ db, key: KEY })).checked);
    // A new link tampered with: the hourly run finds it.
    await aroundTriggers((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "targetId" = 'x' WHERE id = ${event.id}`);
    expect(await verifyAuditChain({ db, key: KEY, full: false })).toMatchObject({ result: 'BROKEN', problem: 'mac_mismatch', brokenSeq: link.seq });
    await aroundTriggers((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "targetId" = 'test.incremental.after' WHERE id = ${event.id}`);
    // An old event tampered with: only the nightly full walk re-reads it.
    const oldEvent = await db.auditEvent.findUniqueOrThrow({ where: { id: old.eventId } });
    await aroundTriggers((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET ip = '192.0.2.1' WHERE id = ${oldEvent.id}`);
    expect((await verifyAuditChain({ db, key: KEY, full: false })).result).toBe('OK');
    expect(await verifyAuditChain({ db, key: KEY })).toMatchObject({ result: 'BROKEN', problem: 'mac_mismatch', brokenSeq: old.seq });
    await aroundTriggers((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET ip = ${oldEvent.ip} WHERE id = ${oldEvent.id}`);
    expect((await verifyAuditChain({ db, key: KEY })).result).toBe('OK');
  });
});

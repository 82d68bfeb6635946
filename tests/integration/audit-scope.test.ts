import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { withholdFromRegistryAction } from '@/lib/registry/actions';
import { findAuditEvents, ZAuditFilter } from '@/lib/audit/find-audit-events';
import { writeAudit } from '@/lib/audit/write-audit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { verifyAuditChain } from '@/lib/audit/verify';
import { auditMac, GENESIS_MAC, type TSealedEvent } from '@/lib/audit/mac';
import { GET as auditCsv } from '@/app/(app)/audit/export/route';
import { GET as evidenceGet } from '@/app/(app)/evidence/[id]/route';

// The run's one audit key (tests/helpers/setup.ts): every file that seals the shared database's
// trail must use the same one, or a file that ran before breaks this file's chain.
const KEY = process.env.AUDIT_HMAC_KEY!;
const REASON = 'Witness protection order 77-B (scope test)';

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
  await actAs(world.users.supervisor);
  const person = await db.person.findUniqueOrThrow({ where: { id: world.person.id } });
  expect(await withholdFromRegistryAction({ personId: person.id, version: person.version, reason: REASON })).toMatchObject({ ok: true });
  // An Almaty-side (other region) police officer tries an Astana-side person's evidence: out of scope.
  await actAs(world.users.police2);
  expect((await evidenceGet(new Request('http://localhost/evidence/x'), { params: Promise.resolve({ id: 'no-such-evidence' }) })).status).toBe(404);
});

const filter = (values: Record<string, string>) => ZAuditFilter.parse(values);
const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('utf8');

describe('audit trail scope', () => {
  it('stamps events with the region of the record concerned, or of the actor for denials', async () => {
    const withhold = await db.auditEvent.findFirstOrThrow({ where: { action: 'registry.withhold', targetId: world.person.id } });
    expect(withhold.regionId).toBe(world.region.id);
    const probe = await db.auditEvent.findFirstOrThrow({ where: { action: 'evidence.download', actorId: world.users.police2.id } });
    expect(probe).toMatchObject({ outcome: 'DENIED', regionId: world.otherRegion.id });
  });

  it("hides another region's person events and withholding reasons from a supervisor (page query)", async () => {
    const other = await actorOf(world.users.supervisor2);
    const seen = await findAuditEvents({ db, actor: other, filter: filter({ target: world.person.id }) });
    expect(seen.rows).toEqual([]);
    const everything = await findAuditEvents({ db, actor: other, filter: filter({}) });
    expect(
      JSON.stringify(
        everything.rows.map((e) => e.details),
        (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
      ),
    ).not.toContain(REASON);
    expect(everything.rows.every((e) => e.regionId === world.otherRegion.id)).toBe(true);
    // Their own region's user's out-of-scope attempt is theirs to see.
    expect(everything.rows.some((e) => e.action === 'evidence.download' && e.actorId === world.users.police2.id)).toBe(true);
  });

  it('shows a supervisor their own region, and an administrator everything', async () => {
    const own = await findAuditEvents({ db, actor: await actorOf(world.users.supervisor), filter: filter({ target: world.person.id }) });
    expect(own.rows.find((e) => e.action === 'registry.withhold')?.details).toEqual({ reason: REASON });
    expect((await findAuditEvents({ db, actor: await actorOf(world.users.supervisor), filter: filter({ actor: world.users.police2.email }) })).rows).toEqual(
      [],
    );
    const admin = await actorOf(world.users.admin);
    expect((await findAuditEvents({ db, actor: admin, filter: filter({ target: world.person.id }) })).rows.some((e) => e.action === 'registry.withhold')).toBe(
      true,
    );
    expect((await findAuditEvents({ db, actor: admin, filter: filter({ actor: world.users.police2.email }) })).rows.length).toBeGreaterThan(0);
  });

  it('scopes the audit export the same way', async () => {
    await actAs(world.users.supervisor2);
    const far = await text(await auditCsv(new Request(`http://localhost/audit/export?target=${world.person.id}`)));
    expect(far.trim().split('\r\n')).toHaveLength(1); // the header only
    const farAll = await text(await auditCsv(new Request('http://localhost/audit/export')));
    expect(farAll).not.toContain(REASON);
    // Only their own search (the target id they typed, readable by design) names the person.
    expect(
      farAll
        .split('\r\n')
        .filter((l) => l.includes(world.person.id))
        .every((l) => l.includes(',export.audit,')),
    ).toBe(true);
    expect(farAll).not.toContain('registry.withhold');
    await actAs(world.users.supervisor);
    expect(await text(await auditCsv(new Request(`http://localhost/audit/export?target=${world.person.id}`)))).toContain(REASON);
    await actAs(world.users.admin);
    expect(await text(await auditCsv(new Request(`http://localhost/audit/export?target=${world.person.id}`)))).toContain(REASON);
    // The export's own event keeps the actor filter (an e-mail) only as a keyed hash.
    await actAs(world.users.supervisor);
    await text(await auditCsv(new Request(`http://localhost/audit/export?actor=${encodeURIComponent(world.users.police.email)}&outcome=DENIED`)));
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'export.audit', actorId: world.users.supervisor.id }, orderBy: { id: 'desc' } });
    expect(JSON.stringify(event.details)).not.toContain(world.users.police.email);
    expect(event.details).toMatchObject({ filters: { outcome: 'DENIED', actor: expect.stringMatching(/^hmac:[0-9a-f]{32}$/) } });
  });
});

describe('audit seal with the region column', () => {
  it('computes the same MAC as before the column for events without a region (old links still verify)', () => {
    const e: TSealedEvent = {
      id: 7n,
      at: new Date('2026-01-02T03:04:05Z'),
      actorId: 'u',
      actorEmail: 'a@b.kz',
      actorRole: 'OFFICER',
      action: 'person.view',
      targetType: 'Person',
      targetId: 'p',
      outcome: 'SUCCESS',
      ip: '10.0.0.1',
      requestId: 'r',
      details: { b: 1 },
      regionId: null,
    };
    // The canonical form sealed before issue 10, written out by hand.
    const legacy = `["${GENESIS_MAC}","1","7","2026-01-02T03:04:05.000Z","u","a@b.kz","OFFICER","person.view","Person","p","SUCCESS","10.0.0.1","r",{"b":1}]`;
    expect(auditMac(KEY, GENESIS_MAC, 1n, e)).toBe(createHmac('sha256', KEY).update(legacy).digest('hex'));
    expect(auditMac(KEY, GENESIS_MAC, 1n, { ...e, regionId: 'reg' })).not.toBe(auditMac(KEY, GENESIS_MAC, 1n, e));
  });

  it('verifies a chain of events with and without a region, and detects a changed, added or cleared region', async () => {
    const old = await writeAudit(db, { action: 'test.region.old', outcome: 'SUCCESS', regionId: null });
    const fresh = await writeAudit(db, { action: 'test.region.new', outcome: 'SUCCESS', regionId: world.region.id });
    await sealAuditEvents({ db, key: KEY, sweep: true });
    expect(await verifyAuditChain({ db, key: KEY })).toMatchObject({ result: 'OK', problem: null });
    const tamper = async (id: bigint, regionId: string | null) =>
      db.$transaction(async (tx) => {
        await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`;
        await tx.$executeRaw`UPDATE "AuditEvent" SET "regionId" = ${regionId} WHERE id = ${id}`;
        await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`;
      });
    for (const [event, forged, original] of [
      [fresh, world.otherRegion.id, world.region.id],
      [fresh, null, world.region.id],
      [old, world.otherRegion.id, null],
    ] as const) {
      await tamper(event.id, forged);
      expect(await verifyAuditChain({ db, key: KEY })).toMatchObject({ result: 'BROKEN', problem: 'mac_mismatch', brokenEvent: event.id });
      await tamper(event.id, original);
      expect((await verifyAuditChain({ db, key: KEY })).result).toBe('OK');
    }
  });
});

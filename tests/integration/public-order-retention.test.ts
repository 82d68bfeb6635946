import { TZDate } from '@date-fns/tz';
import { addYears, subDays, subYears } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, db, type TWorld } from '../helpers/world';
import { taskList } from '@/lib/jobs/tasks';
import { removeExpiredPublicOrderRecords } from '@/lib/public-order/retention';
import { addCalendarDays, kzStartOfDay, kzToday } from '@/lib/time/today';
import { createIncident, createPublicOrderPerson, createPublicOrderWarning } from '../helpers/public-order-retention';

// Retention of public-order records (docs/decisions/035-public-order-retention.md): the nightly job
// removes a record `retentionYears` after its last incident (Kazakhstan calendar) with its
// incidents, files and warnings, audits each removal as the system with counts only, and removes
// an unreferenced incident on a supervised person's record on the same clock. The database is
// shared with other test files: every assertion is about this file's own records.

let world: TWorld;
// One clock for the whole file: the job and the dates below agree on "today".
const NOW = new Date();
const TODAY = kzToday(NOW);
const utc = (d: Date) => new TZDate(d, 'UTC');
const day = (d: Date) => d.toISOString().slice(0, 10);
/** An audit event as text, every column (the sequence number is a bigint). */
const serialise = (event: object) => JSON.stringify(event, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));

/** The earliest last-incident day whose `years` period has not run out today (it runs out today or later). */
function keptBoundary(years: number) {
  let d = new Date(subYears(utc(TODAY), years).getTime());
  while (addYears(utc(d), years) < utc(TODAY)) d = addCalendarDays(d, 1);
  return d;
}

const run = (options: { batchSize?: number } = {}) => removeExpiredPublicOrderRecords({ db, now: NOW, ...options });
const exists = async (id: string) => (await db.publicOrderPerson.count({ where: { id } })) === 1;
const removalEvents = (id: string) => db.auditEvent.findMany({ where: { action: 'publicOrder.retention.remove', targetId: id } });

async function record(options: { lastName?: string; createdAt?: Date } = {}) {
  return createPublicOrderPerson(db, { districtId: world.district.id, createdById: world.users.police.id, ...options });
}
async function incident(
  subject: { kind: 'publicOrder' | 'person'; id: string },
  occurredOn: Date,
  extra: { files?: number; protocolNumber?: string; description?: string } = {},
) {
  return createIncident(db, { subject: subject as never, occurredOn, recordedById: world.users.police.id, ...extra });
}
const po = (id: string) => ({ kind: 'publicOrder' as const, id });

beforeAll(async () => {
  world = await buildWorld();
});

describe('public-order retention job', () => {
  it('removes a record past its period with incidents, files and warnings, keeps one a day inside it, and audits counts only', async () => {
    const keptOn = keptBoundary(3);
    const expiredOn = subDays(utc(keptOn), 1);
    expect(addYears(utc(expiredOn), 3) < utc(TODAY)).toBe(true);

    const gone = await record({ lastName: 'Жумабеков' });
    const older = await incident(po(gone.id), new Date(subYears(utc(expiredOn), 1).getTime()), {
      files: 1,
      protocolNumber: 'АП-771205',
      description: 'Разбил стекло подъезда',
    });
    const last = await incident(po(gone.id), new Date(expiredOn.getTime()), { files: 2, description: 'Кричал ночью во дворе' });
    const warning = await createPublicOrderWarning(db, {
      subject: po(gone.id),
      incidentIds: [older.id, last.id],
      issuedById: world.users.police.id,
      legalBasisId: world.basis.id,
      pdf: new Uint8Array([37, 80, 68, 70]),
    });
    const notice = (entityType: string, entityId: string) =>
      db.notification.create({
        data: { recipientId: world.users.police.id, kind: 'WARNING_TO_SERVE', entityType, entityId, link: `/public-order/${gone.id}` },
      });
    const aboutWarning = await notice('Warning', warning.id);
    const aboutRecord = await notice('PublicOrderPerson', gone.id);
    const kept = await record({ lastName: 'Оставленов' });
    const aboutKept = await notice('PublicOrderPerson', kept.id);
    const keptIncident = await incident(po(kept.id), keptOn, { files: 1 });

    const result = await run();

    expect(await exists(gone.id)).toBe(false);
    expect(await db.publicOrderIncident.count({ where: { id: { in: [older.id, last.id] } } })).toBe(0);
    expect(await db.incidentFile.count({ where: { incidentId: { in: [older.id, last.id] } } })).toBe(0);
    expect(await db.warning.count({ where: { id: warning.id } })).toBe(0);
    expect(await db.warningIncident.count({ where: { warningId: warning.id } })).toBe(0);
    expect(result.records.find((r) => r.id === gone.id)).toEqual({
      id: gone.id,
      ranOutOn: day(addYears(utc(expiredOn), 3)),
      incidents: 2,
      files: 3,
      warnings: 1,
    });

    // Notifications about what went would only lead to "not found": gone too; the kept record's stay.
    expect(await db.notification.count({ where: { id: { in: [aboutWarning.id, aboutRecord.id] } } })).toBe(0);
    expect(await db.notification.count({ where: { id: aboutKept.id } })).toBe(1);

    expect(await exists(kept.id)).toBe(true);
    expect(await db.incidentFile.count({ where: { incidentId: keptIncident.id } })).toBe(1);
    expect(result.records.some((r) => r.id === kept.id)).toBe(false);
    expect(await removalEvents(kept.id)).toEqual([]);

    const [event, ...more] = await removalEvents(gone.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actorId: null,
      actorEmail: null,
      actorRole: null,
      targetType: 'PublicOrderPerson',
      outcome: 'SUCCESS',
      regionId: world.region.id,
    });
    expect(event.details).toEqual({
      via: 'job',
      job: 'public-order:retention',
      ranOutOn: day(addYears(utc(expiredOn), 3)),
      retentionYears: 3,
      incidents: 2,
      files: 3,
      warnings: 1,
    });
    const serialised = serialise(event);
    for (const personal of [gone.iin, gone.lastName, gone.firstName, gone.middleName!, gone.street, 'АП-771205', 'Разбил стекло', 'Кричал ночью'])
      expect(serialised).not.toContain(personal);
  });

  it('a new incident restarts the clock; a record without incidents runs from the day it was created', async () => {
    const renewed = await record();
    await incident(po(renewed.id), new Date(subYears(utc(TODAY), 5).getTime()));
    await incident(po(renewed.id), new Date(subYears(utc(TODAY), 1).getTime()));
    const emptyOld = await record({ createdAt: kzStartOfDay(new Date(subYears(utc(TODAY), 4).getTime())) });
    // Created at the first instant of the kept boundary day in Kazakhstan: its period runs out today.
    const emptyKept = await record({ createdAt: kzStartOfDay(keptBoundary(3)) });
    // Created a minute before that day began in Kazakhstan (still the day before there): gone.
    const emptyGone = await record({ createdAt: new Date(kzStartOfDay(keptBoundary(3)).getTime() - 60_000) });

    const result = await run();

    expect(await exists(renewed.id)).toBe(true);
    expect(await exists(emptyOld.id)).toBe(false);
    expect(await exists(emptyKept.id)).toBe(true);
    expect(await exists(emptyGone.id)).toBe(false);
    expect(result.records.find((r) => r.id === emptyOld.id)).toMatchObject({ incidents: 0, files: 0, warnings: 0 });
  });

  it('a stale lastIncidentOn never shortens the period: the latest incident counts', async () => {
    const stale = await record();
    await incident(po(stale.id), new Date(subYears(utc(TODAY), 1).getTime()));
    await db.publicOrderPerson.update({ where: { id: stale.id }, data: { lastIncidentOn: new Date(subYears(utc(TODAY), 6).getTime()) } });
    await run();
    expect(await exists(stale.id)).toBe(true);
  });

  it('retentionYears set to 1 removes a record whose last incident was two years ago', async () => {
    const twoYears = await record();
    await incident(po(twoYears.id), new Date(subYears(utc(TODAY), 2).getTime()));
    await run();
    expect(await exists(twoYears.id)).toBe(true);

    const previous = await db.setting.findUnique({ where: { key: 'publicOrder.retentionYears' } });
    await db.setting.upsert({
      where: { key: 'publicOrder.retentionYears' },
      create: { key: 'publicOrder.retentionYears', value: '1' },
      update: { value: '1' },
    });
    try {
      const result = await run();
      expect(await exists(twoYears.id)).toBe(false);
      expect(result.records.find((r) => r.id === twoYears.id)).toMatchObject({ incidents: 1 });
      const [event] = await removalEvents(twoYears.id);
      expect(event.details).toMatchObject({ retentionYears: 1 });
    } finally {
      if (previous) await db.setting.update({ where: { key: previous.key }, data: { value: previous.value } });
      else await db.setting.delete({ where: { key: 'publicOrder.retentionYears' } });
    }
  });

  it("an incident on a supervised person's record goes on its own clock unless a warning refers to it; the person stays", async () => {
    const subject = { kind: 'person' as const, id: world.person.id };
    const oldDate = new Date(subYears(utc(TODAY), 4).getTime());
    const lone = await incident(subject, oldDate, { files: 2, description: 'Драка у магазина' });
    const grounding = await incident(subject, oldDate);
    await createPublicOrderWarning(db, { subject, incidentIds: [grounding.id], issuedById: world.users.police.id, legalBasisId: world.basis.id });
    const recent = await incident(subject, keptBoundary(3));

    const result = await run();

    expect(await db.publicOrderIncident.count({ where: { id: lone.id } })).toBe(0);
    expect(await db.incidentFile.count({ where: { incidentId: lone.id } })).toBe(0);
    expect(await db.publicOrderIncident.count({ where: { id: { in: [grounding.id, recent.id] } } })).toBe(2);
    expect(await db.person.count({ where: { id: world.person.id } })).toBe(1);
    expect(result.incidents.map((i) => i.id)).toContain(lone.id);
    expect(result.incidents.map((i) => i.id)).not.toContain(grounding.id);

    const events = await db.auditEvent.findMany({ where: { action: 'publicOrder.retention.removeIncident', targetId: lone.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, targetType: 'PublicOrderIncident', regionId: world.region.id });
    expect(events[0].details).toEqual({ via: 'job', job: 'public-order:retention', ranOutOn: day(addYears(utc(oldDate), 3)), retentionYears: 3, files: 2 });
    expect(serialise(events[0])).not.toContain('Драка');
  });

  it('works in bounded batches (more records than one batch) and is idempotent; the nightly task runs it', async () => {
    const old = new Date(subYears(utc(TODAY), 4).getTime());
    const ids: string[] = [];
    for (let n = 0; n < 7; n++) {
      const r = await record();
      await incident(po(r.id), old, { files: 1 });
      ids.push(r.id);
    }
    const first = await run({ batchSize: 3 });
    expect(
      first.records
        .filter((r) => ids.includes(r.id))
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
    // At most three records per transaction: seven of ours alone need three.
    expect(first.batches).toBeGreaterThanOrEqual(Math.ceil(first.records.length / 3));
    expect(first.batches).toBeGreaterThanOrEqual(3);
    expect(await db.publicOrderPerson.count({ where: { id: { in: ids } } })).toBe(0);

    const second = await run({ batchSize: 3 });
    expect(second.records.filter((r) => ids.includes(r.id))).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: 'publicOrder.retention.remove', targetId: { in: ids } } })).toBe(7);

    // The registered task (nightly on the crontab) does the same work.
    const viaTask = await record();
    await incident(po(viaTask.id), old);
    const logged: string[] = [];
    const helpers = { logger: { debug: () => {}, info: (m: string) => logged.push(m), warn: () => {}, error: () => {} } } as never;
    await (taskList['public-order:retention'] as (p: unknown, h: never) => Promise<void>)({}, helpers);
    expect(await exists(viaTask.id)).toBe(false);
    expect(logged.join('\n')).toMatch(/^public-order:retention: \d+ records, \d+ incidents removed in \d+ batches$/);
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { createPerson } from '@/prisma/seed/factories';
import { findAuditActorOptions, findAuditEvents, ZAuditFilter } from '@/lib/audit/find-audit-events';
import { resolveAuditLabels } from '@/lib/audit/labels';
import { writeAudit } from '@/lib/audit/write-audit';
import { addCalendarDays, kzTodayString, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';

// Issue 12, the readable audit trail: names instead of ids (batched, within the reader's scope),
// filters by action, user, person and a validated date range, supervisors kept to their region.

let world: TWorld;
let farPerson: { id: string; lastName: string };
let petitionId: string;
const filter = (values: Record<string, string>) => ZAuditFilter.parse(values);
const fullName = (p: { lastName: string; firstName: string; middleName: string | null }) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

beforeAll(async () => {
  world = await buildWorld();
  const officer = world.users.officer;
  const actor = { id: officer.id, email: officer.email, role: officer.role };
  const far = await createPerson(db, {
    districtId: world.farDistrict.id,
    createdById: world.users.police2.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
  });
  farPerson = far.person;
  const petition = await db.extensionPetition.create({
    data: {
      personId: world.person.id,
      orderId: world.order.id,
      courtId: world.court.id,
      drafterId: world.users.police.id,
      grounds: 'g',
      status: 'FILED',
      filingNumber: `EP-LBL-${world.person.id}`,
    },
  });
  petitionId = petition.id;
  await db.$transaction(async (tx) => {
    await writeAudit(tx, { actor, action: 'person.view', targetType: 'Person', targetId: world.person.id, outcome: 'SUCCESS' });
    await writeAudit(tx, { actor, action: 'petition.view', targetType: 'ExtensionPetition', targetId: petition.id, outcome: 'SUCCESS' });
    await writeAudit(tx, { actor, action: 'checkin.record', targetType: 'SupervisionOrder', targetId: world.order.id, outcome: 'SUCCESS' });
    // An attempt on a person of another region: the event is the actor's region's, the name is not.
    await writeAudit(tx, { actor, action: 'person.view', targetType: 'Person', targetId: far.person.id, outcome: 'DENIED' });
  });
});

describe('audit trail labels', () => {
  it('names the person, the petition (filing number and person) and the actor', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const person = await db.person.findUniqueOrThrow({ where: { id: world.person.id } });
    const result = await findAuditEvents({ db, actor: supervisor, filter: filter({ actorId: world.users.officer.id }) });
    expect(result.rows.length).toBe(4);
    expect(result.labels.targets.get(`Person:${person.id}`)).toEqual({ text: fullName(person), href: `/persons/${person.id}`, personId: person.id });
    expect(result.labels.targets.get(`ExtensionPetition:${petitionId}`)).toMatchObject({
      text: `EP-LBL-${person.id} · ${fullName(person)}`,
      href: `/petitions/${petitionId}`,
    });
    expect(result.labels.targets.get(`SupervisionOrder:${world.order.id}`)).toMatchObject({ text: fullName(person), personId: person.id });
    expect(result.labels.actors.get(world.users.officer.id)).toBe(world.users.officer.fullName);
  });

  it('reads every record type it names without a query error (an announcement task has no person relation)', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const types = ['Person', 'ExtensionPetition', 'Evidence', 'Violation', 'Warning', 'CheckIn', 'SupervisionOrder', 'AnnouncementTask', 'User'];
    const labels = await resolveAuditLabels({
      db,
      reader: supervisor,
      events: types.map((targetType) => ({ actorId: null, targetType, targetId: 'no-such-id' })),
    });
    expect(labels.targets.size).toBe(0);
  });

  it('does not name a record outside the supervisor’s region, though the event is theirs', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const result = await findAuditEvents({ db, actor: supervisor, filter: filter({ actorId: world.users.officer.id, outcome: 'DENIED' }) });
    expect(result.rows.map((r) => r.targetId)).toEqual([farPerson.id]);
    expect(result.labels.targets.has(`Person:${farPerson.id}`)).toBe(false);
  });

  it('resolves a page of labels with one query per record type (no N+1)', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const events = Array.from({ length: 30 }, (_, i) => ({
      actorId: world.users.officer.id,
      targetType: i % 2 ? 'Person' : 'User',
      targetId: i % 2 ? world.person.id : world.users.police.id,
    }));
    const persons = vi.spyOn(db.person, 'findMany');
    const users = vi.spyOn(db.user, 'findMany');
    try {
      const labels = await resolveAuditLabels({ db, reader: supervisor, events });
      expect(persons).toHaveBeenCalledTimes(1);
      expect(users).toHaveBeenCalledTimes(1);
      expect(labels.targets.get(`User:${world.users.police.id}`)?.text).toBe(world.users.police.fullName);
    } finally {
      persons.mockRestore();
      users.mockRestore();
    }
  });
});

describe('audit trail filters', () => {
  it('filters by person (id or name) across the person’s records', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const person = await db.person.findUniqueOrThrow({ where: { id: world.person.id } });
    const byId = await findAuditEvents({ db, actor: supervisor, filter: filter({ personId: person.id }) });
    expect(new Set(byId.rows.map((r) => r.targetId))).toEqual(new Set([person.id, petitionId, world.order.id]));
    expect(byId.persons).toEqual([{ id: person.id, name: fullName(person) }]);
    const byName = await findAuditEvents({
      db,
      actor: supervisor,
      filter: filter({ person: `${person.lastName} ${person.firstName}`, actorId: world.users.officer.id }),
    });
    expect(byName.rows.map((r) => r.id)).toEqual(byId.rows.filter((r) => r.actorId === world.users.officer.id).map((r) => r.id));
  });

  it('keeps a supervisor of another region out: the person is not found and no event shows', async () => {
    const other = await actorOf(world.users.supervisor2);
    const result = await findAuditEvents({ db, actor: other, filter: filter({ personId: world.person.id }) });
    expect(result.persons).toEqual([]);
    expect(result.rows).toEqual([]);
    const actors = await findAuditActorOptions({ db, reader: other });
    expect(actors.map((a) => a.id)).not.toContain(world.users.officer.id);
    const own = await findAuditActorOptions({ db, reader: await actorOf(world.users.supervisor) });
    expect(own.map((a) => a.id)).toEqual(expect.arrayContaining([world.users.officer.id, world.users.clerk.id, world.users.supervisor.id]));
    expect(own.map((a) => a.id)).not.toContain(world.users.police2.id);
  });

  it('matches a known action exactly and other text as a prefix', async () => {
    const admin = await actorOf(world.users.admin);
    const exact = await findAuditEvents({ db, actor: admin, filter: filter({ action: 'person.view', actorId: world.users.officer.id }) });
    expect(new Set(exact.rows.map((r) => r.action))).toEqual(new Set(['person.view']));
    const prefix = await findAuditEvents({ db, actor: admin, filter: filter({ action: 'pe', actorId: world.users.officer.id }) });
    expect(new Set(prefix.rows.map((r) => r.action))).toEqual(new Set(['person.view', 'petition.view']));
    // An administrator reads every name (the far person's too).
    expect(exact.labels.targets.get(`Person:${farPerson.id}`)?.text).toContain(farPerson.lastName);
  });

  it('applies a date range and refuses a reversed one', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const today = kzTodayString();
    const tomorrow = toDateInput(addCalendarDays(kzToday(), 1));
    const inRange = await findAuditEvents({ db, actor: supervisor, filter: filter({ actorId: world.users.officer.id, from: today, to: today }) });
    expect(inRange.rows.length).toBe(4);
    expect(inRange.rangeInvalid).toBe(false);
    const future = await findAuditEvents({ db, actor: supervisor, filter: filter({ actorId: world.users.officer.id, from: tomorrow }) });
    expect(future.rows).toEqual([]);
    const reversed = await findAuditEvents({ db, actor: supervisor, filter: filter({ actorId: world.users.officer.id, from: tomorrow, to: today }) });
    expect(reversed.rangeInvalid).toBe(true);
    expect(reversed.rows.length).toBe(4);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { reassignPersonsAction } from '@/lib/caseload/actions';
import { rollSchedules } from '@/lib/checkins/schedule';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { createPerson, createUser } from '@/prisma/seed/factories';

let world: TWorld;
let officerB: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  world = await buildWorld();
  officerB = await createUser(db, { role: 'OFFICER', districtId: world.district2.id, fullName: 'Officer B' });
});

async function personWithSchedule() {
  const { person } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    restrictions: [{ type: 'REPORTING', timesPerMonth: 2 }],
  });
  await db.$transaction((tx) => rollSchedules({ tx, personIds: [person.id] }));
  return db.person.findUniqueOrThrow({ where: { id: person.id } });
}

const reason = 'Officer on long leave from December';

describe('reassigning persons between officers', () => {
  it('moves the persons and their scheduled check-ins, audited per person, and the caseloads follow', async () => {
    const a = await personWithSchedule();
    const b = await personWithSchedule();
    const scheduled = await db.checkIn.count({ where: { personId: { in: [a.id, b.id] }, outcome: 'SCHEDULED' } });
    expect(scheduled).toBeGreaterThan(0);
    await actAs(world.users.supervisor);
    const result = await reassignPersonsAction({
      persons: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
      ],
      toOfficerId: officerB.id,
      reason,
    });
    expect(result).toMatchObject({ ok: true, data: { moved: 2, checkInsMoved: scheduled } });
    expect(await db.person.count({ where: { id: { in: [a.id, b.id] }, officerId: officerB.id } })).toBe(2);
    expect(await db.checkIn.count({ where: { personId: { in: [a.id, b.id] }, outcome: 'SCHEDULED', officerId: { not: officerB.id } } })).toBe(0);
    const events = await db.auditEvent.findMany({ where: { action: 'person.reassign', targetId: { in: [a.id, b.id] } } });
    expect(events).toHaveLength(2);
    expect(events[0].details).toMatchObject({ fromOfficerId: world.users.officer.id, toOfficerId: officerB.id, reason });
    const newCaseload = await findCaseload({ db, actor: await actorOf(officerB), query: ZCaseloadQuery.parse({}) });
    expect(newCaseload.rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    const oldCaseload = await findCaseload({ db, actor: await actorOf(world.users.officer), query: ZCaseloadQuery.parse({}) });
    expect(oldCaseload.rows.some((r) => r.id === a.id || r.id === b.id)).toBe(false);
  });

  it('moves nobody when one person changed meanwhile', async () => {
    const a = await personWithSchedule();
    const b = await personWithSchedule();
    await db.person.update({ where: { id: b.id }, data: { version: { increment: 1 } } });
    await actAs(world.users.supervisor);
    const result = await reassignPersonsAction({
      persons: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
      ],
      toOfficerId: officerB.id,
      reason,
    });
    expect(result).toMatchObject({ ok: false, code: 'conflict', message: { key: 'reassign.errors.changed' } });
    expect((await db.person.findUniqueOrThrow({ where: { id: a.id } })).officerId).toBe(world.users.officer.id);
  });

  it('refuses other roles, officers outside the region, persons outside the region, and a missing reason', async () => {
    const a = await personWithSchedule();
    const input = { persons: [{ id: a.id, version: a.version }], toOfficerId: officerB.id, reason };
    for (const user of [world.users.officer, world.users.police, world.users.clerk, world.users.admin]) {
      await actAs(user);
      expect(await reassignPersonsAction(input)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    const farOfficer = await createUser(db, { role: 'OFFICER', districtId: world.farDistrict.id });
    await actAs(world.users.supervisor);
    expect(await reassignPersonsAction({ ...input, toOfficerId: farOfficer.id })).toMatchObject({
      ok: false,
      fieldErrors: { toOfficerId: { key: 'reassign.validation.officer' } },
    });
    expect(await reassignPersonsAction({ ...input, toOfficerId: world.users.police.id })).toMatchObject({
      ok: false,
      fieldErrors: { toOfficerId: { key: 'reassign.validation.officer' } },
    });
    expect(await reassignPersonsAction({ ...input, reason: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: { key: 'reassign.validation.reason' } },
    });
    expect(await reassignPersonsAction({ ...input, persons: [] })).toMatchObject({
      ok: false,
      fieldErrors: { persons: { key: 'reassign.validation.nobody' } },
    });
    await actAs(world.users.supervisor2);
    const otherOfficer = await createUser(db, { role: 'OFFICER', districtId: world.farDistrict.id });
    expect(await reassignPersonsAction({ ...input, toOfficerId: otherOfficer.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect((await db.person.findUniqueOrThrow({ where: { id: a.id } })).officerId).toBe(world.users.officer.id);
  });
});

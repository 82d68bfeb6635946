import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actAsOnce, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { registerPublicOrderPersonAction, updatePublicOrderPersonAction } from '@/lib/public-order/actions';
import { findIinOwner } from '@/lib/public-order/register';
import { findPublicOrderPersons } from '@/lib/public-order/records';
import { viewPublicOrderPerson } from '@/lib/public-order/read';
import { resolveAuditLabels } from '@/lib/audit/labels';
import { buildIin, type TSex } from '@/lib/iin/iin';
import { createUser } from '@/prisma/seed/factories';
import { createPublicOrderPerson } from '@/prisma/seed/public-order';

// Issue 14, RECORD part (docs/decisions/031-public-order-records.md): registering a person outside
// supervision, the IIN routing (a supervised person's record, an existing record, neutral outside
// scope), the list and the page in scope only, every view and change audited, the versioned edit.

const SEED = process.env.PUBLIC_ORDER_SEED ? Number(process.env.PUBLIC_ORDER_SEED) : Math.floor(Math.random() * 1e6);
console.info(`public-order-records IIN seed: ${SEED} (replay with PUBLIC_ORDER_SEED=${SEED})`);
let serial = SEED % 9000;

/** A valid IIN (born in 1971, this file's own year) that no person and no record holds yet. */
async function newIin(birth = '1971-04-12', sex: TSex = 'MALE') {
  for (;;) {
    const value = buildIin(new Date(`${birth}T00:00:00Z`), sex, serial++ % 10_000);
    if (!value) continue;
    const [p, r] = await Promise.all([db.person.findUnique({ where: { iin: value } }), db.publicOrderPerson.findUnique({ where: { iin: value } })]);
    if (!p && !r) return value;
  }
}

function registration(iin: string, districtId: string, over: Partial<Record<string, string>> = {}) {
  return {
    iin,
    lastName: 'Tokhtarov',
    firstName: 'Nurlan',
    middleName: '',
    birthDate: '1971-04-12',
    sex: 'MALE',
    districtId,
    locality: 'Astana',
    street: 'Abylai Khan',
    building: '7',
    apartment: '',
    ...over,
  };
}

const meta = { ip: '10.0.0.9', requestId: 'req-public-order' };
let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

describe('registration: field rules (nothing created on bad input)', () => {
  it('refuses a bad checksum, a birth date or sex the IIN does not encode, and a future birth date, next to the field', async () => {
    await actAs(world.users.police);
    const good = await newIin();
    const badChecksum = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
    const before = await db.publicOrderPerson.count();
    const cases: [Record<string, string>, string, string][] = [
      [registration(badChecksum, world.district.id), 'iin', 'validation.iin.checksum'],
      [registration(good, world.district.id, { birthDate: '1971-04-13' }), 'iin', 'validation.iin.birthDateMismatch'],
      [registration(good, world.district.id, { sex: 'FEMALE' }), 'iin', 'validation.iin.sexMismatch'],
      [registration(good, world.district.id, { birthDate: '2999-01-01' }), 'birthDate', 'validation.dateInFuture'],
      [registration(good, world.district.id, { lastName: '  ' }), 'lastName', 'validation.required'],
      [registration(good, world.district.id, { street: '' }), 'street', 'validation.required'],
    ];
    for (const [input, field, key] of cases) {
      const result = await registerPublicOrderPersonAction(input);
      expect(result, `${field} ${key}`).toMatchObject({ ok: false, code: 'validation', fieldErrors: { [field]: { key } } });
    }
    expect(await db.publicOrderPerson.count()).toBe(before);
  });

  it('registers police only into their own district', async () => {
    await actAs(world.users.police);
    const result = await registerPublicOrderPersonAction(registration(await newIin(), world.district2.id));
    expect(result).toMatchObject({ ok: false, fieldErrors: { districtId: { key: 'validation.districtOutOfScope' } } });
  });
});

describe('registration: a new record', () => {
  it('creates the record in the police district and region, audited with ids only', async () => {
    await actAs(world.users.police);
    const iin = await newIin();
    const result = await registerPublicOrderPersonAction(registration(iin, world.district.id, { middleName: 'Serikovich', apartment: '14' }));
    expect(result.ok).toBe(true);
    const id = (result as { data: { publicOrderPersonId: string } }).data.publicOrderPersonId;
    const record = await db.publicOrderPerson.findUniqueOrThrow({ where: { id } });
    expect(record).toMatchObject({
      iin,
      lastName: 'Tokhtarov',
      middleName: 'Serikovich',
      apartment: '14',
      districtId: world.district.id,
      regionId: world.region.id,
      createdById: world.users.police.id,
      version: 1,
    });
    // Never in the supervision register.
    expect(await db.person.findUnique({ where: { iin } })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.register', targetId: id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', targetType: 'PublicOrderPerson', actorId: world.users.police.id, regionId: world.region.id });
    const trail = JSON.stringify(audit.details);
    for (const secret of [iin, 'Tokhtarov', 'Abylai']) expect(trail).not.toContain(secret);
  });

  it('a second submission of the same IIN creates nothing and links the record', async () => {
    await actAs(world.users.police);
    const iin = await newIin();
    const first = await registerPublicOrderPersonAction(registration(iin, world.district.id));
    expect(first.ok).toBe(true);
    const second = await registerPublicOrderPersonAction(registration(iin, world.district.id));
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: { iin: { key: 'publicOrderRecord.validation.iinTaken' } },
      extra: { publicOrderPersonId: (first as { data: { publicOrderPersonId: string } }).data.publicOrderPersonId },
    });
    expect(await db.publicOrderPerson.count({ where: { iin } })).toBe(1);
  });

  it('two submissions at once create one record; the other is told about it', async () => {
    const iin = await newIin();
    await actAsOnce(world.users.police);
    await actAsOnce(world.users.police);
    const results = await Promise.all([
      registerPublicOrderPersonAction(registration(iin, world.district.id)),
      registerPublicOrderPersonAction(registration(iin, world.district.id)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, fieldErrors: { iin: { key: 'publicOrderRecord.validation.iinTaken' } } });
    expect(await db.publicOrderPerson.count({ where: { iin } })).toBe(1);
  });
});

describe('registration: IIN routing', () => {
  it('a supervised person in scope: nothing created, told next to the IIN, with their record', async () => {
    await actAs(world.users.police);
    const p = world.person;
    const before = await db.publicOrderPerson.count();
    const result = await registerPublicOrderPersonAction(
      registration(p.iin, world.district.id, { birthDate: p.birthDate.toISOString().slice(0, 10), sex: p.sex }),
    );
    expect(result).toEqual({
      ok: false,
      code: 'validation',
      message: { key: 'errors.validation' },
      fieldErrors: { iin: { key: 'publicOrderRecord.validation.iinSupervised' } },
      extra: { supervisedPersonId: p.id },
    });
    expect(await db.publicOrderPerson.count()).toBe(before);
    expect(await findIinOwner(db as never, await actorOf(world.users.police), p.iin)).toEqual({ kind: 'person', id: p.id, visible: true });
  });

  it('a supervised person outside scope: the neutral answer, a case for the supervisor, a DENIED event without the IIN', async () => {
    await actAs(world.users.police2);
    const p = world.person;
    const before = await db.publicOrderPerson.count();
    const result = await registerPublicOrderPersonAction(
      registration(p.iin, world.farDistrict.id, { birthDate: p.birthDate.toISOString().slice(0, 10), sex: p.sex }),
    );
    expect(result).toEqual({
      ok: false,
      code: 'validation',
      message: { key: 'errors.validation' },
      fieldErrors: { iin: { key: 'registrationConflict.message.form' } },
      extra: undefined,
    });
    expect(await db.publicOrderPerson.count()).toBe(before);
    const conflict = await db.registrationConflict.findFirstOrThrow({ where: { submittedById: world.users.police2.id, existingPersonId: p.id } });
    expect(conflict).toMatchObject({ source: 'FORM', targetDistrictId: world.farDistrict.id, targetRegionId: world.otherRegion.id });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: 'publicOrder.register', actorId: world.users.police2.id, outcome: 'DENIED' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ targetType: 'RegistrationConflict', targetId: conflict.id, details: { reason: 'iinOutsideScope', existingPersonId: p.id } });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(p.iin);
    expect(await findIinOwner(db as never, await actorOf(world.users.police2), p.iin)).toEqual({ kind: 'person', id: p.id, visible: false });
  });

  it('a public-order record outside scope: the same neutral answer, a DENIED event naming the record, not the IIN', async () => {
    const record = await createPublicOrderPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      birthDate: new Date(Date.UTC(1971, 5, 3)),
    });
    await actAs(world.users.police2);
    const conflictsBefore = await db.registrationConflict.count();
    const result = await registerPublicOrderPersonAction(registration(record.iin, world.farDistrict.id, { birthDate: '1971-06-03' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { iin: { key: 'registrationConflict.message.form' } }, extra: undefined });
    expect(await db.publicOrderPerson.count({ where: { iin: record.iin } })).toBe(1);
    expect(await db.registrationConflict.count()).toBe(conflictsBefore);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: 'publicOrder.register', actorId: world.users.police2.id, outcome: 'DENIED', targetType: 'PublicOrderPerson' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ targetId: record.id, details: { reason: 'iinOutsideScope', existingPublicOrderPersonId: record.id } });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(record.iin);
  });

  it('a public-order record in scope: a field message and its link', async () => {
    const record = await createPublicOrderPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      birthDate: new Date(Date.UTC(1971, 6, 9)),
    });
    await actAs(world.users.police);
    const result = await registerPublicOrderPersonAction(registration(record.iin, world.district.id, { birthDate: '1971-07-09' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { iin: { key: 'publicOrderRecord.validation.iinTaken' } },
      extra: { publicOrderPersonId: record.id },
    });
  });
});

describe('list and page: in scope only', () => {
  let record: { id: string; iin: string; lastName: string };
  beforeAll(async () => {
    record = await createPublicOrderPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      birthDate: new Date(Date.UTC(1971, 8, 21)),
      lastName: `Scope${SEED}`,
    });
  });

  it('lists the record for police of its district and supervisors of its region, by name or IIN prefix', async () => {
    for (const who of ['police', 'supervisor'] as const) {
      const actor = await actorOf(world.users[who]);
      const byName = await findPublicOrderPersons({ actor, q: `scope${SEED}`, page: 1 });
      expect(
        byName.rows.map((r) => r.id),
        who,
      ).toEqual([record.id]);
      expect(byName.rows[0]).toMatchObject({ _count: { incidents: 0 }, lastIncidentOn: null });
      const byIin = await findPublicOrderPersons({ actor, q: record.iin.slice(0, 9), page: 1 });
      expect(
        byIin.rows.map((r) => r.id),
        who,
      ).toContain(record.id);
    }
  });

  it('lists nothing of it to police of another district, another region’s supervisor, officers, clerks and administrators', async () => {
    const police3 = await createUser(db, { role: 'POLICE', districtId: world.district2.id });
    for (const user of [police3, world.users.police2, world.users.supervisor2, world.users.officer, world.users.clerk, world.users.admin]) {
      const actor = await actorOf(user);
      expect((await findPublicOrderPersons({ actor, q: `scope${SEED}`, page: 1 })).rows, user.role).toEqual([]);
    }
  });

  it('shows the page to police and the supervisor (view audited); to anyone else it is not found, audited as denied', async () => {
    for (const who of ['police', 'supervisor'] as const) {
      const actor = await actorOf(world.users[who]);
      const view = await viewPublicOrderPerson({ db, actor, meta, id: record.id });
      expect(view, who).toMatchObject({ id: record.id, iin: record.iin, district: { nameEn: 'd1' }, createdBy: { fullName: expect.any(String) } });
      expect(
        await db.auditEvent.findFirst({ where: { action: 'publicOrder.view', actorId: actor.id, targetId: record.id }, orderBy: { id: 'desc' } }),
      ).toMatchObject({
        outcome: 'SUCCESS',
        targetType: 'PublicOrderPerson',
      });
    }
    for (const who of ['police2', 'supervisor2', 'officer', 'clerk', 'admin'] as const) {
      const actor = await actorOf(world.users[who]);
      expect(await viewPublicOrderPerson({ db, actor, meta, id: record.id }), who).toBeNull();
      expect(
        await db.auditEvent.findFirst({ where: { action: 'publicOrder.view', actorId: actor.id, targetId: record.id }, orderBy: { id: 'desc' } }),
      ).toMatchObject({
        outcome: 'DENIED',
      });
    }
  });
});

describe('correcting names and address', () => {
  const edit = (id: string, version: number, over: Record<string, string> = {}) => ({
    id,
    version,
    lastName: 'Corrected',
    firstName: 'Nurlan',
    middleName: '',
    locality: 'Astana',
    street: 'Turan',
    building: '3',
    apartment: '',
    ...over,
  });

  it('police save with the version they read; a second editor on the old version gets a conflict and changes nothing', async () => {
    const record = await createPublicOrderPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      birthDate: new Date(Date.UTC(1971, 10, 2)),
    });
    await actAs(world.users.police);
    const first = await updatePublicOrderPersonAction(edit(record.id, record.version));
    expect(first).toEqual({ ok: true, data: { id: record.id, version: record.version + 1 } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.update', targetId: record.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', targetType: 'PublicOrderPerson' });
    expect(JSON.stringify(audit.details)).not.toMatch(/Corrected|Turan/);

    const second = await updatePublicOrderPersonAction(edit(record.id, record.version, { lastName: 'Later', street: 'Other' }));
    expect(second).toMatchObject({ ok: false, code: 'conflict', message: { key: 'publicOrderRecord.validation.editConflict' } });
    expect(await db.publicOrderPerson.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ lastName: 'Corrected', street: 'Turan', version: 2 });
  });

  it('is not found for police of another district and refused to supervisors', async () => {
    const record = await createPublicOrderPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      birthDate: new Date(Date.UTC(1971, 11, 30)),
    });
    await actAs(world.users.police2);
    expect(await updatePublicOrderPersonAction(edit(record.id, record.version))).toMatchObject({ ok: false, code: 'not_found' });
    await actAs(world.users.supervisor);
    expect(await updatePublicOrderPersonAction(edit(record.id, record.version))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.publicOrderPerson.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ lastName: record.lastName, version: 1 });
  });
});

describe('audit trail labels', () => {
  it('names a record and its warnings for the supervisor of its region only, linked to the record', async () => {
    const record = await createPublicOrderPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      birthDate: new Date(Date.UTC(1971, 2, 14)),
      lastName: 'Labelled',
      firstName: 'Aidos',
    });
    const warning = await db.warning.create({
      data: { publicOrderPersonId: record.id, type: 'PUBLIC_ORDER_WARNING', legalBasisId: world.basis.id, issuedById: world.users.police.id },
    });
    const events = [
      { actorId: null, targetType: 'PublicOrderPerson', targetId: record.id },
      { actorId: null, targetType: 'Warning', targetId: warning.id },
    ];
    const mine = await resolveAuditLabels({ db, reader: await actorOf(world.users.supervisor), events });
    const label = { text: 'Labelled Aidos', href: `/public-order/${record.id}`, personId: null };
    expect(mine.targets.get(`PublicOrderPerson:${record.id}`)).toEqual(label);
    expect(mine.targets.get(`Warning:${warning.id}`)).toEqual(label);
    for (const reader of [world.users.supervisor2, world.users.admin]) {
      const other = await resolveAuditLabels({ db, reader: await actorOf(reader), events });
      expect(other.targets.size, reader.role).toBe(0);
    }
  });
});

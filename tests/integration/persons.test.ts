import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { registerPersonAction, addAddressAction, createOrderAction } from '@/lib/persons/actions';
import { findPersons } from '@/lib/persons/find-persons';
import { viewPerson } from '@/lib/persons/view-person';
import { resolveSession } from '@/lib/auth/resolve-session';
import { createSession } from '@/prisma/seed/factories';
import { buildIin } from '@/lib/iin/iin';

let world: TWorld;
let serial = 3000 + Math.floor(Math.random() * 3000);

function newIin(birth = '1982-03-04', sex: 'MALE' | 'FEMALE' = 'MALE') {
  let iin: string | null = null;
  while (!iin) iin = buildIin(new Date(`${birth}T00:00:00Z`), sex, serial++);
  return iin;
}

function registration(overrides: { iin?: string; latitude?: string; longitude?: string; districtId?: string; birthDate?: string; sex?: string } = {}) {
  return {
    identity: {
      iin: overrides.iin ?? newIin(),
      lastName: 'Seitkali',
      firstName: 'Arman',
      middleName: '',
      birthDate: overrides.birthDate ?? '1982-03-04',
      sex: overrides.sex ?? 'MALE',
      districtId: overrides.districtId ?? world.district.id,
    },
    aliases: [{ lastName: 'Seitkaliev', firstName: 'Arman', middleName: '' }],
    address: {
      kind: 'REGISTERED',
      districtId: world.district.id,
      locality: 'Astana',
      street: 'Kenesary',
      building: '5',
      apartment: '12',
      latitude: overrides.latitude ?? '',
      longitude: overrides.longitude ?? '',
      validFrom: '2021-05-01',
    },
    conviction: {
      articleId: world.article.id,
      courtId: world.court.id,
      caseNumber: '1-55/2012',
      verdictDate: '2012-02-01',
      sentenceEnd: '2021-04-30',
      minorVictim: true,
    },
  };
}

async function actorFor(user: { id: string; sessionVersion: number }) {
  const session = await createSession(db, user);
  return (await resolveSession({ db, sessionId: session.id }))!;
}

beforeAll(async () => {
  world = await buildWorld();
});

describe('registering a person', () => {
  it('creates the person, alias, address and conviction in one step', async () => {
    await actAs(world.users.police);
    const input = registration();
    const result = await registerPersonAction(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const person = await db.person.findUniqueOrThrow({ where: { id: result.data.personId }, include: { aliases: true, addresses: true, convictions: true } });
    expect(person.iin).toBe(input.identity.iin);
    expect(person.aliases).toHaveLength(1);
    expect(person.addresses).toHaveLength(1);
    expect(person.convictions).toHaveLength(1);
    const audit = await db.auditEvent.findFirst({ where: { action: 'person.register', targetId: person.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', actorId: world.users.police.id, ip: '10.0.0.7' });
  });

  it('refuses a bad IIN with a message on the field and writes nothing', async () => {
    await actAs(world.users.police);
    const before = await db.person.count();
    const iin = newIin();
    const bad = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
    const result = await registerPersonAction(registration({ iin: bad }));
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { 'identity.iin': { key: 'validation.iin.checksum' } } });
    const mismatch = await registerPersonAction(registration({ iin: newIin('1982-03-04'), birthDate: '1982-03-05' }));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { 'identity.iin': { key: 'validation.iin.birthDateMismatch' } } });
    expect(await db.person.count()).toBe(before);
  });

  it('names the existing record for a taken IIN when the user may see it, and only then', async () => {
    const existing = await db.person.findUniqueOrThrow({ where: { id: world.person.id } });
    await actAs(world.users.police);
    const visible = await registerPersonAction(
      registration({ iin: existing.iin, birthDate: existing.birthDate.toISOString().slice(0, 10), sex: existing.sex }),
    );
    {
      expect(visible).toMatchObject({
        ok: false,
        fieldErrors: { 'identity.iin': { key: 'validation.iin.takenVisible' } },
        extra: { existingPerson: { id: existing.id } },
      });
    }
    await actAs(world.users.police2);
    const farDistrictInput = registration({
      iin: existing.iin,
      birthDate: existing.birthDate.toISOString().slice(0, 10),
      sex: existing.sex,
      districtId: world.farDistrict.id,
    });
    farDistrictInput.address.districtId = world.farDistrict.id;
    const hidden = await registerPersonAction(farDistrictInput);
    {
      // Outside the user's scope: a neutral message that confirms nothing (tests/integration/registration-conflicts.test.ts).
      expect(hidden).toMatchObject({ ok: false, fieldErrors: { 'identity.iin': { key: 'registrationConflict.message.form' } } });
      expect((hidden as { extra?: unknown }).extra).toBeUndefined();
    }
  });

  it('stores an uploaded photo by its real type and refuses a disguised or oversized file', async () => {
    await actAs(world.users.police);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const good = await registerPersonAction({ ...registration(), photo: new File([png], 'p.png', { type: 'image/png' }) });
    expect(good.ok).toBe(true);
    if (good.ok)
      expect(await db.personPhoto.findFirst({ where: { personId: good.data.personId }, select: { mimeType: true } })).toEqual({ mimeType: 'image/png' });
    const before = await db.person.count();
    const disguised = await registerPersonAction({ ...registration(), photo: new File(['<svg onload=alert(1)>'], 'x.png', { type: 'image/png' }) });
    expect(disguised).toMatchObject({ ok: false, fieldErrors: { photo: { key: 'validation.photoType' } } });
    const huge = await registerPersonAction({ ...registration(), photo: new File([new Uint8Array(3 * 1024 * 1024)], 'x.jpg', { type: 'image/jpeg' }) });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { photo: { key: 'validation.photoTooLarge' } } });
    expect(await db.person.count()).toBe(before);
  });

  it("refuses registration into a district outside the user's unit", async () => {
    await actAs(world.users.police);
    const result = await registerPersonAction(registration({ districtId: world.farDistrict.id }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { 'identity.districtId': { key: 'validation.districtOutOfScope' } } });
  });

  it('flags a residence inside the banned radius of a child facility when the address is entered', async () => {
    const school = await db.facility.create({
      data: { type: 'SCHOOL', name: 'Test school', address: 'x', districtId: world.district.id, latitude: 48.5, longitude: 68.5 },
    });
    await actAs(world.users.police);
    // ~110 m north of the school: inside the default 300 m.
    const near = await registerPersonAction(registration({ latitude: '48.501', longitude: '68.5' }));
    expect(near.ok && near.data.flags.map((f) => f.facilityId)).toEqual([school.id]);
    // ~1.1 km away: no flag.
    const far = await registerPersonAction(registration({ latitude: '48.51', longitude: '68.5' }));
    expect(far.ok && far.data.flags).toEqual([]);
    // A later move next to the school is flagged too, and the old address is kept as history.
    if (!far.ok) return;
    const moved = await addAddressAction({
      personId: far.data.personId,
      address: {
        kind: 'REGISTERED',
        districtId: world.district.id,
        locality: 'A',
        street: 'B',
        building: '1',
        apartment: '',
        latitude: '48.5005',
        longitude: '68.5005',
        validFrom: '2024-01-01',
      },
    });
    expect(moved.ok && moved.data.flags[0]).toMatchObject({ facilityId: school.id });
    const addresses = await db.address.findMany({ where: { personId: far.data.personId }, orderBy: { validFrom: 'asc' } });
    expect(addresses.map((a) => a.validTo?.toISOString().slice(0, 10) ?? null)).toEqual(['2023-12-31', null]);
  });
});

describe('supervision orders', () => {
  it('default the end to start + the legal term, or lifelong, and store typed restrictions', async () => {
    await actAs(world.users.police);
    const reg = await registerPersonAction(registration());
    if (!reg.ok) throw new Error('registration failed');
    const bad = await createOrderAction({
      personId: reg.data.personId,
      legalBasisId: world.basis.id,
      courtId: world.court.id,
      rulingNumber: 'R',
      rulingDate: '2021-04-01',
      startDate: '2021-04-30',
      endDate: '',
      lifelong: false,
      restrictions: [{ type: 'REPORTING', timesPerMonth: 9 }],
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'restrictions.0.timesPerMonth': { key: 'validation.reportingRange' } } });
    const ok = await createOrderAction({
      personId: reg.data.personId,
      legalBasisId: world.basis.id,
      courtId: world.court.id,
      rulingNumber: 'R',
      rulingDate: '2021-04-01',
      startDate: '2021-04-30',
      endDate: '',
      lifelong: false,
      restrictions: [
        { type: 'REPORTING', timesPerMonth: 2 },
        { type: 'CURFEW', from: '22:00', to: '06:00' },
      ],
    });
    expect(ok.ok).toBe(true);
    const order = await db.supervisionOrder.findFirstOrThrow({ where: { personId: reg.data.personId }, include: { restrictions: true } });
    expect(order.endDate?.toISOString().slice(0, 10)).toBe('2029-04-30');
    expect(order.restrictions.map((r) => [r.type, r.params]).sort()).toEqual([
      ['CURFEW', { from: '22:00', to: '06:00' }],
      ['REPORTING', { timesPerMonth: 2 }],
    ]);
    const second = await createOrderAction({
      personId: reg.data.personId,
      legalBasisId: world.basis.id,
      courtId: world.court.id,
      rulingNumber: 'R2',
      rulingDate: '2021-04-01',
      startDate: '2021-04-30',
      endDate: '',
      lifelong: true,
      restrictions: [],
    });
    expect(second).toMatchObject({ ok: false, fieldErrors: { _form: { key: 'validation.activeOrderExists' } } });
  });
});

describe('scope', () => {
  it('lets each role see exactly its own persons; outside scope is not found and audited', async () => {
    const meta = { ip: '10.0.0.9', requestId: 'scope' };
    const seen = async (user: { id: string; sessionVersion: number }) =>
      !!(await viewPerson({ db, actor: await actorFor(user), meta, personId: world.person.id }));
    expect(await seen(world.users.officer)).toBe(true);
    expect(await seen(world.users.police)).toBe(true);
    expect(await seen(world.users.supervisor)).toBe(true);
    expect(await seen(world.users.officer2)).toBe(false);
    expect(await seen(world.users.police2)).toBe(false);
    expect(await seen(world.users.supervisor2)).toBe(false);
    expect(await seen(world.users.clerk)).toBe(false);
    expect(await seen(world.users.admin)).toBe(false);
    const views = await db.auditEvent.findMany({ where: { action: 'person.view', targetId: world.person.id, requestId: 'scope' } });
    expect(views.filter((v) => v.outcome === 'SUCCESS')).toHaveLength(3);
    expect(views.filter((v) => v.outcome === 'DENIED')).toHaveLength(5);
  });

  it('searches by name and IIN prefix with pagination, within scope only', async () => {
    const person = await db.person.findUniqueOrThrow({ where: { id: world.person.id } });
    const officer = await actorFor(world.users.officer);
    const byIin = await findPersons({ db, actor: officer, q: person.iin.slice(0, 8), page: 1 });
    expect(byIin.rows.map((r) => r.id)).toContain(person.id);
    const byName = await findPersons({ db, actor: officer, q: person.lastName.toLowerCase(), page: 1 });
    expect(byName.rows.map((r) => r.id)).toContain(person.id);
    const other = await findPersons({ db, actor: await actorFor(world.users.officer2), q: person.iin, page: 1 });
    expect(other.total).toBe(0);
    const police = await actorFor(world.users.police);
    const all = await findPersons({ db, actor: police, page: 1 });
    expect(all.total).toBeGreaterThan(1);
    expect(all.rows.every((r) => r.id)).toBe(true);
  });
});

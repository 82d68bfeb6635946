import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { endorsePetitionAction, filePetitionAction, saveDraftAction, startPetitionAction } from '@/lib/petitions/actions';
import { createPerson, uniqueSuffix } from '@/prisma/seed/factories';

// Issue 9: a petition goes to the competent court, the district court of the person's registered
// address (lib/petitions/competent-court.ts); another active court only with a stated reason.

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

/**
 * A person supervised in the world's first district (so its police may draft) whose current
 * registered address is in `addressDistrictId` (none when null), with an order ending soon.
 */
async function personRegisteredIn(addressDistrictId: string | null) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2018, 11, 20)),
    order: { endDate: new Date(Date.UTC(2026, 11, 20)) },
  });
  if (addressDistrictId) {
    // An older registered address elsewhere, closed by a move: only the current one counts.
    await db.address.create({
      data: {
        personId: person.id,
        kind: 'REGISTERED',
        districtId: world.district.id,
        locality: 'A',
        street: 'Old',
        building: '1',
        validFrom: new Date('2015-01-01'),
        validTo: new Date('2019-12-31'),
      },
    });
    await db.address.create({
      data: {
        personId: person.id,
        kind: 'RESIDENCE',
        districtId: world.district.id,
        locality: 'A',
        street: 'Lives',
        building: '2',
        validFrom: new Date('2020-01-01'),
      },
    });
    await db.address.create({
      data: {
        personId: person.id,
        kind: 'REGISTERED',
        districtId: addressDistrictId,
        locality: 'A',
        street: 'Now',
        building: '3',
        validFrom: new Date('2020-01-01'),
      },
    });
  }
  return { person, order: order! };
}

async function start(addressDistrictId: string | null) {
  const { person, order } = await personRegisteredIn(addressDistrictId);
  await actAs(world.users.police);
  const started = await startPetitionAction({ personId: person.id, orderId: order.id });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const id = started.data.petitionId;
  const petition = async () => db.extensionPetition.findUniqueOrThrow({ where: { id } });
  return { id, person, order, petition };
}

const draft = (id: string, version: number, courtId: string, courtReason?: string) =>
  saveDraftAction({
    petitionId: id,
    version,
    grounds: 'Two missed check-ins.',
    riskFactorCodes: [],
    requestedLifelong: false,
    requestedTermYears: '2',
    courtId,
    courtReason,
    language: 'RU',
  });

describe('the competent court', () => {
  it('is the default: the district court of the current registered address, not of the supervising district', async () => {
    const p = await start(world.district2.id);
    expect((await p.petition()).courtId).toBe(world.court2.id);
  });

  it("falls back to the supervising district's court when no registered address is on record", async () => {
    const p = await start(null);
    expect((await p.petition()).courtId).toBe(world.court.id);
  });

  it('skips an inactive court of the district; a district with no active court stops the draft with a message naming it', async () => {
    const s = uniqueSuffix();
    const bare = await db.district.create({ data: { code: `bare-${s}`, regionId: world.region.id, nameEn: 'Bare', nameRu: 'Пустой', nameKk: 'Бос' } });
    const closed = await db.court.create({
      data: { code: `closed-${s}`, regionId: world.region.id, districtId: bare.id, nameEn: 'Closed', nameRu: 'Закрыт', nameKk: 'Жабық', active: false },
    });
    const { person, order } = await personRegisteredIn(bare.id);
    await actAs(world.users.police);
    expect(await startPetitionAction({ personId: person.id, orderId: order.id })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { _form: { key: 'petitionCourt.validation.noCompetentCourt', values: { district: bare.code } } },
    });
    expect(await db.extensionPetition.count({ where: { personId: person.id } })).toBe(0);
    // Once the court is active again, it is the default.
    await db.court.update({ where: { id: closed.id }, data: { active: true } });
    const started = await startPetitionAction({ personId: person.id, orderId: order.id });
    expect(started.ok && (await db.extensionPetition.findUniqueOrThrow({ where: { id: started.data.petitionId } })).courtId).toBe(closed.id);
  });
});

describe('another court', () => {
  it('is refused without a reason and accepted with one; the reason is dropped when the competent court is chosen again', async () => {
    const p = await start(world.district2.id);
    const noReason = await draft(p.id, (await p.petition()).version, world.court.id);
    expect(noReason).toMatchObject({ ok: false, code: 'validation', fieldErrors: { courtReason: { key: 'petitionCourt.validation.reasonRequired' } } });
    expect(await draft(p.id, (await p.petition()).version, world.court.id, '   ')).toMatchObject({
      ok: false,
      fieldErrors: { courtReason: { key: 'petitionCourt.validation.reasonRequired' } },
    });
    expect(await p.petition()).toMatchObject({ courtId: world.court2.id, courtReason: null, grounds: '' });

    expect((await draft(p.id, (await p.petition()).version, world.court.id, 'The victim lives in the district of this court.')).ok).toBe(true);
    expect(await p.petition()).toMatchObject({ courtId: world.court.id, courtReason: 'The victim lives in the district of this court.' });

    expect((await draft(p.id, (await p.petition()).version, world.court2.id, 'left over')).ok).toBe(true);
    expect(await p.petition()).toMatchObject({ courtId: world.court2.id, courtReason: null });
  });

  it('is refused when inactive, whatever the reason; and so is an unknown court', async () => {
    const s = uniqueSuffix();
    const inactive = await db.court.create({
      data: { code: `inactive-${s}`, regionId: world.region.id, districtId: world.district.id, nameEn: 'Old', nameRu: 'Старый', nameKk: 'Ескі', active: false },
    });
    const p = await start(world.district2.id);
    expect(await draft(p.id, (await p.petition()).version, inactive.id, 'A good reason.')).toMatchObject({
      ok: false,
      fieldErrors: { courtId: { key: 'petitionCourt.validation.inactive' } },
    });
    expect(await draft(p.id, (await p.petition()).version, 'no-such-court', 'A good reason.')).toMatchObject({
      ok: false,
      fieldErrors: { courtId: { key: 'validation.invalid' } },
    });
    expect((await p.petition()).courtId).toBe(world.court2.id);
  });
});

describe('filing checks the court again', () => {
  async function endorsedTo(courtId: string, reason?: string) {
    const p = await start(world.district2.id);
    expect((await draft(p.id, (await p.petition()).version, courtId, reason)).ok).toBe(true);
    await actAs(world.users.supervisor);
    expect((await endorsePetitionAction({ petitionId: p.id, version: (await p.petition()).version })).ok).toBe(true);
    await actAs(world.users.police);
    return p;
  }

  it('refuses a court deactivated since drafting, and files nothing', async () => {
    const s = uniqueSuffix();
    const other = await db.court.create({
      data: { code: `other-${s}`, regionId: world.region.id, districtId: world.district.id, nameEn: 'Other', nameRu: 'Другой', nameKk: 'Басқа' },
    });
    const p = await endorsedTo(other.id, 'Agreed with the court.');
    await db.court.update({ where: { id: other.id }, data: { active: false } });
    expect(await filePetitionAction({ petitionId: p.id, version: (await p.petition()).version })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'petitionCourt.validation.inactiveAtFiling' } },
    });
    expect(await p.petition()).toMatchObject({ status: 'ENDORSED', filingNumber: null, pdf: null });
  });

  it('refuses a court that stopped being the competent one (the person moved) when no reason was stated', async () => {
    const p = await endorsedTo(world.court2.id);
    await db.address.updateMany({ where: { personId: p.person.id, kind: 'REGISTERED', validTo: null }, data: { districtId: world.district.id } });
    expect(await filePetitionAction({ petitionId: p.id, version: (await p.petition()).version })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'petitionCourt.validation.reasonRequiredAtFiling' } },
    });
    expect((await p.petition()).status).toBe('ENDORSED');
  });

  it('files with another active court and its reason, printed on the PDF; with the competent court, no reason', async () => {
    const reason = 'Причина: потерпевшая проживает в районе этого суда.';
    const other = await endorsedTo(world.court.id, reason);
    expect((await filePetitionAction({ petitionId: other.id, version: (await other.petition()).version })).ok).toBe(true);
    const filed = await other.petition();
    expect(filed).toMatchObject({ status: 'FILED', courtId: world.court.id, courtReason: reason });
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(filed.pdf!) })
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toContain('Направляется не в районный суд по адресу регистрации лица.');
    expect(text).toContain(reason);

    const competent = await endorsedTo(world.court2.id);
    expect((await filePetitionAction({ petitionId: competent.id, version: (await competent.petition()).version })).ok).toBe(true);
    const plain = await competent.petition();
    expect(plain).toMatchObject({ status: 'FILED', courtReason: null });
    expect(execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(plain.pdf!) }).toString()).not.toContain('Направляется не в');
  });
});

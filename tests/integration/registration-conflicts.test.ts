import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { registerPersonAction } from '@/lib/persons/actions';
import { checkImportAction, importRegistryAction } from '@/lib/importer/actions';
import { resolveConflictAction } from '@/lib/conflicts/actions';
import { findOpenConflicts } from '@/lib/conflicts/registration-conflicts';
import type { TRowError } from '@/lib/importer/schemas';
import { csvFile, csvText, importRows, type TRow } from '../helpers/import-csv';
import { buildIin } from '@/lib/iin/iin';
import { createPerson, createUser } from '@/prisma/seed/factories';

// Issue 10: no IIN existence oracle (docs/decisions/010-no-iin-existence-oracle.md). Registering
// an IIN registered outside the user's scope confirms nothing to the user; the attempt is audited
// and routed to the supervisors of the region the user tried to register into.

const SEED = process.env.CONFLICTS_SEED ? Number(process.env.CONFLICTS_SEED) : Math.floor(Math.random() * 1e6);
console.info(`registration-conflicts IIN seed: ${SEED} (replay with CONFLICTS_SEED)`);
let serial = 1000 + (SEED % 7000);

/** A valid IIN nobody holds yet: other test files register persons in the same database. */
async function newIin(birth = '1982-03-04') {
  for (;;) {
    const value = buildIin(new Date(`${birth}T00:00:00Z`), 'MALE', serial++);
    if (value && !(await db.person.findUnique({ where: { iin: value }, select: { id: true } }))) return value;
  }
}

let world: TWorld;
/** A registered person of world.district (region 1), and their IIN. */
let existing: { id: string; iin: string; birthDate: string; sex: 'MALE' | 'FEMALE' };

beforeAll(async () => {
  world = await buildWorld();
  const { person } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2019, 0, 1)),
  });
  // Withheld from the public registry: the neutral answer must not depend on it.
  await db.person.update({ where: { id: person.id }, data: { registryWithheld: true, registryWithheldReason: 'test' } });
  existing = { id: person.id, iin: person.iin, birthDate: person.birthDate.toISOString().slice(0, 10), sex: person.sex };
});

/** The factory draws each person's sex at random; the form must repeat the one the IIN encodes. */
function registration(iin: string, birthDate: string, districtId: string, sex: 'MALE' | 'FEMALE' = 'MALE') {
  return {
    identity: { iin, lastName: 'Seitkali', firstName: 'Arman', middleName: '', birthDate, sex, districtId },
    aliases: [],
    address: {
      kind: 'REGISTERED',
      districtId,
      locality: 'Astana',
      street: 'Kenesary',
      building: '5',
      apartment: '',
      latitude: '',
      longitude: '',
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

describe('the registration form', () => {
  it('names the existing record to police of its district', async () => {
    await actAs(world.users.police);
    const result = await registerPersonAction(registration(existing.iin, existing.birthDate, world.district.id, existing.sex));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { 'identity.iin': { key: 'validation.iin.takenVisible' } },
      extra: { existingPerson: { id: existing.id } },
    });
    expect(await db.registrationConflict.count({ where: { existingPersonId: existing.id, submittedById: world.users.police.id } })).toBe(0);
  });

  it('gives police of another district a neutral message, creates nothing, audits the denial and routes the case', async () => {
    await actAs(world.users.police2);
    const personsBefore = await db.person.count();
    const result = await registerPersonAction(registration(existing.iin, existing.birthDate, world.farDistrict.id, existing.sex));
    expect(result).toEqual({
      ok: false,
      code: 'validation',
      message: { key: 'errors.validation' },
      fieldErrors: { 'identity.iin': { key: 'registrationConflict.message.form' } },
      extra: undefined,
    });
    expect(await db.person.count()).toBe(personsBefore);

    const conflict = await db.registrationConflict.findFirstOrThrow({ where: { submittedById: world.users.police2.id, existingPersonId: existing.id } });
    expect(conflict).toMatchObject({
      submittedIin: existing.iin,
      source: 'FORM',
      targetDistrictId: world.farDistrict.id,
      targetRegionId: world.otherRegion.id,
      resolvedAt: null,
      resolvedById: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: 'person.register', actorId: world.users.police2.id, outcome: 'DENIED' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ targetType: 'RegistrationConflict', targetId: conflict.id });
    expect(audit.details).toMatchObject({ reason: 'iinOutsideScope', existingPersonId: existing.id, districtId: world.farDistrict.id });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(existing.iin);

    // A second try adds a denial to the trail but not a second case to the supervisor's list.
    const again = await registerPersonAction(registration(existing.iin, existing.birthDate, world.farDistrict.id, existing.sex));
    expect(again).toMatchObject({ ok: false, fieldErrors: { 'identity.iin': { key: 'registrationConflict.message.form' } } });
    expect(await db.registrationConflict.count({ where: { submittedById: world.users.police2.id, existingPersonId: existing.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'person.register', actorId: world.users.police2.id, outcome: 'DENIED', targetId: conflict.id } })).toBe(
      2,
    );
  });

  it('an IIN nobody registered still registers (the new path leaves the normal one alone)', async () => {
    await actAs(world.users.police2);
    const result = await registerPersonAction(registration(await newIin(), '1982-03-04', world.farDistrict.id));
    expect(result.ok).toBe(true);
  });
});

describe("the supervisor's list", () => {
  it('shows a case to the supervisors of the target region only, linking the record only when in their scope', async () => {
    // Police of the existing person's region, other district: the record is in the supervisor's scope.
    const police3 = await createUser(db, { role: 'POLICE', districtId: world.district2.id, fullName: 'Police Three' });
    const person2 = await createPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      officerId: world.users.officer.id,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
      sentenceEnd: new Date(Date.UTC(2019, 0, 1)),
    });
    await actAs(police3);
    const result = await registerPersonAction(
      registration(person2.person.iin, person2.person.birthDate.toISOString().slice(0, 10), world.district2.id, person2.person.sex),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { 'identity.iin': { key: 'registrationConflict.message.form' } } });

    const mine = await findOpenConflicts({ db, actor: await actorOf(world.users.supervisor) });
    const row = mine.rows.find((r) => r.submittedBy.fullName === 'Police Three');
    expect(row).toMatchObject({
      submittedIin: person2.person.iin,
      source: 'FORM',
      targetDistrict: { nameEn: world.district2.nameEn },
      existingPerson: { id: person2.person.id },
    });
    // The far region's case (previous test) is not in this region's list...
    expect(mine.rows.some((r) => r.submittedIin === existing.iin)).toBe(false);
    // ...but in the far region's, without a link: that supervisor may not see the record.
    const theirs = await findOpenConflicts({ db, actor: await actorOf(world.users.supervisor2) });
    const far = theirs.rows.find((r) => r.submittedIin === existing.iin);
    expect(far).toMatchObject({ source: 'FORM', existingPerson: null });
    expect(theirs.rows.some((r) => r.submittedIin === person2.person.iin)).toBe(false);
    // Nobody but a supervisor has a list.
    expect((await findOpenConflicts({ db, actor: await actorOf(world.users.police2) })).rows).toEqual([]);
    expect((await findOpenConflicts({ db, actor: await actorOf(world.users.admin) })).rows).toEqual([]);
  });

  it('marks a case handled once (audited); a second click or another region is refused and changes nothing', async () => {
    const conflict = await db.registrationConflict.findFirstOrThrow({
      where: { submittedById: world.users.police2.id, existingPersonId: existing.id, resolvedAt: null },
    });

    await actAs(world.users.supervisor);
    const foreign = await resolveConflictAction({ id: conflict.id, version: conflict.version });
    expect(foreign).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.registrationConflict.findUniqueOrThrow({ where: { id: conflict.id } })).toMatchObject({ resolvedAt: null, version: conflict.version });

    await actAs(world.users.supervisor2);
    const done = await resolveConflictAction({ id: conflict.id, version: conflict.version });
    expect(done).toEqual({ ok: true, data: { id: conflict.id } });
    const after = await db.registrationConflict.findUniqueOrThrow({ where: { id: conflict.id } });
    expect(after).toMatchObject({ resolvedById: world.users.supervisor2.id, version: conflict.version + 1 });
    expect(after.resolvedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'registrationConflict.resolve', targetId: conflict.id, outcome: 'SUCCESS' } });
    expect(audit).toMatchObject({ actorId: world.users.supervisor2.id, targetType: 'RegistrationConflict' });

    // The double click: the same version again.
    const twice = await resolveConflictAction({ id: conflict.id, version: conflict.version });
    expect(twice).toMatchObject({ ok: false, code: 'conflict', message: { key: 'registrationConflict.errors.changed' } });
    expect(await db.registrationConflict.findUniqueOrThrow({ where: { id: conflict.id } })).toMatchObject({
      resolvedById: world.users.supervisor2.id,
      version: conflict.version + 1,
    });

    const list = await findOpenConflicts({ db, actor: await actorOf(world.users.supervisor2) });
    expect(list.rows.some((r) => r.id === conflict.id)).toBe(false);
  });

  it('a region without cases has an empty list', async () => {
    const region = await db.region.create({ data: { code: `rc-${SEED}-${serial}`, nameEn: 'Empty', nameRu: 'Empty', nameKk: 'Empty' } });
    const supervisor = await createUser(db, { role: 'SUPERVISOR', regionId: region.id });
    expect(await findOpenConflicts({ db, actor: await actorOf(supervisor) })).toEqual({ total: 0, rows: [] });
  });
});

describe('the registry import', () => {
  const importCsv = importRows(() => world, 20_000 + (SEED % 7000));
  const csv = (rows: TRow[]) => csvFile(csvText(rows), 'conflicts.csv');
  /** A valid row for this IIN and district; the sex must be the one the IIN encodes. */
  const row = (iin: string, birthDate: string, districtCode: string, sex: 'MALE' | 'FEMALE' = 'MALE') =>
    importCsv.validRow({ iin, birth_date: birthDate, district_code: districtCode, sex: sex === 'FEMALE' ? 'F' : 'M' });
  const reasons = (errors: TRowError[]) => errors.map((e) => [e.row, e.column, e.message.key, e.message.values ?? null]);

  it('dry run: a neutral row message naming where the case goes, nothing recorded, audited with the record ids', async () => {
    const fresh = await newIin('1979-04-12');
    const rows = [
      row(fresh, '1979-04-12', world.district.code),
      row(existing.iin, existing.birthDate, world.district2.code, existing.sex),
      row(existing.iin, existing.birthDate, 'nowhere', existing.sex),
    ];
    await actAs(world.users.admin);
    const conflictsBefore = await db.registrationConflict.count();
    const checked = await checkImportAction({ file: csv(rows) });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(reasons(checked.data.errors)).toEqual([
      [3, 'iin', 'registrationConflict.message.importRow', { district: world.district2.code }],
      // Row 4 repeats the IIN of row 3; with an unknown district only the district is reported.
      [4, 'iin', 'importer.validation.iinDuplicate', { firstRow: 3 }],
      [4, 'district_code', 'importer.validation.unknownCode', { code: 'nowhere' }],
    ]);
    expect(JSON.stringify(checked.data)).not.toContain('validation.iin.taken');
    expect(await db.registrationConflict.count()).toBe(conflictsBefore);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'registry.importCheck', actorId: world.users.admin.id }, orderBy: { id: 'desc' } });
    expect(audit.details).toMatchObject({ fileName: 'conflicts.csv', existingPersonIds: [existing.id] });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(existing.iin);
  });

  it('real import: nothing imported, the case recorded for the row district, a DENIED audit event', async () => {
    const fresh = await newIin('1979-04-12');
    const rows = [row(fresh, '1979-04-12', world.district.code), row(existing.iin, existing.birthDate, world.farDistrict.code, existing.sex)];
    await actAs(world.users.admin);
    const personsBefore = await db.person.count();
    const imported = await importRegistryAction({ file: csv(rows) });
    expect(imported).toMatchObject({ ok: false, code: 'validation', fieldErrors: { _form: { key: 'importer.result.rowsInvalid', values: { badRows: 1 } } } });
    if (imported.ok) return;
    expect(reasons(imported.extra!.rowErrors as TRowError[])).toEqual([
      [3, 'iin', 'registrationConflict.message.importRow', { district: world.farDistrict.code }],
    ]);
    expect(await db.person.count()).toBe(personsBefore);

    const conflict = await db.registrationConflict.findFirstOrThrow({ where: { submittedById: world.users.admin.id, existingPersonId: existing.id } });
    expect(conflict).toMatchObject({
      submittedIin: existing.iin,
      source: 'IMPORT',
      targetDistrictId: world.farDistrict.id,
      targetRegionId: world.otherRegion.id,
      resolvedAt: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: 'registry.import', actorId: world.users.admin.id, outcome: 'DENIED' },
      orderBy: { id: 'desc' },
    });
    expect(audit.details).toMatchObject({ reason: 'iinOutsideScope', fileName: 'conflicts.csv', conflictIds: [conflict.id], existingPersonIds: [existing.id] });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(existing.iin);
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(fresh);

    // The far region's supervisor sees it (from an import), the home region's does not.
    const theirs = await findOpenConflicts({ db, actor: await actorOf(world.users.supervisor2) });
    expect(theirs.rows.find((r) => r.id === conflict.id)).toMatchObject({ source: 'IMPORT', existingPerson: null });
    const mine = await findOpenConflicts({ db, actor: await actorOf(world.users.supervisor) });
    expect(mine.rows.some((r) => r.id === conflict.id)).toBe(false);

    // Sending the file again records no second case.
    await importRegistryAction({ file: csv(rows) });
    expect(
      await db.registrationConflict.count({
        where: { submittedById: world.users.admin.id, existingPersonId: existing.id, targetDistrictId: world.farDistrict.id },
      }),
    ).toBe(1);
  });
});

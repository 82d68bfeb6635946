import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actAsOnce, buildWorld, db, type TWorld } from '../helpers/world';
import { createTestInstrument, newVersionInput } from '../helpers/risk-instruments';
import { createInstrumentVersionAction } from '@/lib/risk-instruments/actions';
import { findInstrumentVersion, listInstruments } from '@/lib/risk-instruments/find-instruments';
import { saveReferenceAction } from '@/lib/reference/actions';
import { findReferenceRows } from '@/lib/reference/find-reference';
import { DEFAULT_DYNAMIC_FACTORS, STATIC99R, STATIC99R_CAVEAT, STATIC99R_CODE, STATIC99R_TITLE } from '@/lib/risk/static99r';
import { parseInstrument } from '@/lib/risk/instrument';
import { createRiskAssessment } from '@/prisma/seed/risk';
import { uniqueSuffix } from '@/prisma/seed/factories';

// Administrators' instrument versions (docs/decisions/024-risk-instruments.md). Every test makes
// versions of an instrument of its own (tests/helpers/risk-instruments.ts), never of STATIC99R,
// which other test files assess with at the same time on the server.

let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

const versionsOf = (code: string) => db.riskInstrument.findMany({ where: { code }, orderBy: { version: 'asc' } });

describe('the migrated default instrument', () => {
  it('version 1 in the database equals lib/risk/static99r.ts', async () => {
    const row = await db.riskInstrument.findUniqueOrThrow({ where: { code_version: { code: STATIC99R_CODE, version: 1 } } });
    expect(row.items).toEqual(STATIC99R.items);
    expect(row.bands).toEqual(STATIC99R.bands);
    expect(parseInstrument(row)).toEqual(STATIC99R);
    expect({ en: row.titleEn, ru: row.titleRu, kk: row.titleKk }).toEqual(STATIC99R_TITLE);
    expect({ en: row.caveatEn, ru: row.caveatRu, kk: row.caveatKk }).toEqual(STATIC99R_CAVEAT);
    expect(row.createdById).toBeNull();
  });

  it('the dynamic factors are DEFAULT_DYNAMIC_FACTORS, in their order', async () => {
    const rows = await db.riskDynamicFactor.findMany({
      where: { code: { in: DEFAULT_DYNAMIC_FACTORS.map((f) => f.code) } },
      orderBy: { sortOrder: 'asc' },
    });
    expect(rows.map((r) => ({ code: r.code, title: { en: r.titleEn, ru: r.titleRu, kk: r.titleKk }, active: r.active }))).toEqual(
      DEFAULT_DYNAMIC_FACTORS.map((f) => ({ ...f, active: true })),
    );
  });
});

describe('a new version', () => {
  it('becomes the active one; the old version stays as it was, inactive; audited without personal data', async () => {
    const v1 = await createTestInstrument(db);
    await actAs(world.users.admin);
    const input = newVersionInput(v1.id);
    input.items[4].answers[3].points = '4'; // PRIOR_SEX_OFFENCES, 6 or more charges: 3 → 4
    input.bands[4].max = '13'; // the highest total is now 13
    input.caveat.ru = 'Новая оговорка.';
    const result = await createInstrumentVersionAction(input);
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    if (!result.ok) return;

    const [old, created] = await versionsOf(v1.code);
    expect(old).toMatchObject({ id: v1.id, version: 1, active: false, caveatRu: v1.caveatRu });
    expect(old.items).toEqual(v1.items);
    expect(old.bands).toEqual(v1.bands);
    expect(created).toMatchObject({ id: result.data.id, version: 2, active: true, createdById: world.users.admin.id, caveatRu: 'Новая оговорка.' });
    const definition = parseInstrument(created);
    expect(definition.items[4].answers[3]).toMatchObject({ code: 'CHARGES_6_OR_CONVICTIONS_4', points: 4 });
    expect(definition.bands[4]).toMatchObject({ code: 'IVb', min: 6, max: 13 });
    // The prefill keys are the base's, whatever the form sends.
    expect(definition.items.map((i) => i.prefill)).toEqual(STATIC99R.items.map((i) => i.prefill));

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'risk.instrument.create', targetId: created.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', targetType: 'RiskInstrument', actorId: world.users.admin.id });
    expect(audit.details).toEqual({ code: v1.code, version: 2, previousVersion: 1 });

    const listed = (await listInstruments()).find((i) => i.code === v1.code);
    expect(listed?.versions.map((v) => [v.version, v.active, v.assessments])).toEqual([
      [2, true, 0],
      [1, false, 0],
    ]);
    expect((await findInstrumentVersion({ id: v1.id }))?.activeId).toBe(created.id);
  });

  it('leaves an existing assessment on the version it was scored with', async () => {
    const v1 = await createTestInstrument(db);
    const made = await createRiskAssessment(db, { personId: world.person.id, assessorId: world.users.officer.id, status: 'DRAFT' });
    const assessment = await db.riskAssessment.update({ where: { id: made.id }, data: { instrumentId: v1.id } });
    await actAs(world.users.admin);
    const result = await createInstrumentVersionAction(newVersionInput(v1.id));
    expect(result.ok).toBe(true);
    expect((await db.riskAssessment.findUniqueOrThrow({ where: { id: assessment.id } })).instrumentId).toBe(v1.id);
    const listed = (await listInstruments()).find((i) => i.code === v1.code);
    expect(listed?.versions.find((v) => v.version === 1)?.assessments).toBe(1);
  });

  it('refuses bad input with a message next to each field, and changes nothing', async () => {
    const v1 = await createTestInstrument(db);
    await actAs(world.users.admin);
    const cases: [string, (input: ReturnType<typeof newVersionInput>) => void, string, Record<string, string | number>?][] = [
      ['bands.1.min', (i) => void (i.bands[1].min = '0'), 'riskInstruments.validation.bandGap', { band: 'I', expected: -1 }],
      ['bands.2.min', (i) => void (i.bands[2].min = '0'), 'riskInstruments.validation.bandOverlap', { band: 'II', expected: 1 }],
      ['bands.0.min', (i) => void (i.bands[0].min = '-2'), 'riskInstruments.validation.bandLowest', { total: -3 }],
      ['bands.4.max', (i) => void (i.bands[4].max = '11'), 'riskInstruments.validation.bandHighest', { total: 12 }],
      ['bands.3.rank', (i) => void (i.bands[3].rank = '5'), 'riskInstruments.validation.bandRank', { rank: 4 }],
      ['items.2.answers.1.points', (i) => void (i.items[2].answers[1].points = '25'), 'riskInstruments.validation.points'],
      ['items.2.answers.1.points', (i) => void (i.items[2].answers[1].points = '1.5'), 'riskInstruments.validation.points'],
      ['items.0.answers.0.label.kk', (i) => void (i.items[0].answers[0].label.kk = '  '), 'riskInstruments.validation.translationMissing'],
      ['caveat.en', (i) => void (i.caveat.en = ''), 'riskInstruments.validation.translationMissing'],
      ['items.1.answers.1.code', (i) => void (i.items[1].answers[1].code = 'NO'), 'riskInstruments.validation.duplicateCode'],
      ['items.1.answers', (i) => void i.items[1].answers.splice(1, 1), 'riskInstruments.validation.twoAnswers'],
      ['_form', (i) => void (i.items[0].code = 'SOMETHING_ELSE'), 'riskInstruments.validation.items'],
    ];
    for (const [path, change, key, values] of cases) {
      const input = newVersionInput(v1.id);
      change(input);
      const result = await createInstrumentVersionAction(input);
      expect(result, path).toMatchObject({ ok: false, code: 'validation' });
      if (result.ok) continue;
      expect(result.fieldErrors?.[path], path).toEqual(values ? { key, values } : { key });
    }
    const rows = await versionsOf(v1.code);
    expect(rows.map((r) => [r.version, r.active])).toEqual([[1, true]]);
    expect(await db.auditEvent.count({ where: { action: 'risk.instrument.create', details: { path: ['code'], equals: v1.code } } })).toBe(0);
  });

  it('from a version no longer active: a conflict, nothing saved', async () => {
    const v1 = await createTestInstrument(db);
    await actAs(world.users.admin);
    expect((await createInstrumentVersionAction(newVersionInput(v1.id))).ok).toBe(true);
    const stale = await createInstrumentVersionAction(newVersionInput(v1.id));
    expect(stale).toEqual({ ok: false, code: 'conflict', message: { key: 'riskInstruments.conflict' } });
    expect((await versionsOf(v1.code)).map((r) => [r.version, r.active])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('two saves at once from the same active version make one version', async () => {
    const v1 = await createTestInstrument(db);
    const other = await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } });
    await actAsOnce(other);
    await actAsOnce(other);
    const results = await Promise.all([createInstrumentVersionAction(newVersionInput(v1.id)), createInstrumentVersionAction(newVersionInput(v1.id))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: 'conflict', message: { key: 'riskInstruments.conflict' } }]);
    expect((await versionsOf(v1.code)).map((r) => [r.version, r.active])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('is refused to everyone but administrators', async () => {
    const v1 = await createTestInstrument(db);
    for (const role of ['officer', 'police', 'clerk', 'supervisor'] as const) {
      await actAs(world.users[role]);
      expect(await createInstrumentVersionAction(newVersionInput(v1.id)), role).toMatchObject({ ok: false, code: 'forbidden' });
    }
    await actAs(null);
    expect(await createInstrumentVersionAction(newVersionInput(v1.id))).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect((await versionsOf(v1.code)).map((r) => [r.version, r.active])).toEqual([[1, true]]);
  });
});

describe('dynamic factors in the reference editor', () => {
  it('lists, adds and edits a factor; refuses a bad order', async () => {
    await actAs(world.users.admin);
    const code = `TEST_FACTOR_${uniqueSuffix().replace(/[^A-Za-z0-9]/g, '')}`;
    const values = { code, titleEn: 'Isolation', titleRu: 'Изоляция', titleKk: 'Оқшаулану', sortOrder: '900', active: true };
    const bad = await saveReferenceAction({ kind: 'riskDynamicFactor', values: { ...values, sortOrder: 'first' } });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'values.sortOrder': { key: 'validation.integer' } } });
    expect(await db.riskDynamicFactor.count({ where: { code } })).toBe(0);

    const created = await saveReferenceAction({ kind: 'riskDynamicFactor', values });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await db.riskDynamicFactor.findUniqueOrThrow({ where: { code } })).toMatchObject({ titleRu: 'Изоляция', sortOrder: 900, active: true });

    const edited = await saveReferenceAction({
      kind: 'riskDynamicFactor',
      id: created.data.id,
      values: { ...values, titleEn: 'Social isolation', active: false },
      original: { ...values, sortOrder: 900 },
    });
    expect(edited.ok).toBe(true);
    expect(await db.riskDynamicFactor.findUniqueOrThrow({ where: { code } })).toMatchObject({ titleEn: 'Social isolation', active: false });

    const { total, rows } = await findReferenceRows({ kind: 'riskDynamicFactor', page: 1 });
    expect(total).toBeGreaterThanOrEqual(DEFAULT_DYNAMIC_FACTORS.length + 1);
    const codes = rows.map((r) => String(r.code));
    const defaults = DEFAULT_DYNAMIC_FACTORS.map((f) => f.code);
    // In the reviewing order; other tests' factors may sit between them on a shared database.
    expect(codes.filter((c) => defaults.includes(c))).toEqual(defaults);
    expect(codes).toContain(code);
  });
});

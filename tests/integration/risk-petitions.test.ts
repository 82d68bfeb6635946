import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, subMonths } from 'date-fns';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { endorsePetitionAction, filePetitionAction, saveDraftAction, startPetitionAction } from '@/lib/petitions/actions';
import { filePetition } from '@/lib/petitions/manage-petition';
import type { TPrefill } from '@/lib/petitions/prefill';
import { isRecentAssessment } from '@/lib/petitions/risk-snapshot';
import { createPerson, createUser } from '@/prisma/seed/factories';
import { activeStatic99r, createRiskAssessment } from '@/prisma/seed/risk';
import { STATIC99R_CAVEAT, STATIC99R_CODE } from '@/lib/risk/static99r';
import { addCalendarDays, kzToday } from '@/lib/time/today';

// Issue 13, petitions part (docs/decisions/028-risk-in-petitions.md): the petition's prefill
// carries the latest countersigned risk assessment whole; a lifelong request needs one
// countersigned in the last 12 months or a stated reason, at saving, endorsement and filing;
// the document prints the assessment in Russian and Kazakh.

let world: TWorld;
let assessor: Awaited<ReturnType<typeof createUser>>;
let countersigner: Awaited<ReturnType<typeof createUser>>;

const pdfText = (pdf: Uint8Array) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf) })
    .toString()
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  world = await buildWorld();
  assessor = await createUser(db, {
    role: 'OFFICER',
    districtId: world.district.id,
    fullName: 'Aliya Nurova',
    fullNameCyr: 'Алия Нурова',
    fullNameLat: 'Aliya Nurova',
  });
  countersigner = await createUser(db, {
    role: 'SUPERVISOR',
    regionId: world.region.id,
    fullName: 'Serik Bekov',
    fullNameCyr: 'Серик Беков',
    fullNameLat: 'Serik Bekov',
  });
});

async function personWithOrder() {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2018, 11, 20)),
    order: { endDate: addCalendarDays(kzToday(), 19) },
  });
  return { person, order: order! };
}

const assess = (personId: string, opts: Omit<Parameters<typeof createRiskAssessment>[1], 'personId' | 'assessorId'> = {}) =>
  createRiskAssessment(db, { personId, assessorId: assessor.id, countersignerId: countersigner.id, ...opts });

async function start(personId: string, orderId: string) {
  await actAs(world.users.police);
  const started = await startPetitionAction({ personId, orderId });
  if (!started.ok) throw new Error(JSON.stringify(started));
  return started.data.petitionId;
}

const row = (id: string) => db.extensionPetition.findUniqueOrThrow({ where: { id } });

async function save(id: string, fields: { requestedLifelong: boolean; reason?: string; language?: 'RU' | 'KK' }) {
  await actAs(world.users.police);
  return saveDraftAction({
    petitionId: id,
    version: (await row(id)).version,
    grounds: 'Повторные нарушения режима надзора.',
    riskFactorCodes: [],
    requestedLifelong: fields.requestedLifelong,
    requestedTermYears: fields.requestedLifelong ? '' : '3',
    courtId: world.court.id,
    riskAssessmentMissingReason: fields.reason,
    language: fields.language ?? 'RU',
  });
}

async function endorse(id: string) {
  await actAs(world.users.supervisor);
  return endorsePetitionAction({ petitionId: id, version: (await row(id)).version });
}

async function file(id: string) {
  await actAs(world.users.police);
  return filePetitionAction({ petitionId: id, version: (await row(id)).version });
}

describe('the petition prefill', () => {
  it('carries the latest countersigned assessment whole, not a submitted or superseded one (the open one)', async () => {
    const { person, order } = await personWithOrder();
    const now = new Date();
    await assess(person.id, { countersignedAt: subMonths(now, 8) });
    // Every item answered with its last answer: a different score and band from the default.
    const latest = await assess(person.id, {
      countersignedAt: subMonths(now, 2),
      choose: (_, codes) => codes[codes.length - 1],
      dynamicNote: 'Живёт рядом со школой',
    });
    await assess(person.id, { status: 'SUPERSEDED', countersignedAt: subMonths(now, 1) });
    // A person has one open assessment at a time (RiskAssessment_one_open_idx): a submitted one here.
    await assess(person.id, { status: 'SUBMITTED' });

    const id = await start(person.id, order.id);
    const petition = await row(id);
    const risk = (petition.prefill as TPrefill).riskAssessment!;
    expect(petition.riskAssessmentId).toBe(latest.id);
    expect(risk.id).toBe(latest.id);

    const { row: instrument, definition } = await activeStatic99r(db);
    expect(risk.instrument).toEqual({
      code: STATIC99R_CODE,
      version: instrument.version,
      title: { en: instrument.titleEn, ru: instrument.titleRu, kk: instrument.titleKk },
      caveat: STATIC99R_CAVEAT,
    });
    expect(risk.score).toBe(latest.score);
    const band = definition.bands.find((b) => b.code === latest.bandCode)!;
    expect(risk.band).toEqual({ code: band.code, rank: band.rank, label: band.label, description: band.description });
    expect(risk.items).toHaveLength(definition.items.length);
    definition.items.forEach((item, i) => {
      const last = item.answers[item.answers.length - 1];
      expect(risk.items[i]).toEqual({ code: item.code, question: item.question, answer: { code: last.code, label: last.label }, points: last.points });
    });
    expect(risk.items.reduce((sum, item) => sum + item.points, 0)).toBe(latest.score);
    expect(risk.countersignedAt).toBe(latest.countersignedAt!.toISOString());
    expect(risk.countersignedOn).toBe(kzToday(latest.countersignedAt!).toISOString().slice(0, 10));
    expect(risk.assessor).toEqual({ en: 'Aliya Nurova', ru: 'Алия Нурова', kk: 'Алия Нурова' });
    expect(risk.countersigner).toEqual({ en: 'Serik Bekov', ru: 'Серик Беков', kk: 'Серик Беков' });
    const factors = await db.riskDynamicFactor.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
    expect(factors.length).toBeGreaterThan(0);
    expect(risk.dynamicFactors).toHaveLength(factors.length);
    expect(risk.dynamicFactors[0]).toEqual({
      code: factors[0].code,
      title: { en: factors[0].titleEn, ru: factors[0].titleRu, kk: factors[0].titleKk },
      rating: 'SOME',
      note: 'Живёт рядом со школой',
    });
    expect(risk.summary).toBeNull();
  });

  it('is null for a person never assessed, and a newer countersignature is taken in when the police save again', async () => {
    const { person, order } = await personWithOrder();
    const id = await start(person.id, order.id);
    expect((await row(id)).riskAssessmentId).toBeNull();
    expect((await row(id)).prefill).toMatchObject({ riskAssessment: null });

    const fresh = await assess(person.id, { countersignedAt: subMonths(new Date(), 1) });
    // Endorsing a draft whose snapshot a newer assessment has overtaken is refused: the supervisor endorses what the page shows.
    expect((await save(id, { requestedLifelong: false })).ok).toBe(true);
    expect((await row(id)).riskAssessmentId).toBe(fresh.id);
    const newer = await assess(person.id, { countersignedAt: new Date() });
    const refused = await endorse(id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors?._form?.key).toBe('riskPetition.validation.newerAssessment');
    expect((await row(id)).status).toBe('DRAFT');
    expect((await save(id, { requestedLifelong: false })).ok).toBe(true);
    const saved = await row(id);
    expect(saved.riskAssessmentId).toBe(newer.id);
    expect((saved.prefill as TPrefill).riskAssessment!.id).toBe(newer.id);
    expect((await endorse(id)).ok).toBe(true);
  });
});

describe('the lifelong rule', () => {
  it('refuses a lifelong draft without a recent assessment or a reason, and accepts it with a reason', async () => {
    const { person, order } = await personWithOrder();
    // One countersigned 13 months ago is not recent.
    await assess(person.id, { countersignedAt: subMonths(new Date(), 13) });
    const id = await start(person.id, order.id);
    const before = await row(id);
    const refused = await save(id, { requestedLifelong: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors).toEqual({ riskAssessmentMissingReason: { key: 'riskPetition.validation.reasonRequired' } });
    const unchanged = await row(id);
    expect(unchanged.version).toBe(before.version);
    expect(unchanged.requestedLifelong).toBe(false);

    const reason = 'Лицо уклоняется от явки к инспектору; оценка назначена на следующий месяц.';
    expect((await save(id, { requestedLifelong: true, reason })).ok).toBe(true);
    expect((await row(id)).riskAssessmentMissingReason).toBe(reason);
    expect((await endorse(id)).ok).toBe(true);
    expect((await file(id)).ok).toBe(true);
    const text = pdfText((await row(id)).pdf!);
    expect(text).toContain(`Причина: ${reason}`);
  });

  it('accepts a lifelong draft on an assessment 11 months old, and refuses to file it once that is 13 months old', async () => {
    const { person, order } = await personWithOrder();
    const assessed = await assess(person.id, { countersignedAt: subMonths(new Date(), 11) });
    const id = await start(person.id, order.id);
    expect((await save(id, { requestedLifelong: true })).ok).toBe(true);
    const saved = await row(id);
    expect(saved.requestedLifelong).toBe(true);
    expect(saved.riskAssessmentMissingReason).toBeNull();
    expect((await endorse(id)).ok).toBe(true);

    // Filing two months later: the same assessment is then 13 months old.
    const later = addMonths(new Date(), 2);
    expect(isRecentAssessment(assessed.countersignedAt!, later)).toBe(false);
    const police = await actorOf(world.users.police);
    const endorsed = await row(id);
    await expect(
      db.$transaction((tx) => filePetition({ tx, actor: police, input: { petitionId: id, version: endorsed.version, comment: undefined }, now: later })),
    ).rejects.toMatchObject({ fieldErrors: { _form: { key: 'riskPetition.validation.lifelongAtFiling' } } });
    // Nothing lost: still endorsed, and filing today goes through.
    expect((await row(id)).status).toBe('ENDORSED');
    expect((await file(id)).ok).toBe(true);
  });

  it('refuses endorsement once the assessment has aged with no reason', async () => {
    const { person, order } = await personWithOrder();
    // Countersigned 12 months ago today: due again today, so no longer recent.
    await assess(person.id, { countersignedAt: subMonths(new Date(), 12) });
    const id = await start(person.id, order.id);
    // Saved (term) while the snapshot is old, then switched to lifelong straight in the row, as an old draft could be.
    expect((await save(id, { requestedLifelong: false })).ok).toBe(true);
    await db.extensionPetition.update({ where: { id }, data: { requestedLifelong: true, requestedTermYears: null } });
    const refused = await endorse(id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors?._form?.key).toBe('riskPetition.validation.lifelongAtEndorsement');
  });
});

describe('the petition document', () => {
  it('prints the assessment in Russian and in Kazakh: band, score, items with answers and points, dynamic factors, caveat', async () => {
    const { definition } = await activeStatic99r(db);
    for (const [language, locale, scoreLabel] of [
      ['RU', 'ru', 'Балл'],
      ['KK', 'kk', 'Балл'],
    ] as const) {
      const { person, order } = await personWithOrder();
      const assessed = await assess(person.id, { countersignedAt: subMonths(new Date(), 3), dynamicNote: 'Живёт рядом со школой' });
      const id = await start(person.id, order.id);
      expect((await save(id, { requestedLifelong: true, language })).ok).toBe(true);
      expect((await endorse(id)).ok).toBe(true);
      expect((await file(id)).ok).toBe(true);
      const text = pdfText((await row(id)).pdf!);
      const band = definition.bands.find((b) => b.code === assessed.bandCode)!;
      const item = definition.items[0];
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      expect(text, language).toContain(flat(band.label[locale]));
      expect(text, language).toContain(`${scoreLabel}: ${assessed.score}`);
      expect(text, language).toContain(flat(`${item.question[locale]}: ${item.answers[0].label[locale]}`));
      expect(text, language).toContain(flat(STATIC99R_CAVEAT[locale]));
      expect(text, language).toContain('Живёт рядом со школой');
      expect(text, language).toContain('Алия Нурова');
      expect(text, language).toContain('Серик Беков');
    }
  });
});

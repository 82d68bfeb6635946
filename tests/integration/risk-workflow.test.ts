import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import {
  correctAssessmentAction,
  countersignAssessmentAction,
  returnAssessmentAction,
  saveAssessmentAction,
  startAssessmentAction,
  submitAssessmentAction,
} from '@/lib/risk/actions';
import { findStartState, viewAssessment } from '@/lib/risk/read';
import { parseInstrument, zAnswers, zDynamicFactorReviews } from '@/lib/risk/instrument';
import { scoreAnswers } from '@/lib/risk/score';
import { annualDueOn } from '@/lib/risk/current';
import { createPerson } from '@/prisma/seed/factories';

// The assessment workflow (docs/decisions/026-risk-assessment-workflow.md) through its actions:
// every test makes its own person; the instrument version is read from the assessment itself.

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

/** A person on the world officer's caseload whose one conviction has every risk fact recorded. */
async function freshPerson() {
  const { person } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
  });
  await db.conviction.updateMany({
    where: { personId: person.id },
    data: { sexualOffence: true, contactOffence: true, nonSexualViolence: true, victimSex: 'MALE', victimRelationship: 'STRANGER' },
  });
  return person;
}

async function started(personId: string) {
  await actAs(world.users.officer);
  const result = await startAssessmentAction({ personId });
  if (!result.ok) throw new Error(`start failed: ${JSON.stringify(result)}`);
  return load(result.data.assessmentId);
}

async function load(id: string) {
  const row = await db.riskAssessment.findUniqueOrThrow({ where: { id }, include: { instrument: true } });
  return { ...row, definition: parseInstrument(row.instrument), parsed: zAnswers.parse(row.answers), factors: zDynamicFactorReviews.parse(row.dynamicFactors) };
}
type TLoaded = Awaited<ReturnType<typeof load>>;

/** The whole form: every item answered with `pick` (default its first answer), every factor rated. */
function completeForm(a: TLoaded, pick: (codes: string[]) => string = (codes) => codes[0]) {
  return {
    assessmentId: a.id,
    version: a.version,
    answers: Object.fromEntries(a.definition.items.map((i) => [i.code, pick(i.answers.map((x) => x.code))])),
    factors: a.factors.map((f, i) => ({ code: f.code, rating: i === 0 ? ('SOME' as const) : ('NONE' as const), note: i === 0 ? 'Works near a school' : '' })),
    summary: 'Reviewed with the file.',
  };
}

async function submitted(personId: string, pick?: (codes: string[]) => string) {
  const a = await started(personId);
  await actAs(world.users.officer);
  const result = await submitAssessmentAction(completeForm(a, pick));
  expect(result).toMatchObject({ ok: true });
  return load(a.id);
}

async function countersigned(personId: string, pick?: (codes: string[]) => string) {
  const a = await submitted(personId, pick);
  await actAs(world.users.supervisor);
  expect(await countersignAssessmentAction({ assessmentId: a.id, version: a.version })).toMatchObject({ ok: true });
  return load(a.id);
}

describe('start', () => {
  it('creates a draft with proposals from the record (none confirmed), the active factors unrated, and audits it', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    expect(a).toMatchObject({ status: 'DRAFT', personId: person.id, assessorId: world.users.officer.id, score: null, bandCode: null });
    expect(a.instrument.active).toBe(true);
    expect(a.parsed.INDEX_NONSEXUAL_VIOLENCE).toMatchObject({ answer: null, proposed: 'YES', source: { key: 'indexNonSexualViolence' } });
    expect(a.parsed.MALE_VICTIM).toMatchObject({ answer: null, proposed: 'YES', source: { key: 'maleVictim' } });
    expect(a.parsed.STRANGER_VICTIM).toMatchObject({ answer: null, proposed: 'YES' });
    expect(a.parsed.NON_CONTACT_CONVICTION).toMatchObject({ answer: null, proposed: 'NO' });
    expect(a.parsed.AGE_AT_RELEASE.source?.key).toBe('ageAtRelease');
    // Not answerable from the record: nothing proposed.
    expect(a.parsed.EVER_LIVED_WITH_PARTNER).toBeUndefined();
    expect(Object.values(a.parsed).every((x) => x.answer === null)).toBe(true);
    const active = await db.riskDynamicFactor.count({ where: { active: true } });
    expect(a.factors.length).toBe(active);
    expect(a.factors.every((f) => f.rating === null && f.note === '')).toBe(true);
    const event = await db.auditEvent.findFirst({ where: { action: 'risk.start', targetId: a.id } });
    expect(event).toMatchObject({ outcome: 'SUCCESS', actorId: world.users.officer.id, targetType: 'RiskAssessment' });
  });

  it('a second start returns the open draft instead of creating another', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    await actAs(world.users.officer);
    expect(await startAssessmentAction({ personId: person.id })).toMatchObject({ ok: true, data: { assessmentId: a.id, created: false } });
    expect(await db.riskAssessment.count({ where: { personId: person.id } })).toBe(1);
  });

  it('the database refuses a second open assessment for a person', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    await expect(
      db.riskAssessment.create({ data: { personId: person.id, instrumentId: a.instrumentId, assessorId: world.users.officer.id, status: 'RETURNED' } }),
    ).rejects.toThrow();
  });

  it('a person off the officer’s caseload is not found', async () => {
    const person = await freshPerson();
    await actAs(world.users.officer2);
    expect(await startAssessmentAction({ personId: person.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.riskAssessment.count({ where: { personId: person.id } })).toBe(0);
  });
});

describe('save (autosave)', () => {
  it('stores chosen answers, ratings and notes, keeps the proposals, and bumps the version', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    const factor = a.factors[1];
    const result = await saveAssessmentAction({
      assessmentId: a.id,
      version: a.version,
      answers: { MALE_VICTIM: 'NO', EVER_LIVED_WITH_PARTNER: 'YES' },
      factors: [{ code: factor.code, rating: 'DEFINITE', note: 'Refuses visits' }],
      summary: 'Draft',
    });
    expect(result).toMatchObject({ ok: true, data: { version: a.version + 1 } });
    const after = await load(a.id);
    expect(after.parsed.MALE_VICTIM).toMatchObject({ answer: 'NO', proposed: 'YES', source: { key: 'maleVictim' } });
    expect(after.parsed.EVER_LIVED_WITH_PARTNER).toMatchObject({ answer: 'YES', proposed: null });
    expect(after.factors.find((f) => f.code === factor.code)).toMatchObject({ rating: 'DEFINITE', note: 'Refuses visits', title: factor.title });
    expect(after.summary).toBe('Draft');
    expect(await db.auditEvent.count({ where: { action: 'risk.save', targetId: a.id, outcome: 'SUCCESS' } })).toBe(1);
  });

  it('refuses an answer code the item does not offer, an unknown item and an unknown factor', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    const result = await saveAssessmentAction({
      assessmentId: a.id,
      version: a.version,
      answers: { MALE_VICTIM: 'MAYBE', NOT_AN_ITEM: 'YES' },
      factors: [{ code: 'NOT_A_FACTOR', rating: 'NONE', note: '' }],
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: {
        'answers.MALE_VICTIM': { key: 'riskWorkflow.validation.unknownAnswer' },
        'answers.NOT_AN_ITEM': { key: 'validation.invalid' },
        'factors.NOT_A_FACTOR': { key: 'validation.invalid' },
      },
    });
    expect((await load(a.id)).version).toBe(a.version);
  });

  it('two savers of the same version: the second gets a conflict and the first one’s answers stay', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    expect(await saveAssessmentAction({ assessmentId: a.id, version: a.version, answers: { MALE_VICTIM: 'NO' } })).toMatchObject({ ok: true });
    expect(await saveAssessmentAction({ assessmentId: a.id, version: a.version, answers: { MALE_VICTIM: 'YES' } })).toMatchObject({
      ok: false,
      code: 'conflict',
      message: { key: 'riskWorkflow.errors.changed' },
    });
    expect((await load(a.id)).parsed.MALE_VICTIM.answer).toBe('NO');
  });
});

describe('submit', () => {
  it('refuses a proposal not confirmed and a factor not rated', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    const form = completeForm(a);
    const unconfirmed = { ...form, answers: { ...form.answers, MALE_VICTIM: null } };
    const unrated = { ...form, factors: form.factors.map((f, i) => (i === 2 ? { ...f, rating: null } : f)) };
    expect(await submitAssessmentAction(unconfirmed)).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { 'answers.MALE_VICTIM': { key: 'riskWorkflow.validation.unanswered' }, _form: { key: 'riskWorkflow.validation.incomplete' } },
    });
    expect(await submitAssessmentAction(unrated)).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { [`factors.${a.factors[2].code}`]: { key: 'riskWorkflow.validation.unrated' } },
    });
    expect((await load(a.id)).status).toBe('DRAFT');
  });

  it('scores on the server, records the band, and tells the region’s supervisors', async () => {
    const person = await freshPerson();
    const a = await submitted(person.id, (codes) => codes[codes.length - 1]);
    const expected = scoreAnswers(a.definition, a.parsed);
    expect(expected.complete).toBe(true);
    expect(a).toMatchObject({ status: 'SUBMITTED', score: expected.score, bandCode: expected.band!.code, bandRank: expected.band!.rank });
    expect(a.submittedAt).toBeInstanceOf(Date);
    const notice = await db.notification.findFirst({ where: { recipientId: world.users.supervisor.id, entityId: a.id } });
    expect(notice).toMatchObject({ kind: 'RISK_ASSESSMENT_SUBMITTED', link: `/risk/${a.id}` });
    expect(await db.notification.count({ where: { recipientId: world.users.supervisor2.id, entityId: a.id } })).toBe(0);
    const event = await db.auditEvent.findFirst({ where: { action: 'risk.submit', targetId: a.id } });
    expect(event?.details).toMatchObject({ score: expected.score, band: expected.band!.code });
  });
});

describe('countersign', () => {
  it('only a second person: an officer, a supervisor of another region and the assessor are refused', async () => {
    const person = await freshPerson();
    const a = await submitted(person.id);
    const ref = { assessmentId: a.id, version: a.version };
    await actAs(world.users.officer);
    expect(await countersignAssessmentAction(ref)).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.supervisor2);
    expect(await countersignAssessmentAction(ref)).toMatchObject({ ok: false, code: 'not_found' });
    // A supervisor who is the assessor (e.g. promoted since): refused by name, not by role.
    await db.riskAssessment.update({ where: { id: a.id }, data: { assessorId: world.users.supervisor.id } });
    await actAs(world.users.supervisor);
    expect(await countersignAssessmentAction(ref)).toMatchObject({ ok: false, code: 'forbidden', message: { key: 'riskWorkflow.errors.ownAssessment' } });
    expect((await load(a.id)).status).toBe('SUBMITTED');
  });

  it('locks the assessment, makes it the person’s current band, settles open dues, raises the next annual one, tells the assessor', async () => {
    const person = await freshPerson();
    const due = await db.riskReassessmentDue.create({
      data: { personId: person.id, reason: 'NEW_CONVICTION', sourceId: `src-${person.id}`, dueOn: new Date('2026-01-01T00:00:00Z') },
    });
    const a = await countersigned(person.id);
    expect(a).toMatchObject({ status: 'COUNTERSIGNED', countersignerId: world.users.supervisor.id });
    const p = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(p).toMatchObject({ riskAssessmentId: a.id, riskScore: a.score, riskBandCode: a.bandCode, riskBandRank: a.bandRank });
    expect(await db.riskReassessmentDue.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ satisfiedById: a.id });
    const annual = await db.riskReassessmentDue.findFirst({ where: { personId: person.id, reason: 'ANNUAL', sourceId: a.id } });
    expect(annual?.dueOn).toEqual(annualDueOn(a.countersignedAt!));
    expect(
      await db.notification.findFirst({ where: { recipientId: world.users.officer.id, entityId: a.id, kind: 'RISK_ASSESSMENT_COUNTERSIGNED' } }),
    ).not.toBeNull();
  });

  it('a countersigned assessment cannot be changed by any action; the row stays as it was', async () => {
    const person = await freshPerson();
    const a = await countersigned(person.id);
    const before = await db.riskAssessment.findUniqueOrThrow({ where: { id: a.id } });
    const ref = { assessmentId: a.id, version: a.version };
    await actAs(world.users.officer);
    expect(await saveAssessmentAction({ ...ref, answers: { MALE_VICTIM: 'NO' } })).toMatchObject({ ok: false, message: { key: 'riskWorkflow.errors.locked' } });
    expect(await submitAssessmentAction(completeForm(a))).toMatchObject({ ok: false, message: { key: 'riskWorkflow.errors.locked' } });
    await actAs(world.users.supervisor);
    expect(await returnAssessmentAction({ ...ref, reason: 'Again' })).toMatchObject({ ok: false, message: { key: 'riskWorkflow.errors.locked' } });
    expect(await countersignAssessmentAction(ref)).toMatchObject({ ok: false, message: { key: 'riskWorkflow.errors.locked' } });
    expect(await db.riskAssessment.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
  });
});

describe('return', () => {
  it('needs a reason, tells the officer, and the officer can edit and resubmit', async () => {
    const person = await freshPerson();
    const a = await submitted(person.id);
    await actAs(world.users.supervisor);
    expect(await returnAssessmentAction({ assessmentId: a.id, version: a.version, reason: '  ' })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { reason: { key: 'validation.required' } },
    });
    expect(await returnAssessmentAction({ assessmentId: a.id, version: a.version, reason: 'Check the prior convictions' })).toMatchObject({ ok: true });
    const returned = await load(a.id);
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Check the prior convictions' });
    const notice = await db.notification.findFirst({ where: { recipientId: world.users.officer.id, entityId: a.id, kind: 'RISK_ASSESSMENT_RETURNED' } });
    expect(notice?.params).toEqual({}); // the reason is read on the page, never carried by a notification
    // Returned: the supervisor cannot countersign it; the officer edits and submits again.
    expect(await countersignAssessmentAction({ assessmentId: a.id, version: returned.version })).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.officer);
    const form = completeForm(returned, (codes) => codes[1]);
    expect(await submitAssessmentAction(form)).toMatchObject({ ok: true });
    const again = await load(a.id);
    expect(again.status).toBe('SUBMITTED');
    expect(again.score).toBe(scoreAnswers(again.definition, again.parsed).score);
  });
});

describe('correction', () => {
  it('a new draft names the countersigned one, which stays current until the correction is countersigned, then is superseded', async () => {
    const person = await freshPerson();
    const first = await countersigned(person.id, (codes) => codes[0]);
    await actAs(world.users.officer);
    expect(await correctAssessmentAction({ assessmentId: first.id, version: first.version, reason: '' })).toMatchObject({ ok: false, code: 'validation' });
    const corrected = await correctAssessmentAction({ assessmentId: first.id, version: first.version, reason: 'Prior conviction found' });
    expect(corrected.ok).toBe(true);
    const draft = await load((corrected as { data: { assessmentId: string } }).data.assessmentId);
    expect(draft).toMatchObject({ status: 'DRAFT', correctsId: first.id, instrumentId: first.instrumentId, correctionReason: 'Prior conviction found' });
    expect(draft.parsed).toEqual(first.parsed);
    expect(draft.factors).toEqual(first.factors);
    // A second correction while one is open: refused; "start" continues the open one.
    expect(await correctAssessmentAction({ assessmentId: first.id, version: first.version, reason: 'Again' })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'riskWorkflow.errors.openExists' } },
    });
    expect(await startAssessmentAction({ personId: person.id })).toMatchObject({ ok: true, data: { assessmentId: draft.id } });
    expect((await db.riskAssessment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('COUNTERSIGNED');

    expect(await submitAssessmentAction(completeForm(draft, (codes) => codes[codes.length - 1]))).toMatchObject({ ok: true });
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).riskAssessmentId).toBe(first.id);
    const submittedCorrection = await load(draft.id);
    await actAs(world.users.supervisor);
    expect(await countersignAssessmentAction({ assessmentId: draft.id, version: submittedCorrection.version })).toMatchObject({ ok: true });
    expect((await db.riskAssessment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('SUPERSEDED');
    const p = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(p).toMatchObject({ riskAssessmentId: draft.id, riskScore: submittedCorrection.score, riskBandCode: submittedCorrection.bandCode });
    expect(submittedCorrection.score).not.toBe(first.score);
    // The superseded one is locked too, and cannot be corrected again.
    await actAs(world.users.officer);
    expect(await correctAssessmentAction({ assessmentId: first.id, version: first.version + 1, reason: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('view', () => {
  it('is audited with the read; out of scope is not found and audited as denied', async () => {
    const person = await freshPerson();
    const a = await started(person.id);
    const meta = { ip: '10.0.0.9', requestId: null };
    const seen = await viewAssessment({ db, actor: await actorOf(world.users.officer), meta, assessmentId: a.id });
    expect(seen).toMatchObject({ id: a.id, status: 'DRAFT', running: { complete: false } });
    expect(await db.auditEvent.findFirst({ where: { action: 'risk.view', targetId: a.id, actorId: world.users.officer.id } })).toMatchObject({
      outcome: 'SUCCESS',
    });
    expect(await viewAssessment({ db, actor: await actorOf(world.users.supervisor), meta, assessmentId: a.id })).not.toBeNull();
    for (const outsider of [world.users.officer2, world.users.supervisor2, world.users.police]) {
      expect(await viewAssessment({ db, actor: await actorOf(outsider), meta, assessmentId: a.id })).toBeNull();
      expect(await db.auditEvent.findFirst({ where: { action: 'risk.view', targetId: a.id, actorId: outsider.id } })).toMatchObject({ outcome: 'DENIED' });
    }
  });

  it('the start page finds the open assessment to continue; a person out of scope is not found', async () => {
    const person = await freshPerson();
    const officer = await actorOf(world.users.officer);
    expect(await findStartState({ db, actor: officer, personId: person.id })).toMatchObject({ openId: null, instrument: { version: expect.any(Number) } });
    const a = await started(person.id);
    expect(await findStartState({ db, actor: officer, personId: person.id })).toMatchObject({ openId: a.id });
    expect(await findStartState({ db, actor: await actorOf(world.users.officer2), personId: person.id })).toBeNull();
  });
});

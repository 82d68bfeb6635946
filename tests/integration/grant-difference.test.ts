import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { decidePetitionAction, endorsePetitionAction, filePetitionAction, saveDraftAction, startPetitionAction } from '@/lib/petitions/actions';
import { findDifferingDecisions } from '@/lib/petitions/differing-decisions';
import { createPerson } from '@/prisma/seed/factories';
import { localToday } from '@/lib/i18n/format';

// A grant beyond what the petition asked (lib/petitions/grant-difference.ts) needs the clerk's
// acknowledgement with the ruling number; it is stored, audited and shown to the region's supervisor.

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
  await db.riskFactor.upsert({
    where: { code: 'repeat-violations' },
    create: { code: 'repeat-violations', titleEn: 'R', titleRu: 'Р', titleKk: 'Р' },
    update: {},
  });
});

/** A petition asking for 3 more years, filed with the world's court; the order ends in a few weeks. */
async function filedPetition() {
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
  await actAs(world.users.police);
  const started = await startPetitionAction({ personId: person.id, orderId: order!.id });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const id = started.data.petitionId;
  const version = async () => (await db.extensionPetition.findUniqueOrThrow({ where: { id } })).version;
  expect(
    (
      await saveDraftAction({
        petitionId: id,
        version: await version(),
        grounds: 'Repeated curfew breaches.',
        riskFactorCodes: ['repeat-violations'],
        requestedLifelong: false,
        requestedTermYears: '3',
        courtId: world.court.id,
        language: 'RU',
      })
    ).ok,
  ).toBe(true);
  await actAs(world.users.supervisor);
  expect((await endorsePetitionAction({ petitionId: id, version: await version() })).ok).toBe(true);
  await actAs(world.users.police);
  expect((await filePetitionAction({ petitionId: id, version: await version() })).ok).toBe(true);
  await actAs(world.users.clerk);
  return { id, order: order!, version };
}

/** Everything a refused decision must have left as it was. */
async function stateOf(petitionId: string, orderId: string) {
  return {
    petition: await db.extensionPetition.findUniqueOrThrow({ where: { id: petitionId }, select: { status: true, version: true } }),
    order: await db.supervisionOrder.findUniqueOrThrow({ where: { id: orderId }, include: { extensions: true, restrictions: true } }),
    decisions: await db.courtDecision.count({ where: { petitionId } }),
    tasks: await db.announcementTask.count({ where: { decision: { petitionId } } }),
  };
}

// Today in Kazakhstan: not in the future, on or after the filing, before the order ends.
const decisionDate = () => localToday();

describe('a grant beyond the request', () => {
  it('is refused without the acknowledgement, and with a ruling number that does not match; nothing is saved', async () => {
    const { id, order, version } = await filedPetition();
    const before = await stateOf(id, order.id);
    const lifelong = { petitionId: id, version: await version(), outcome: 'GRANTED_LIFELONG', decisionNumber: '2-123/2026', decisionDate: decisionDate() };

    expect(await decidePetitionAction(lifelong)).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { acknowledgeDifference: { key: 'petitionDecision.validation.acknowledgeDifference' } },
    });
    expect(await decidePetitionAction({ ...lifelong, acknowledgeDifference: false, acknowledgedRulingNumber: '2-123/2026' })).toMatchObject({
      ok: false,
      fieldErrors: { acknowledgeDifference: { key: 'petitionDecision.validation.acknowledgeDifference' } },
    });
    expect(await decidePetitionAction({ ...lifelong, acknowledgeDifference: true })).toMatchObject({
      ok: false,
      fieldErrors: { acknowledgedRulingNumber: { key: 'petitionDecision.validation.rulingNumberMismatch' } },
    });
    expect(await decidePetitionAction({ ...lifelong, acknowledgeDifference: true, acknowledgedRulingNumber: '2-124/2026' })).toMatchObject({
      ok: false,
      fieldErrors: { acknowledgedRulingNumber: { key: 'petitionDecision.validation.rulingNumberMismatch' } },
    });
    // More years than asked is a difference too.
    expect(await decidePetitionAction({ ...lifelong, outcome: 'GRANTED_YEARS', termYears: '4' })).toMatchObject({
      ok: false,
      fieldErrors: { acknowledgeDifference: { key: 'petitionDecision.validation.acknowledgeDifference' } },
    });

    expect(await stateOf(id, order.id)).toEqual(before);
    expect(before).toMatchObject({ petition: { status: 'FILED' }, decisions: 0, tasks: 0 });
  });

  it('is recorded with the acknowledgement: flagged on the decision and in the audit trail', async () => {
    const { id, order, version } = await filedPetition();
    const result = await decidePetitionAction({
      petitionId: id,
      version: await version(),
      outcome: 'GRANTED_LIFELONG',
      decisionNumber: '2-125/2026',
      decisionDate: decisionDate(),
      acknowledgeDifference: true,
      acknowledgedRulingNumber: ' 2-125/2026 ',
    });
    expect(result).toMatchObject({ ok: true });
    expect(await db.courtDecision.findUniqueOrThrow({ where: { petitionId: id } })).toMatchObject({ outcome: 'GRANTED_LIFELONG', differsFromRequest: true });
    expect(await db.supervisionOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ lifelong: true, endDate: null });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'petition.decide', targetId: id, outcome: 'SUCCESS' } });
    expect(event.details).toEqual({ outcome: 'GRANTED_LIFELONG', decisionNumber: '2-125/2026', differsFromRequest: true, requested: 3, granted: 'lifelong' });
  });

  it('does not flag a grant of the term asked or less, and needs no acknowledgement for it', async () => {
    const { id, version } = await filedPetition();
    expect(
      await decidePetitionAction({
        petitionId: id,
        version: await version(),
        outcome: 'GRANTED_YEARS',
        termYears: '3',
        decisionNumber: '2-126/2026',
        decisionDate: decisionDate(),
      }),
    ).toMatchObject({ ok: true });
    expect((await db.courtDecision.findUniqueOrThrow({ where: { petitionId: id } })).differsFromRequest).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'petition.decide', targetId: id, outcome: 'SUCCESS' } });
    expect(event.details).toEqual({ outcome: 'GRANTED_YEARS', decisionNumber: '2-126/2026' });
  });

  it("is listed for the supervisor of the person's region, and not for another region's", async () => {
    const differing = await filedPetition();
    expect(
      (
        await decidePetitionAction({
          petitionId: differing.id,
          version: await differing.version(),
          outcome: 'GRANTED_YEARS',
          termYears: '5',
          decisionNumber: '2-127/2026',
          decisionDate: decisionDate(),
          acknowledgeDifference: true,
          acknowledgedRulingNumber: '2-127/2026',
        })
      ).ok,
    ).toBe(true);
    const asked = await filedPetition();
    expect(
      (
        await decidePetitionAction({
          petitionId: asked.id,
          version: await asked.version(),
          outcome: 'GRANTED_YEARS',
          termYears: '2',
          decisionNumber: '2-128/2026',
          decisionDate: decisionDate(),
        })
      ).ok,
    ).toBe(true);

    const own = await findDifferingDecisions({ db, actor: await actorOf(world.users.supervisor), take: 500 });
    const petitions = own.map((d) => d.petition.id);
    expect(petitions).toContain(differing.id);
    expect(petitions).not.toContain(asked.id);
    expect(own.find((d) => d.petition.id === differing.id)).toMatchObject({
      outcome: 'GRANTED_YEARS',
      termYears: 5,
      decisionNumber: '2-127/2026',
      petition: { requestedTermYears: 3, requestedLifelong: false },
    });
    // Narrowed by the dashboard's district filter: the person lives in the first district.
    expect(
      (await findDifferingDecisions({ db, actor: await actorOf(world.users.supervisor), filter: { districtId: world.district2.id }, take: 500 })).map(
        (d) => d.petition.id,
      ),
    ).not.toContain(differing.id);

    const other = await findDifferingDecisions({ db, actor: await actorOf(world.users.supervisor2), take: 500 });
    expect(other.map((d) => d.petition.id)).not.toContain(differing.id);
    // Police of another region's district see none of it either.
    expect((await findDifferingDecisions({ db, actor: await actorOf(world.users.police2), take: 500 })).map((d) => d.petition.id)).not.toContain(differing.id);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actAsOnce, buildWorld, db, type TWorld } from '../helpers/world';
import {
  decidePetitionAction,
  endorsePetitionAction,
  filePetitionAction,
  recordAnnouncementAction,
  returnPetitionAction,
  saveDraftAction,
  setHearingAction,
  startPetitionAction,
  withdrawPetitionAction,
} from '@/lib/petitions/actions';
import { createPerson, createUser } from '@/prisma/seed/factories';
import { PDFDocument } from 'pdf-lib';
import { addYears } from 'date-fns';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';

// Dates relative to Kazakhstan's today: a decision cannot be in the future (date rules, issue 9).
const TODAY = kzToday();
const today = toDateInput(TODAY);
const ORDER_END = addCalendarDays(TODAY, 19);
const plusYears = (years: number) => toDateInput(new Date(addYears(ORDER_END, years).getTime()));

let world: TWorld;
let clerkB: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  world = await buildWorld();
  clerkB = await createUser(db, { role: 'CLERK', courtId: world.court.id, fullName: 'Second Clerk' });
  await db.riskFactor.upsert({
    where: { code: 'repeat-violations' },
    create: { code: 'repeat-violations', titleEn: 'R', titleRu: 'Р', titleKk: 'Р' },
    update: {},
  });
});

async function orderEndingSoon(endDate = ORDER_END) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2018, 11, 20)),
    order: { endDate },
  });
  return { person, order: order! };
}

/** Drafts, completes, endorses and files a petition; returns its id and current version. */
async function filedPetition(language: 'RU' | 'KK' = 'RU', endDate = ORDER_END) {
  const { person, order } = await orderEndingSoon(endDate);
  await actAs(world.users.police);
  const started = await startPetitionAction({ personId: person.id, orderId: order.id });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const id = started.data.petitionId;
  const v = async () => (await db.extensionPetition.findUniqueOrThrow({ where: { id } })).version;
  const saved = await saveDraftAction({
    petitionId: id,
    version: await v(),
    grounds: 'Two missed check-ins and a curfew breach.',
    riskFactorCodes: ['repeat-violations'],
    requestedLifelong: false,
    requestedTermYears: '3',
    courtId: world.court.id,
    language,
  });
  expect(saved.ok).toBe(true);
  await actAs(world.users.supervisor);
  expect((await endorsePetitionAction({ petitionId: id, version: await v() })).ok).toBe(true);
  await actAs(world.users.police);
  expect((await filePetitionAction({ petitionId: id, version: await v() })).ok).toBe(true);
  return { id, person, order, version: v };
}

describe('petition lifecycle', () => {
  it('is prefilled from the record, endorsed by a second person, filed as a PDF in Kazakh or Russian', async () => {
    for (const language of ['RU', 'KK'] as const) {
      const { id } = await filedPetition(language);
      const petition = await db.extensionPetition.findUniqueOrThrow({ where: { id } });
      expect(petition).toMatchObject({ status: 'FILED', endorserId: world.users.supervisor.id, language });
      expect(petition.filingNumber).toMatch(/^EP-\d{4}-\d{5}$/);
      expect((petition.prefill as { person: { iin: string } }).person.iin).toHaveLength(12);
      const pdf = await PDFDocument.load(petition.pdf!);
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(Buffer.from(petition.pdf!.slice(0, 5)).toString()).toBe('%PDF-');
    }
  });

  it('grants an extension atomically: end moves, chain grows, restrictions change, announcement task appears', async () => {
    const { id, order, version } = await filedPetition();
    await actAs(world.users.clerk);
    expect((await setHearingAction({ petitionId: id, version: await version(), hearingDate: today, hearingTime: '09:00', courtroom: '2' })).ok).toBe(true);
    const granted = await decidePetitionAction({
      petitionId: id,
      version: await version(),
      outcome: 'GRANTED_YEARS',
      termYears: '2',
      decisionNumber: 'D-1',
      decisionDate: today,
      reportingTimesPerMonth: '4',
    });
    expect(granted.ok).toBe(true);
    const after = await db.supervisionOrder.findUniqueOrThrow({ where: { id: order.id }, include: { extensions: true, restrictions: true } });
    expect(after.endDate?.toISOString().slice(0, 10)).toBe(plusYears(2));
    expect(after.extensions.map((e) => [e.previousEndDate?.toISOString().slice(0, 10), e.newEndDate?.toISOString().slice(0, 10), e.rulingNumber])).toEqual([
      [toDateInput(ORDER_END), plusYears(2), 'D-1'],
    ]);
    const reporting = after.restrictions.filter((r) => r.type === 'REPORTING');
    expect(reporting.find((r) => r.effectiveTo === null)?.params).toEqual({ timesPerMonth: 4 });
    expect(
      reporting
        .find((r) => r.effectiveTo !== null)
        ?.effectiveTo?.toISOString()
        .slice(0, 10),
    ).toBe(toDateInput(addCalendarDays(TODAY, -1)));
    expect((await db.extensionPetition.findUniqueOrThrow({ where: { id } })).status).toBe('GRANTED');
    const task = await db.announcementTask.findFirstOrThrow({ where: { decision: { petitionId: id } } });
    await actAs(world.users.police);
    expect(await recordAnnouncementAction({ taskId: task.id, version: task.version, outcome: 'REFUSED', refusalWitness: '' })).toMatchObject({
      ok: false,
      fieldErrors: { refusalWitness: { key: 'validation.required' } },
    });
    expect((await recordAnnouncementAction({ taskId: task.id, version: task.version, outcome: 'REFUSED', refusalWitness: 'Inspector A. Nurlanov' })).ok).toBe(
      true,
    );
    expect(await db.announcementTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: 'REFUSED',
      refusalWitness: 'Inspector A. Nurlanov',
    });
  });

  it('grants for life, or denies and leaves the order as it was', async () => {
    const life = await filedPetition();
    await actAs(world.users.clerk);
    // Three years were asked: life needs the acknowledgement (tests/integration/grant-difference.test.ts).
    expect(
      await decidePetitionAction({
        petitionId: life.id,
        version: await life.version(),
        outcome: 'GRANTED_LIFELONG',
        decisionNumber: 'D-2',
        decisionDate: today,
        acknowledgeDifference: true,
        acknowledgedRulingNumber: 'D-2',
      }),
    ).toMatchObject({ ok: true });
    expect(await db.supervisionOrder.findUniqueOrThrow({ where: { id: life.order.id } })).toMatchObject({ lifelong: true, endDate: null });
    // A lifelong order has nothing left to extend.
    await actAs(world.users.police);
    expect(await startPetitionAction({ personId: life.person.id, orderId: life.order.id })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'validation.alreadyLifelong' } },
    });

    const denied = await filedPetition();
    const before = await db.supervisionOrder.findUniqueOrThrow({ where: { id: denied.order.id } });
    await actAs(world.users.clerk);
    expect(
      (
        await decidePetitionAction({
          petitionId: denied.id,
          version: await denied.version(),
          outcome: 'DENIED',
          decisionNumber: 'D-3',
          decisionDate: today,
          reason: 'Insufficient grounds',
        })
      ).ok,
    ).toBe(true);
    const after = await db.supervisionOrder.findUniqueOrThrow({ where: { id: denied.order.id }, include: { extensions: true } });
    expect(after.endDate).toEqual(before.endDate);
    expect(after.extensions).toHaveLength(0);
  });

  it('two clerks deciding at once: exactly one decision is stored, the other learns who decided', async () => {
    const { id, order, version } = await filedPetition();
    const v = await version();
    // Five years is more than the three asked: acknowledged (needless, and harmless, for one year).
    const decide = (years: string) =>
      decidePetitionAction({
        petitionId: id,
        version: v,
        outcome: 'GRANTED_YEARS',
        termYears: years,
        decisionNumber: `D-${years}`,
        decisionDate: today,
        acknowledgeDifference: true,
        acknowledgedRulingNumber: `D-${years}`,
      });
    // Each call resolves its own clerk's session, in call order.
    await actAsOnce(world.users.clerk);
    await actAsOnce(clerkB);
    const [a, b] = await Promise.all([decide('1'), decide('5')]);
    // On a real server either may win; exactly one does, and the other is told who.
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const winner = a.ok ? world.users.clerk : clerkB;
    expect(a.ok ? b : a).toMatchObject({ ok: false, code: 'conflict', message: { key: 'errors.alreadyDecided', values: { clerk: winner.fullName } } });
    expect(await db.courtDecision.count({ where: { petitionId: id } })).toBe(1);
    const end = (await db.supervisionOrder.findUniqueOrThrow({ where: { id: order.id } })).endDate?.toISOString().slice(0, 10);
    expect(end).toBe(a.ok ? plusYears(1) : plusYears(5));
  });

  it('refuses endorsement by the drafter, a decision on a withdrawn petition, and a clerk of another court', async () => {
    const { person, order } = await orderEndingSoon();
    await actAs(world.users.police);
    const started = await startPetitionAction({ personId: person.id, orderId: order.id });
    if (!started.ok) throw new Error('start failed');
    const id = started.data.petitionId;
    const v = async () => (await db.extensionPetition.findUniqueOrThrow({ where: { id } })).version;
    // Police may not endorse at all; the permission module refuses.
    expect(await endorsePetitionAction({ petitionId: id, version: await v() })).toMatchObject({ ok: false, code: 'forbidden' });
    // An incomplete draft cannot be endorsed.
    await actAs(world.users.supervisor);
    expect(await endorsePetitionAction({ petitionId: id, version: await v() })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'validation.petitionIncomplete' } },
    });
    expect((await returnPetitionAction({ petitionId: id, version: await v(), comment: 'Add the grounds' })).ok).toBe(true);
    await actAs(world.users.police);
    expect((await withdrawPetitionAction({ petitionId: id, version: await v(), reason: 'Duplicate' })).ok).toBe(true);
    await actAs(world.users.clerk);
    expect(
      await decidePetitionAction({ petitionId: id, version: await v(), outcome: 'DENIED', decisionNumber: 'X', decisionDate: today, reason: 'x' }),
    ).toMatchObject({ ok: false, code: 'not_found' });

    const other = await createUser(db, { role: 'CLERK', courtId: world.court2.id });
    const filed = await filedPetition();
    await actAs(other);
    expect(
      await decidePetitionAction({
        petitionId: filed.id,
        version: await filed.version(),
        outcome: 'DENIED',
        decisionNumber: 'X',
        decisionDate: today,
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.courtDecision.count({ where: { petitionId: filed.id } })).toBe(0);
  });

  it('refuses illegal moves whatever the client sends', async () => {
    const { id, version } = await filedPetition();
    await actAs(world.users.police);
    expect(await filePetitionAction({ petitionId: id, version: await version() })).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: { key: 'errors.illegalTransition' },
    });
    await actAs(world.users.supervisor);
    expect(await returnPetitionAction({ petitionId: id, version: await version(), comment: 'back' })).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.clerk);
    expect(
      (await decidePetitionAction({ petitionId: id, version: await version(), outcome: 'DENIED', decisionNumber: 'D', decisionDate: today, reason: 'x' })).ok,
    ).toBe(true);
    expect(
      await decidePetitionAction({ petitionId: id, version: await version(), outcome: 'GRANTED_LIFELONG', decisionNumber: 'D2', decisionDate: today }),
    ).toMatchObject({ ok: false, code: 'conflict', message: { key: 'errors.alreadyDecided' } });
    await actAs(world.users.police);
    expect(await withdrawPetitionAction({ petitionId: id, version: await version(), reason: 'late' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('the petition document', () => {
  it('holds the person, the requested term, the compliance table and the filing number, in both languages, and regenerates identically', async () => {
    const { execFileSync } = await import('node:child_process');
    const { renderPetitionPdf, PETITION_DOCUMENT_INCLUDE } = await import('@/lib/petitions/pdf');
    const expected = {
      RU: ['ХОДАТАЙСТВО', 'продлить административный надзор на 3 года', 'Явки', 'Неявки'],
      KK: ['ӨТІНІШХАТ', 'әкімшілік қадағалауды 3 жылға ұзартуды', 'Келулер', 'Келмеулер'],
    } as const;
    for (const language of ['RU', 'KK'] as const) {
      const { id, person } = await filedPetition(language);
      const stored = await db.extensionPetition.findUniqueOrThrow({ where: { id }, include: PETITION_DOCUMENT_INCLUDE });
      const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(stored.pdf!) }).toString();
      const fresh = await db.person.findUniqueOrThrow({ where: { id: person.id } });
      for (const needle of [...expected[language], stored.filingNumber!, fresh.iin, fresh.lastName]) expect(text, `${language}: ${needle}`).toContain(needle);
      const riskFactors = await db.riskFactor.findMany({ where: { code: { in: stored.riskFactorCodes } } });
      const again = await renderPetitionPdf({ petition: { ...stored, filingNumber: stored.filingNumber!, filedAt: stored.filedAt! }, riskFactors });
      expect(Buffer.from(again).equals(Buffer.from(stored.pdf!))).toBe(true);
    }
  });
});

describe('atomic grant', () => {
  it('refuses a grant dated after the order ended, and leaves order, chain, restrictions and petition untouched', async () => {
    const { id, order, version } = await filedPetition('RU', addCalendarDays(TODAY, -10));
    const before = await db.supervisionOrder.findUniqueOrThrow({ where: { id: order.id }, include: { extensions: true, restrictions: true } });
    await actAs(world.users.clerk);
    const late = await decidePetitionAction({
      petitionId: id,
      version: await version(),
      outcome: 'GRANTED_YEARS',
      termYears: '2',
      decisionNumber: 'LATE',
      decisionDate: today,
      reportingTimesPerMonth: '4',
    });
    expect(late).toMatchObject({ ok: false, fieldErrors: { decisionDate: { key: 'validation.orderEndedBeforeDecision' } } });
    const after = await db.supervisionOrder.findUniqueOrThrow({ where: { id: order.id }, include: { extensions: true, restrictions: true } });
    expect(after).toEqual(before);
    expect(await db.extensionPetition.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FILED' });
    expect(await db.courtDecision.count({ where: { petitionId: id } })).toBe(0);
    expect(await db.announcementTask.count({ where: { decision: { petitionId: id } } })).toBe(0);
  });
});

describe('petition documents', () => {
  const pdfFile = (name: string) => new File([new TextEncoder().encode('%PDF-1.4\n%x\n')], name, { type: 'application/pdf' });

  it('attaches documents to a draft only, checked by their bytes; stores the decision scan', async () => {
    const { person, order } = await orderEndingSoon();
    await actAs(world.users.police);
    const started = await startPetitionAction({ personId: person.id, orderId: order.id });
    if (!started.ok) throw new Error('start failed');
    const { addAttachmentAction } = await import('@/lib/petitions/actions');
    expect((await addAttachmentAction({ petitionId: started.data.petitionId, file: pdfFile('medical-report.pdf') })).ok).toBe(true);
    expect(await addAttachmentAction({ petitionId: started.data.petitionId, file: new File(['<html>'], 'x.pdf', { type: 'application/pdf' }) })).toMatchObject({
      ok: false,
      fieldErrors: { file: { key: 'validation.evidenceType' } },
    });
    expect(await db.petitionAttachment.count({ where: { petitionId: started.data.petitionId } })).toBe(1);

    const filed = await filedPetition();
    await actAs(world.users.police);
    expect(await addAttachmentAction({ petitionId: filed.id, file: pdfFile('late.pdf') })).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.clerk);
    expect(
      (
        await decidePetitionAction({
          petitionId: filed.id,
          version: await filed.version(),
          outcome: 'DENIED',
          decisionNumber: 'D-9',
          decisionDate: today,
          reason: 'x',
          scan: pdfFile('decision.pdf'),
        })
      ).ok,
    ).toBe(true);
    expect((await db.courtDecision.findUniqueOrThrow({ where: { petitionId: filed.id } })).scanMimeType).toBe('application/pdf');
  });
});

describe('petition state machine, every state × every move', () => {
  // Expected legal moves, written out (not derived from the code under test).
  const LEGAL: Record<string, string[]> = {
    // "return" on a draft sends comments back to the drafter; the state stays draft.
    DRAFT: ['endorse', 'return', 'withdraw'],
    ENDORSED: ['file', 'return', 'withdraw'],
    FILED: ['hearing', 'decide', 'withdraw'],
    HEARING_SET: ['decide'],
    GRANTED: [],
    DENIED: [],
    WITHDRAWN: [],
  };
  const MOVES = ['endorse', 'return', 'file', 'withdraw', 'hearing', 'decide'] as const;

  for (const [status, legal] of Object.entries(LEGAL)) {
    for (const move of MOVES) {
      const expected = legal.includes(move);
      it(`${status}: ${move} is ${expected ? 'allowed' : 'refused'}`, async () => {
        const { person, order } = await orderEndingSoon();
        const { buildPrefill } = await import('@/lib/petitions/prefill');
        const prefill = await db.$transaction((tx) => buildPrefill(tx, { personId: person.id, orderId: order.id, asOf: new Date() }));
        const p = await db.extensionPetition.create({
          data: {
            personId: person.id,
            orderId: order.id,
            courtId: world.court.id,
            drafterId: world.users.police.id,
            grounds: 'g',
            requestedTermYears: 1,
            prefill,
            status: status as 'DRAFT',
            endorserId: status === 'DRAFT' ? null : world.users.supervisor.id,
            filingNumber: ['DRAFT', 'ENDORSED'].includes(status) ? null : `SM-${p0()}`,
          },
        });
        const ref = { petitionId: p.id, version: p.version };
        const { setHearingAction: hearing } = await import('@/lib/petitions/actions');
        const run = {
          endorse: async () => (await actAs(world.users.supervisor), endorsePetitionAction(ref)),
          return: async () => (await actAs(world.users.supervisor), returnPetitionAction({ ...ref, comment: 'c' })),
          file: async () => (await actAs(world.users.police), filePetitionAction(ref)),
          withdraw: async () => (await actAs(world.users.police), withdrawPetitionAction({ ...ref, reason: 'r' })),
          hearing: async () => (
            await actAs(world.users.clerk),
            hearing({ ...ref, hearingDate: toDateInput(addCalendarDays(TODAY, 9)), hearingTime: '11:00', courtroom: '3' })
          ),
          decide: async () => (
            await actAs(world.users.clerk),
            decidePetitionAction({ ...ref, outcome: 'DENIED', decisionNumber: 'D', decisionDate: today, reason: 'r' })
          ),
        }[move];
        const result = await run();
        const after = await db.extensionPetition.findUniqueOrThrow({ where: { id: p.id } });
        if (expected) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result.ok).toBe(false);
          expect(after.status).toBe(status);
          expect(after.version).toBe(p.version);
        }
      });
    }
  }
});

let counter = 0;
function p0() {
  counter++;
  return `${Date.now()}-${counter}`;
}

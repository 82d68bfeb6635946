import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actAsOnce, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { issueWarningAction, recordWarningOutcomeAction } from '@/lib/warnings/actions';
import { countNoticeWorklist, findNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { loadWarningDocument } from '@/lib/warnings/issue-warning';
import { renderWarningPdf } from '@/lib/warnings/pdf';
import { buildPrefill } from '@/lib/petitions/prefill';
import { viewTimeline } from '@/lib/persons/timeline';
import { createPerson } from '@/prisma/seed/factories';
import { localToday } from '@/lib/i18n/format';

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

async function newPerson(restrictions = true) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    restrictions: restrictions
      ? [
          { type: 'CURFEW', from: '22:00', to: '06:00' },
          { type: 'REPORTING', timesPerMonth: 2 },
        ]
      : [],
  });
  return { person, order: order! };
}

async function issue(
  personId: string,
  type: 'LIFELONG_RESTRICTIONS_NOTICE' | 'PUBLIC_ORDER_WARNING' = 'LIFELONG_RESTRICTIONS_NOTICE',
  language: 'RU' | 'KK' = 'RU',
) {
  const result = await issueWarningAction({ personId, type, language });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.warning.findUniqueOrThrow({ where: { id: result.data.warningId } });
}

const pdfText = (pdf: Uint8Array) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf) }).toString();

describe('formal warnings', () => {
  it('are issued by police or officers with a PDF in Russian or Kazakh naming the person, the restrictions and their basis', async () => {
    const { person } = await newPerson();
    await actAs(world.users.police);
    const ru = await issue(person.id, 'LIFELONG_RESTRICTIONS_NOTICE', 'RU');
    expect(ru).toMatchObject({ outcome: 'PENDING', issuedById: world.users.police.id, legalBasisId: world.basis.id, language: 'RU' });
    const textRu = pdfText(ru.pdf!);
    expect(textRu).toContain('УВЕДОМЛЕНИЕ о пожизненных ограничениях');
    expect(textRu).toContain(person.lastName);
    expect(textRu).toContain(person.iin);
    expect(textRu).toContain('Комендантский час: 22:00–06:00');
    expect(textRu).toContain('Закон');
    expect(textRu).toContain('Свидетель');
    await actAs(world.users.officer);
    const kk = await issue(person.id, 'PUBLIC_ORDER_WARNING', 'KK');
    const textKk = pdfText(kk.pdf!);
    expect(textKk).toContain('Қоғамдық тәртіпті сақтау туралы ЕСКЕРТУ');
    expect(textKk).toContain(person.firstName);
    expect(textKk).toContain('Заң');
    const audit = await db.auditEvent.findFirst({ where: { action: 'warning.issue', targetId: kk.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', actorId: world.users.officer.id });
  });

  it('regenerates the same document from stored data', async () => {
    const { person } = await newPerson();
    await actAs(world.users.police);
    const w = await issue(person.id);
    const again = await renderWarningPdf(await db.$transaction((tx) => loadWarningDocument(tx, w.id)));
    expect(Buffer.from(again).equals(Buffer.from(w.pdf!))).toBe(true);
  });

  it('refuses clerks, supervisors and administrators, persons out of scope, and persons with no active order', async () => {
    const { person, order } = await newPerson();
    for (const user of [world.users.clerk, world.users.supervisor, world.users.admin]) {
      await actAs(user);
      expect(await issueWarningAction({ personId: person.id, type: 'PUBLIC_ORDER_WARNING', language: 'RU' })).toMatchObject({ code: 'forbidden' });
    }
    for (const user of [world.users.officer2, world.users.police2]) {
      await actAs(user);
      expect(await issueWarningAction({ personId: person.id, type: 'PUBLIC_ORDER_WARNING', language: 'RU' })).toMatchObject({ code: 'not_found' });
    }
    await db.supervisionOrder.update({ where: { id: order.id }, data: { status: 'EXPIRED' } });
    await actAs(world.users.police);
    const result = await issueWarningAction({ personId: person.id, type: 'PUBLIC_ORDER_WARNING', language: 'RU' });
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { type: { key: 'warnings.validation.noActiveOrder' } } });
    expect(await db.warning.count({ where: { personId: person.id } })).toBe(0);
  });

  it('issues one pending warning of a type when submitted twice at once', async () => {
    const { person } = await newPerson();
    await actAsOnce(world.users.police);
    await actAsOnce(world.users.officer);
    const results = await Promise.all([
      issueWarningAction({ personId: person.id, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' }),
      issueWarningAction({ personId: person.id, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { type: { key: 'warnings.validation.pendingExists' } } });
    expect(await db.warning.count({ where: { personId: person.id } })).toBe(1);
  });

  it('records a signature or a witnessed refusal once, with dates checked', async () => {
    const { person } = await newPerson();
    await actAs(world.users.police);
    const w = await issue(person.id);
    const today = localToday();
    const missingWitness = await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'REFUSED', date: today });
    expect(missingWitness).toMatchObject({ ok: false, fieldErrors: { refusalWitness: { key: 'warnings.validation.witnessRequired' } } });
    const future = await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: '2099-01-01' });
    expect(future).toMatchObject({ ok: false, fieldErrors: { date: { key: 'validation.dateInFuture' } } });
    const beforeIssue = await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: '2020-01-01' });
    expect(beforeIssue).toMatchObject({ ok: false, fieldErrors: { date: { key: 'validation.outcomeBeforeIssue' } } });
    await actAs(world.users.clerk);
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: today })).toMatchObject({ code: 'forbidden' });
    await actAs(world.users.police2);
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: today })).toMatchObject({ code: 'not_found' });
    await actAs(world.users.officer);
    const refused = await recordWarningOutcomeAction({
      warningId: w.id,
      version: w.version,
      outcome: 'REFUSED',
      date: today,
      refusalWitness: 'Sgt. A. Witness',
    });
    expect(refused.ok).toBe(true);
    const stored = await db.warning.findUniqueOrThrow({ where: { id: w.id } });
    expect(stored).toMatchObject({
      outcome: 'REFUSED',
      refusalWitness: 'Sgt. A. Witness',
      signedOn: null,
      outcomeRecordedById: world.users.officer.id,
      version: w.version + 1,
    });
    expect(stored.refusedOn?.toISOString().slice(0, 10)).toBe(today);
    const again = await recordWarningOutcomeAction({ warningId: w.id, version: stored.version, outcome: 'SIGNED', date: today });
    expect(again).toMatchObject({ code: 'conflict' });
    expect((await db.warning.findUniqueOrThrow({ where: { id: w.id } })).outcome).toBe('REFUSED');
  });

  it('keeps persons on the notice worklist until they sign, and shows warnings on the timeline and in the petition prefill', async () => {
    const { person, order } = await newPerson();
    const police = await actorOf(world.users.police);
    const onList = async () => (await findNoticeWorklist({ db, actor: police, page: 1 })).items.find((i) => i.id === person.id);
    const before = await countNoticeWorklist({ db, actor: police });
    expect((await onList())?.notice.state).toBe('NONE');
    await actAs(world.users.police);
    const w = await issue(person.id);
    expect((await onList())?.notice.state).toBe('PENDING');
    // A public-order warning does not take anyone off the notice list.
    await issue(person.id, 'PUBLIC_ORDER_WARNING');
    const today = localToday();
    expect((await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: today })).ok).toBe(true);
    expect(await onList()).toBeUndefined();
    expect(await countNoticeWorklist({ db, actor: police })).toBe(before - 1);
    // Out of scope: the other district's police never see this person on their list.
    const police2 = await actorOf(world.users.police2);
    expect((await findNoticeWorklist({ db, actor: police2, page: 1 })).items.some((i) => i.id === person.id)).toBe(false);

    const timeline = await viewTimeline({ db, actor: police, meta: { ip: null, requestId: null }, personId: person.id, kinds: ['warnings'] });
    expect(timeline!.events.map((e) => (e.kind === 'warnings' ? `${e.warning.type}:${e.warning.event}` : e.kind)).sort()).toEqual([
      'LIFELONG_RESTRICTIONS_NOTICE:issued',
      'LIFELONG_RESTRICTIONS_NOTICE:signed',
      'PUBLIC_ORDER_WARNING:issued',
    ]);
    const prefill = await db.$transaction((tx) => buildPrefill(tx, { personId: person.id, orderId: order.id, asOf: new Date() }));
    expect(prefill.compliance.warningsSigned).toBe(1);
  });
});

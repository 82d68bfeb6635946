import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actAsOnce, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { createIncident, createPublicOrderPerson } from '../helpers/public-order-warnings';
import { issuePublicOrderWarningAction } from '@/lib/public-order/actions';
import { PUBLIC_ORDER_WARNING_BASIS, readPublicOrderWarnings } from '@/lib/public-order/warnings';
import { recordWarningOutcomeAction } from '@/lib/warnings/actions';
import { renderStoredWarningPdf } from '@/lib/warnings/issue-warning';
import { GET as warningDocument } from '@/app/(app)/warnings/[id]/document/route';
import { createPerson } from '@/prisma/seed/factories';
import { viewPerson } from '@/lib/persons/view-person';
import { localToday } from '@/lib/i18n/format';
import { formatLongDate } from '@/lib/i18n/long-form';
import type { TSubject } from '@/lib/public-order/subject';

// Public-order warnings (issue 14, WARNINGS part; docs/decisions/033-public-order-warning-documents.md).

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

const pdfText = (pdf: Uint8Array) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf) }).toString();
/** pdftotext lays out lines; compare with runs of spaces folded. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function newRecord(names: { lastName?: string; firstName?: string } = {}) {
  const record = await createPublicOrderPerson(db, { districtId: world.district.id, createdById: world.users.police.id, ...names });
  return { record, subject: { kind: 'publicOrder', id: record.id } as TSubject };
}

async function incidentsOf(subject: TSubject) {
  const a = await createIncident(db, {
    subject,
    kindCode: 'NOISE',
    occurredOn: day('2026-03-14'),
    recordedById: world.users.police.id,
    place: 'ул. Кенесары 12, двор',
    protocolNumber: 'АП-771',
  });
  const b = await createIncident(db, {
    subject,
    kindCode: 'PETTY_HOOLIGANISM',
    occurredOn: day('2026-09-02'),
    recordedById: world.users.police.id,
    place: 'Остановка Сарыарка',
  });
  return [a, b];
}

async function issue(subject: TSubject, incidentIds: string[], language: 'RU' | 'KK' = 'RU') {
  const result = await issuePublicOrderWarningAction({ subject, incidentIds, language });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.warning.findUniqueOrThrow({ where: { id: result.data.warningId }, include: { incidents: true, legalBasis: true } });
}

function documentAs(id: string) {
  return warningDocument(new Request(`http://localhost/warnings/${id}/document`), { params: Promise.resolve({ id }) });
}

describe('public-order warnings', () => {
  it('issue a warning on a public-order record referring to two incidents, with its PDF in Kazakh or Russian', async () => {
    const { record, subject } = await newRecord({ lastName: 'Сейтқали', firstName: 'Нұрлан' });
    const [a, b] = await incidentsOf(subject);
    await actAs(world.users.police);
    const kk = await issue(subject, [a.id, b.id], 'KK');
    expect(kk).toMatchObject({ type: 'PUBLIC_ORDER_WARNING', publicOrderPersonId: record.id, personId: null, language: 'KK', outcome: 'PENDING' });
    expect(kk.legalBasis.code).toBe(PUBLIC_ORDER_WARNING_BASIS);
    expect(kk.incidents.map((i) => i.incidentId).sort()).toEqual([a.id, b.id].sort());
    const textKk = flat(pdfText(kk.pdf!));
    expect(textKk).toContain('Қоғамдық тәртіпті сақтау туралы ЕСКЕРТУ');
    expect(textKk).toContain('Сейтқали Нұрлан');
    expect(textKk).toContain(record.iin);
    expect(textKk).toContain(formatLongDate(a.occurredOn, 'kk'));
    expect(textKk).toContain('2026 жылғы 2 қыркүйек');
    expect(textKk).toContain('Түнгі уақытта тыныштықты бұзу');
    expect(textKk).toContain('ул. Кенесары 12, двор');
    expect(textKk).toContain('Остановка Сарыарка');
    expect(textKk).toContain('АП-771');
    expect(textKk).toContain('Құқық бұзушылықтардың профилактикасы туралы');
    expect(textKk).toContain('Куә');
    expect(textKk).toContain(`Ескерту № ${kk.id}`);
    // Rendering again from the stored record gives the same bytes (the document route relies on it).
    const again = await db.$transaction((tx) => renderStoredWarningPdf(tx, kk.id));
    expect(Buffer.from(again).equals(Buffer.from(kk.pdf!))).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.warning.issue', targetId: kk.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', actorId: world.users.police.id, targetType: 'Warning' });
    expect(audit.details).toEqual({ warningId: kk.id, incidentCount: 2 });

    // Russian: a second record, the same incidents' shape.
    const ru = await newRecord({ lastName: 'Петренко', firstName: 'Олег' });
    const [c, d] = await incidentsOf(ru.subject);
    const warningRu = await issue(ru.subject, [c.id, d.id], 'RU');
    const textRu = flat(pdfText(warningRu.pdf!));
    expect(textRu).toContain('ПРЕДУПРЕЖДЕНИЕ о соблюдении общественного порядка');
    expect(textRu).toContain('Петренко Олег');
    expect(textRu).toContain('14 марта 2026 г.');
    expect(textRu).toContain('2 сентября 2026 г.');
    expect(textRu).toContain('Мелкое хулиганство');
    expect(textRu).toContain('Остановка Сарыарка');
    expect(textRu).toContain('административный протокол № АП-771');
    expect(textRu).toContain('О профилактике правонарушений');
    expect(textRu).toContain('Свидетель');
  });

  it('refuses incidents of another subject, no incidents, and a second pending warning', async () => {
    const { subject } = await newRecord();
    const other = await newRecord();
    const [mine] = await incidentsOf(subject);
    const [theirs] = await incidentsOf(other.subject);
    await actAs(world.users.police);
    expect(await issuePublicOrderWarningAction({ subject, incidentIds: [mine.id, theirs.id], language: 'RU' })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { incidentIds: { key: 'publicOrderWarnings.validation.incidentNotOwn' } },
    });
    expect(await issuePublicOrderWarningAction({ subject, incidentIds: [], language: 'RU' })).toMatchObject({
      ok: false,
      fieldErrors: { incidentIds: { key: 'publicOrderWarnings.validation.incidentsRequired' } },
    });
    expect(await db.warning.count({ where: { publicOrderPersonId: subject.id } })).toBe(0);
    await issue(subject, [mine.id]);
    expect(await issuePublicOrderWarningAction({ subject, incidentIds: [mine.id], language: 'KK' })).toMatchObject({
      ok: false,
      fieldErrors: { incidentIds: { key: 'publicOrderWarnings.validation.pendingExists' } },
    });
    expect(await db.warning.count({ where: { publicOrderPersonId: subject.id } })).toBe(1);
  });

  it('gives one pending warning when two police issue at once', async () => {
    const { subject } = await newRecord();
    const [a] = await incidentsOf(subject);
    const police = await db.user.findUniqueOrThrow({ where: { id: world.users.police.id } });
    await actAsOnce(police);
    await actAsOnce(police);
    const results = await Promise.all([
      issuePublicOrderWarningAction({ subject, incidentIds: [a.id], language: 'RU' }),
      issuePublicOrderWarningAction({ subject, incidentIds: [a.id], language: 'KK' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { incidentIds: { key: 'publicOrderWarnings.validation.pendingExists' } } });
    expect(await db.warning.count({ where: { publicOrderPersonId: subject.id } })).toBe(1);
  });

  it('puts the warning of a supervised person on their Person record, without needing an active order', async () => {
    const { person, order } = await createPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      officerId: world.users.officer.id,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
    });
    await db.supervisionOrder.update({ where: { id: order!.id }, data: { status: 'EXPIRED' } });
    await db.address.create({
      data: {
        personId: person.id,
        kind: 'REGISTERED',
        districtId: world.district.id,
        locality: 'Астана',
        street: 'Бейбітшілік',
        building: '7',
        validFrom: day('2020-01-01'),
      },
    });
    const subject: TSubject = { kind: 'person', id: person.id };
    const [a, b] = await incidentsOf(subject);
    await actAs(world.users.police);
    const w = await issue(subject, [a.id, b.id], 'RU');
    expect(w).toMatchObject({ personId: person.id, publicOrderPersonId: null, type: 'PUBLIC_ORDER_WARNING' });
    const text = flat(pdfText(w.pdf!));
    expect(text).toContain('ПРЕДУПРЕЖДЕНИЕ о соблюдении общественного порядка');
    expect(text).toContain(person.lastName);
    expect(text).toContain(person.iin);
    expect(text).toContain('Остановка Сарыарка');
    expect(text).toContain('Астана, Бейбітшілік 7');
    // Nobody is notified: the police who issue a public-order warning serve it.
    expect(await db.notification.count({ where: { entityId: w.id } })).toBe(0);
    // An officer reads the person but not their public-order work: neither the document nor an outcome.
    await actAs(world.users.officer);
    expect((await documentAs(w.id)).status).toBe(404);
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: localToday() })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const section = await readPublicOrderWarnings(db, await actorOf(world.users.police), subject);
    expect(section?.warnings.map((x) => x.id)).toEqual([w.id]);
    expect(await readPublicOrderWarnings(db, await actorOf(world.users.officer), subject)).toBeNull();
    // The supervision warnings section of the person's page leaves it to the public-order section.
    const view = await viewPerson({ db, actor: await actorOf(world.users.police), meta: { ip: null, requestId: null }, personId: person.id });
    expect(view?.warnings.map((x) => x.id)).not.toContain(w.id);
  });

  it('is issued by police in scope only', async () => {
    const { subject } = await newRecord();
    const [a] = await incidentsOf(subject);
    for (const user of [world.users.officer, world.users.clerk, world.users.supervisor, world.users.admin]) {
      await actAs(user);
      expect(await issuePublicOrderWarningAction({ subject, incidentIds: [a.id], language: 'RU' })).toMatchObject({ code: 'forbidden' });
    }
    await actAs(world.users.police2);
    expect(await issuePublicOrderWarningAction({ subject, incidentIds: [a.id], language: 'RU' })).toMatchObject({ code: 'not_found' });
    expect(await db.warning.count({ where: { publicOrderPersonId: subject.id } })).toBe(0);
    expect(await readPublicOrderWarnings(db, await actorOf(world.users.police2), subject)).toBeNull();
    expect(await readPublicOrderWarnings(db, await actorOf(world.users.supervisor2), subject)).toBeNull();
    expect(await readPublicOrderWarnings(db, await actorOf(world.users.supervisor), subject)).toMatchObject({ warnings: [] });
  });

  it('records a signature, or a refusal before a named witness, once; other districts do not find it', async () => {
    const { subject } = await newRecord();
    const [a] = await incidentsOf(subject);
    await actAs(world.users.police);
    const w = await issue(subject, [a.id]);
    const today = localToday();
    // The document: police and supervisors in scope; others not found.
    expect((await documentAs(w.id)).status).toBe(200);
    await actAs(world.users.supervisor);
    const served = await documentAs(w.id);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(w.pdf!))).toBe(true);
    for (const user of [world.users.police2, world.users.supervisor2, world.users.officer, world.users.clerk]) {
      await actAs(user);
      expect((await documentAs(w.id)).status).toBe(404);
    }

    await actAs(world.users.police2);
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: today })).toMatchObject({ code: 'not_found' });
    await actAs(world.users.supervisor);
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'SIGNED', date: today })).toMatchObject({ code: 'forbidden' });
    await actAs(world.users.police);
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: w.version, outcome: 'REFUSED', date: today })).toMatchObject({
      ok: false,
      fieldErrors: { refusalWitness: { key: 'warnings.validation.witnessRequired' } },
    });
    const refused = await recordWarningOutcomeAction({
      warningId: w.id,
      version: w.version,
      outcome: 'REFUSED',
      date: today,
      refusalWitness: 'Сержант Ахметов А.',
    });
    expect(refused.ok).toBe(true);
    const stored = await db.warning.findUniqueOrThrow({ where: { id: w.id } });
    expect(stored).toMatchObject({ outcome: 'REFUSED', refusalWitness: 'Сержант Ахметов А.', signedOn: null, outcomeRecordedById: world.users.police.id });
    expect(stored.refusedOn?.toISOString().slice(0, 10)).toBe(today);
    // The trail of a public-order warning keeps no names.
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'warning.outcome', targetId: w.id, outcome: 'SUCCESS' } });
    expect(JSON.stringify(audit.details)).not.toContain('Ахметов');
    expect(await recordWarningOutcomeAction({ warningId: w.id, version: stored.version, outcome: 'SIGNED', date: today })).toMatchObject({ code: 'conflict' });
    expect((await db.warning.findUniqueOrThrow({ where: { id: w.id } })).outcome).toBe('REFUSED');

    // After the outcome, a new warning may be issued; this one is signed.
    const next = await issue(subject, [a.id], 'KK');
    expect((await recordWarningOutcomeAction({ warningId: next.id, version: next.version, outcome: 'SIGNED', date: today })).ok).toBe(true);
    const signed = await db.warning.findUniqueOrThrow({ where: { id: next.id } });
    expect(signed.outcome).toBe('SIGNED');
    expect(signed.signedOn?.toISOString().slice(0, 10)).toBe(today);
  });
});

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { createPublicOrderPerson } from '../helpers/public-order-incidents';
import { addIncidentFilesAction, recordIncidentAction } from '@/lib/public-order/incidents-actions';
import { ZRecordIncident } from '@/lib/public-order/incidents-schemas';
import { listIncidents, viewIncidents } from '@/lib/public-order/incidents';
import { saveReferenceAction } from '@/lib/reference/actions';
import { GET as incidentFileRoute } from '@/app/(app)/public-order/incidents/files/[id]/route';
import { createIncident } from '@/prisma/seed/incidents';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';
import type { TSubject } from '@/lib/public-order/subject';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { IncidentsSection } from '@/components/public-order/incidents-section';
import { INCIDENTS_SECTION_MESSAGES } from '@/components/public-order/messages';
import { pickMessages } from '@/lib/i18n/client-messages';

/** What a page mounting the section ships to its client forms. */
const shipped = (locale: 'en' | 'ru' | 'kk') => pickMessages(MESSAGES[locale], INCIDENTS_SECTION_MESSAGES);
/** The section's HTML inside the client provider a page gives it. */
const html = (locale: 'en' | 'ru' | 'kk', element: unknown) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider as (props: { locale: string; messages: unknown; timeZone: string }) => ReactElement,
      {
        locale,
        messages: shipped(locale),
        timeZone: 'Asia/Almaty',
      },
      element as ReactElement,
    ),
  );

// Issue 14, INCIDENTS (docs/decisions/032-public-order-incidents.md): police record public-order
// incidents on a public-order record or a supervised person's record, in scope, dated by
// Kazakhstan's calendar, with evidence files; the retention clock only moves forward; audit
// details carry ids and counts only.

// The section's server translations, in the language a test sets (next-intl's request config is Next's).
const intl = vi.hoisted(() => ({ locale: 'en' as 'en' | 'ru' | 'kk' }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { MESSAGES: all } = await import('@/lib/i18n/catalogues');
  return {
    getLocale: async () => intl.locale,
    getTranslations: async (namespace?: string) =>
      createTranslator({
        locale: intl.locale,
        messages: { [namespace!]: (all[intl.locale] as Record<string, unknown>)[namespace!] } as never,
        namespace: namespace as never,
      }),
  };
});

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

afterEach(() => {
  vi.useRealTimers();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
const PDF = new Uint8Array(Buffer.from('%PDF-1.4 incident evidence'));
const png = (name = 'photo.png') => new File([PNG], name, { type: 'image/png' });
const pdf = (name = 'protocol.pdf') => new File([PDF], name, { type: 'application/pdf' });

const day = (s: string) => new Date(`${s}T00:00:00Z`);

async function newRecord() {
  const record = await createPublicOrderPerson(db, { districtId: world.district.id, createdById: world.users.police.id });
  return { record, subject: { kind: 'publicOrder', id: record.id } as TSubject };
}

async function kindId(code = 'NOISE') {
  return (await db.incidentKind.findUniqueOrThrow({ where: { code } })).id;
}

async function input(subject: TSubject, over: Record<string, unknown> = {}) {
  return {
    subject,
    occurredOn: '2026-03-10',
    place: 'Kenesary St 40, courtyard',
    kindId: await kindId(),
    protocolNumber: '',
    description: 'Loud music after 23:00, neighbours complained.',
    files: [],
    ...over,
  };
}

async function record(subject: TSubject, over: Record<string, unknown> = {}) {
  const result = await recordIncidentAction(await input(subject, over));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.incidentId;
}

const download = (id: string) => incidentFileRoute(new Request(`http://localhost/public-order/incidents/files/${id}`), { params: Promise.resolve({ id }) });

describe('recording a public-order incident', () => {
  it('stores the incident with its files, moves the retention clock, and audits ids only', async () => {
    const { record: person, subject } = await newRecord();
    await actAs(world.users.police);
    const result = await recordIncidentAction(
      await input(subject, { protocolNumber: '  АА   123456 ', files: [png('../../секрет<script>.png'), pdf()], occurredOn: '2026-02-01' }),
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const stored = await db.publicOrderIncident.findUniqueOrThrow({
      where: { id: result.data.incidentId },
      include: { files: { orderBy: { fileName: 'asc' } } },
    });
    expect(stored).toMatchObject({ publicOrderPersonId: person.id, personId: null, protocolNumber: 'АА 123456', recordedById: world.users.police.id });
    expect(stored.occurredOn.toISOString().slice(0, 10)).toBe('2026-02-01');
    expect(stored.files.map((f) => [f.fileName, f.mimeType, f.size])).toEqual([
      ['protocol.pdf', 'application/pdf', PDF.length],
      ['секрет_script_.png', 'image/png', PNG.length],
    ]);
    const after = await db.publicOrderPerson.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.lastIncidentOn?.toISOString().slice(0, 10)).toBe('2026-02-01');

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.incident.record', targetId: stored.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', targetType: 'PublicOrderIncident', actorId: world.users.police.id });
    expect(audit.details).toEqual({ subjectKind: 'publicOrder', subjectId: person.id, kindId: stored.kindId, files: 2, protocol: true });
    const text = JSON.stringify(audit.details);
    for (const personal of [person.iin, person.lastName, person.firstName, person.street, 'Kenesary', 'Loud music', '123456', 'секрет'])
      expect(text).not.toContain(personal);

    // Each file downloads for police and supervisors in scope, as an attachment under a safe name, audited.
    for (const user of [world.users.police, world.users.supervisor]) {
      await actAs(user);
      const response = await download(stored.files[1].id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="incident-file-[A-Za-z0-9]+\.png"$/);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.incident.fileDownload', actorId: user.id }, orderBy: { id: 'desc' } });
      expect(event).toMatchObject({ outcome: 'SUCCESS', targetType: 'IncidentFile', targetId: stored.files[1].id, details: { incidentId: stored.id } });
    }
    const pdfResponse = await download(stored.files[0].id);
    expect(pdfResponse.headers.get('content-disposition')).toBe('attachment; filename="protocol.pdf"');
  });

  it('refuses a file whose bytes are not a photo or PDF, and a declared type that is not allowed, leaving nothing behind', async () => {
    const { subject } = await newRecord();
    await actAs(world.users.police);
    const disguised = new File([new TextEncoder().encode('<html>not a png</html>')], 'photo.png', { type: 'image/png' });
    const result = await recordIncidentAction(await input(subject, { files: [png(), disguised] }));
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors: { 'files.1': { key: 'validation.evidenceType' } } });
    const declared = await recordIncidentAction(await input(subject, { files: [new File(['x'], 'a.txt', { type: 'text/plain' })] }));
    expect(declared).toMatchObject({ ok: false, code: 'validation', fieldErrors: { 'files.0': { key: 'validation.evidenceType' } } });
    expect(await db.publicOrderIncident.count({ where: { publicOrderPersonId: subject.id } })).toBe(0);
    expect(await db.publicOrderPerson.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ lastIncidentOn: null });
  });

  it('refuses a date after today in Kazakhstan at the field, with the boundary in Kazakhstan time', async () => {
    const { subject } = await newRecord();
    await actAs(world.users.police);
    const tomorrow = toDateInput(addCalendarDays(kzToday(), 1));
    expect(await recordIncidentAction(await input(subject, { occurredOn: tomorrow }))).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: { key: 'validation.dateInFuture' } },
    });
    expect(await recordIncidentAction(await input(subject, { occurredOn: '2026-02-30' }))).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: { key: 'validation.date' } },
    });
    // 23:30 UTC is 04:30 the next day in Astana: that day is "today" and accepted, the one after is not.
    const base = await input(subject);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-10T23:30:00Z'));
    expect(ZRecordIncident.safeParse({ ...base, occurredOn: '2026-06-11' }).success).toBe(true);
    const next = ZRecordIncident.safeParse({ ...base, occurredOn: '2026-06-12' });
    expect(next.success).toBe(false);
    expect(next.error?.issues).toMatchObject([{ path: ['occurredOn'], message: 'validation.dateInFuture' }]);
  });

  it('refuses a date before the birth date, an unknown kind and an inactive kind', async () => {
    const { subject } = await newRecord();
    await actAs(world.users.police);
    expect(await recordIncidentAction(await input(subject, { occurredOn: '1972-03-13' }))).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: { key: 'validation.incidentBeforeBirth' } },
    });
    expect(await recordIncidentAction(await input(subject, { occurredOn: '1972-03-14' }))).toMatchObject({ ok: true });
    expect(await recordIncidentAction(await input(subject, { kindId: 'no-such-kind' }))).toMatchObject({
      ok: false,
      fieldErrors: { kindId: { key: 'publicOrderIncidents.validation.kind' } },
    });
    const inactive = await db.incidentKind.create({
      data: { code: `OLD_${uniqueSuffix()}`, titleEn: 'Old', titleRu: 'Старый', titleKk: 'Ескі', active: false },
    });
    expect(await recordIncidentAction(await input(subject, { kindId: inactive.id }))).toMatchObject({
      ok: false,
      fieldErrors: { kindId: { key: 'publicOrderIncidents.validation.kind' } },
    });
    expect(await recordIncidentAction(await input(subject, { protocolNumber: 'no digits' }))).toMatchObject({
      ok: false,
      fieldErrors: { protocolNumber: { key: 'publicOrderIncidents.validation.protocolNumber' } },
    });
    expect(await db.publicOrderIncident.count({ where: { publicOrderPersonId: subject.id } })).toBe(1);
  });

  it('records an incident on a supervised person on their own record, read by police and supervisors only', async () => {
    const subject: TSubject = { kind: 'person', id: world.person.id };
    await actAs(world.users.police);
    const id = await record(subject, { occurredOn: toDateInput(kzToday()) });
    expect(await db.publicOrderIncident.findUniqueOrThrow({ where: { id } })).toMatchObject({ personId: world.person.id, publicOrderPersonId: null });
    for (const user of [world.users.police, world.users.supervisor]) {
      const rows = await listIncidents(db, await actorOf(user), subject);
      expect(rows.map((r) => r.id)).toContain(id);
    }
    // The officer reads the person, but not their public-order incidents.
    expect(await listIncidents(db, await actorOf(world.users.officer), subject)).toEqual([]);
  });

  it('keeps the subject out of reach of other districts, other regions and roles without publicOrder.record', async () => {
    const { subject } = await newRecord();
    await actAs(world.users.police);
    const id = await record(subject, { files: [png()] });
    const file = await db.incidentFile.findFirstOrThrow({ where: { incidentId: id } });
    await actAs(world.users.police2);
    expect(await recordIncidentAction(await input(subject))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await addIncidentFilesAction({ incidentId: id, files: [png()] })).toMatchObject({ ok: false, code: 'not_found' });
    expect((await download(file.id)).status).toBe(404);
    for (const user of [world.users.supervisor, world.users.officer, world.users.clerk, world.users.admin]) {
      await actAs(user);
      expect(await recordIncidentAction(await input(subject))).toMatchObject({ ok: false, code: 'forbidden' });
    }
    for (const user of [world.users.officer, world.users.clerk, world.users.admin]) {
      await actAs(user);
      expect((await download(file.id)).status).toBe(404);
    }
    const supervisor2 = await actorOf(world.users.supervisor2);
    expect(await listIncidents(db, supervisor2, subject)).toEqual([]);
    const denied = await viewIncidents({ db, actor: supervisor2, meta: { ip: null, requestId: 'incidents-test' }, subject });
    expect(denied).toBeNull();
    expect(await db.publicOrderIncident.count({ where: { publicOrderPersonId: subject.id } })).toBe(1);
  });

  it('keeps lastIncidentOn at the latest incident date: an older incident recorded later does not move it back', async () => {
    const { record: person, subject } = await newRecord();
    await actAs(world.users.police);
    await record(subject, { occurredOn: '2026-05-20' });
    await record(subject, { occurredOn: '2025-11-02' });
    const clock = async () => (await db.publicOrderPerson.findUniqueOrThrow({ where: { id: person.id } })).lastIncidentOn?.toISOString().slice(0, 10);
    expect(await clock()).toBe('2026-05-20');
    await record(subject, { occurredOn: '2026-07-01' });
    expect(await clock()).toBe('2026-07-01');
    // The factory keeps the same clock.
    await createIncident(db, { subject, recordedById: world.users.police.id, occurredOn: day('2024-01-01') });
    expect(await clock()).toBe('2026-07-01');
  });

  it('lists newest first with kind titles, files and protocol, adds files later, and audits the view', async () => {
    const { subject } = await newRecord();
    await actAs(world.users.police);
    const older = await record(subject, { occurredOn: '2026-01-05', kindId: await kindId('DRUNK_IN_PUBLIC'), protocolNumber: '12-345/2026' });
    const newer = await record(subject, { occurredOn: '2026-04-05' });
    const added = await addIncidentFilesAction({ incidentId: older, files: [pdf('акт.pdf')] });
    expect(added).toMatchObject({ ok: true });
    const addAudit = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.incident.addFiles', targetId: older } });
    expect(addAudit.details).toEqual({ files: 1 });
    const police = await actorOf(world.users.police);
    const view = await viewIncidents({ db, actor: police, meta: { ip: null, requestId: 'incidents-view' }, subject });
    expect(view?.incidents.map((i) => i.id)).toEqual([newer, older]);
    expect(view?.incidents[1]).toMatchObject({
      protocolNumber: '12-345/2026',
      kind: { code: 'DRUNK_IN_PUBLIC', titleRu: 'Появление в общественном месте в состоянии опьянения' },
      files: [{ fileName: 'акт.pdf', size: PDF.length }],
    });
    const viewAudit = await db.auditEvent.findFirstOrThrow({ where: { action: 'publicOrder.incident.view', actorId: police.id }, orderBy: { id: 'desc' } });
    expect(viewAudit).toMatchObject({ outcome: 'SUCCESS', targetType: 'PublicOrderPerson', targetId: subject.id, details: { incidents: 2 } });
  });

  it('lets administrators add and retire incident kinds in reference data; a retired kind stays readable on old incidents', async () => {
    const code = `LITTER_${uniqueSuffix().replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 60);
    const values = { code, titleEn: 'Littering', titleRu: 'Засорение', titleKk: 'Қоқыс тастау', active: true };
    await actAs(world.users.admin);
    const created = await saveReferenceAction({ kind: 'incidentKind', values });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const kind = await db.incidentKind.findUniqueOrThrow({ where: { code } });
    const { subject } = await newRecord();
    await actAs(world.users.police);
    const id = await record(subject, { kindId: kind.id });
    await actAs(world.users.admin);
    expect(await saveReferenceAction({ kind: 'incidentKind', id: kind.id, values: { ...values, active: false }, original: values })).toMatchObject({
      ok: true,
    });
    await actAs(world.users.police);
    expect(await recordIncidentAction(await input(subject, { kindId: kind.id }))).toMatchObject({ ok: false, fieldErrors: { kindId: {} } });
    const rows = await listIncidents(db, await actorOf(world.users.police), subject);
    expect(rows.find((r) => r.id === id)?.kind).toMatchObject({ titleKk: 'Қоқыс тастау', active: false });
  });

  it("renders the section: the list in the reader's language, downloads, the form for police only, nothing for others", async () => {
    const { record: person, subject } = await newRecord();
    await actAs(world.users.police);
    await record(subject, { occurredOn: '2026-03-02', kindId: await kindId('PETTY_HOOLIGANISM'), protocolNumber: 'АА 555111', files: [pdf('scan.pdf')] });
    const file = await db.incidentFile.findFirstOrThrow({ where: { incident: { publicOrderPersonId: person.id } } });
    const render = async (locale: 'en' | 'ru' | 'kk') => {
      intl.locale = locale;
      const element = await IncidentsSection({ subject });
      if (!element) return null;
      return html(locale, element);
    };
    const en = (await render('en'))!;
    expect(en).toContain('id="public-order"');
    expect(en).toContain('Public-order incidents');
    expect(en).toContain('2 March 2026');
    expect(en).toContain('Petty hooliganism');
    expect(en).toContain('Protocol АА 555111');
    expect(en).toContain(`href="/public-order/incidents/files/${file.id}"`);
    expect(en).toContain('data-testid="incident-form"');
    expect(en).toContain(`max="${toDateInput(kzToday())}"`);
    const kk = (await render('kk'))!;
    expect(kk).toContain('Ұсақ бұзақылық');
    expect(kk).toContain('2026 жылғы 2 наурыз');

    await actAs(world.users.supervisor);
    const supervisor = (await render('ru'))!;
    expect(supervisor).toContain('Мелкое хулиганство');
    expect(supervisor).not.toContain('data-testid="incident-form"');

    for (const user of [world.users.officer, world.users.police2, world.users.supervisor2]) {
      await actAs(user);
      expect(await render('en')).toBeNull();
    }
    intl.locale = 'en';
    const empty = await newRecord();
    await actAs(world.users.police);
    const none = await IncidentsSection({ subject: empty.subject });
    expect(html('en', none)).toContain('No public-order incidents recorded.');
  });
});

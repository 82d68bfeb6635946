import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { recordCheckInAction } from '@/lib/checkins/actions';
import { escalateViolationAction, recordViolationAction } from '@/lib/violations/actions';
import { recordedLine, viewTimeline, TIMELINE_KINDS, type TTimelineEvent } from '@/lib/persons/timeline';
import { localToday } from '@/lib/i18n/format';
import { queryCount } from '@/lib/db/query-counter';
import { createPerson, uniqueSuffix } from '@/prisma/seed/factories';
import { createRandom } from '@/prisma/seed/random';
import { GET as getEvidence } from '@/app/(app)/evidence/[id]/route';

// The person timeline is what a court reads: events in the order they happened (a late entry
// cannot hide a date), each violation with its place, restriction, status and evidence, each
// decision with its ruling. Audited once per view, scoped like the record.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** datetime-local value (UTC+5) for an instant. */
const local = (d: Date) => new Date(d.getTime() + 5 * HOUR).toISOString().slice(0, 16);
const meta = { ip: null, requestId: 'timeline-test' };
// An 8×8 PNG: real image bytes, as the evidence check sniffs them.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4ISeHFTEMLQkAkL9BAbKfPiIAAAAASUVORK5CYII=', 'base64');
const png = (name: string) => new File([PNG], name, { type: 'image/png' });
const pdf = (name: string) => new File([new TextEncoder().encode('%PDF-1.4\n%test\n')], name, { type: 'application/pdf' });

let world: TWorld;
let person: { id: string };
let curfew: { id: string; rulingNumber: string };
let violationId: string;
let checkInId: string;

beforeAll(async () => {
  world = await buildWorld();
  const seed = Math.floor(Math.random() * 1e9);
  console.log(`timeline.test.ts person seed ${seed}`);
  const made = await createPerson(db, {
    rng: createRandom(seed),
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2022, 0, 1)),
    order: { endDate: new Date(Date.UTC(2030, 0, 1)) },
    restrictions: [
      { type: 'REPORTING', timesPerMonth: 2 },
      { type: 'CURFEW', from: '22:00', to: '06:00' },
    ],
  });
  person = made.person;
  curfew = await db.restriction.findFirstOrThrow({ where: { orderId: made.order!.id, type: 'CURFEW' } });

  // A check-in yesterday, recorded first; then a curfew breach from three days ago, recorded after it.
  await actAs(world.users.officer);
  const checkIn = await recordCheckInAction({
    personId: person.id,
    channel: 'STATION',
    actualAt: local(new Date(Date.now() - DAY)),
    outcome: 'ATTENDED',
    idempotencyKey: randomUUID(),
  });
  if (!checkIn.ok) throw new Error(JSON.stringify(checkIn));
  checkInId = checkIn.data.checkInId;
  const violation = await recordViolationAction({
    personId: person.id,
    type: 'CURFEW_BREACH',
    occurredAt: local(new Date(Date.now() - 3 * DAY)),
    place: 'Abay avenue 10, outside the bar "Tulpar"',
    restrictionId: curfew.id,
    description: 'Not at home at 23:40; seen outside the bar.',
    evidence: [png('street.png'), pdf('patrol-report.pdf')],
    idempotencyKey: randomUUID(),
  });
  if (!violation.ok) throw new Error(JSON.stringify(violation));
  violationId = violation.data.violationId;
  // The police draw up a protocol today.
  await actAs(world.users.police);
  const v = await db.violation.findUniqueOrThrow({ where: { id: violationId } });
  const escalated = await escalateViolationAction({
    violationId,
    version: v.version,
    to: 'ADMIN_PROTOCOL',
    protocolNumber: `AP-${uniqueSuffix()}`,
    protocolDate: localToday(),
    penalty: 'Fine of 10 MCI',
  });
  if (!escalated.ok) throw new Error(JSON.stringify(escalated));

  // A court decision on a petition (made directly: the petition workflow has its own tests).
  const petition = await db.extensionPetition.create({
    data: {
      personId: person.id,
      orderId: made.order!.id,
      courtId: world.court.id,
      status: 'GRANTED',
      grounds: 'Curfew breach.',
      requestedTermYears: 3,
      drafterId: world.users.police.id,
      filingNumber: `EP-T-${uniqueSuffix()}`,
    },
  });
  const decision = await db.courtDecision.create({
    data: {
      petitionId: petition.id,
      outcome: 'GRANTED_YEARS',
      termYears: 2,
      decisionNumber: '2-555/2026',
      decisionDate: new Date(Date.UTC(2026, 10, 20)),
      newEndDate: new Date(Date.UTC(2032, 0, 1)),
      clerkId: world.users.clerk.id,
    },
  });
  await db.orderExtension.create({
    data: {
      orderId: made.order!.id,
      sequence: 1,
      previousEndDate: new Date(Date.UTC(2030, 0, 1)),
      newEndDate: new Date(Date.UTC(2032, 0, 1)),
      rulingNumber: '2-555/2026',
      rulingDate: decision.decisionDate,
      decisionId: decision.id,
    },
  });
});

const indexOf = (events: TTimelineEvent[], id: string) => {
  const i = events.findIndex((e) => e.id === id);
  expect(i, `event ${id} on the timeline`).toBeGreaterThanOrEqual(0);
  return i;
};

describe('person timeline', () => {
  it('orders events by when they happened: a violation that happened before a check-in but was recorded after it comes before it', async () => {
    const officer = await actorOf(world.users.officer);
    const timeline = (await viewTimeline({ db, actor: officer, meta, personId: person.id, kinds: [...TIMELINE_KINDS] }))!;
    const { events } = timeline;
    const violation = await db.violation.findUniqueOrThrow({ where: { id: violationId } });
    const checkIn = await db.checkIn.findUniqueOrThrow({ where: { id: checkInId } });
    expect(violation.createdAt.getTime()).toBeGreaterThan(checkIn.recordedAt!.getTime());
    // Newest first: the later check-in above, the earlier violation below it.
    expect(indexOf(events, `v-${violationId}`)).toBeGreaterThan(indexOf(events, `c-${checkInId}`));
    // And the whole list is in order of occurrence (calendar dates from the start of their day in Kazakhstan).
    const keys = events.map((e) => (e.dateOnly ? new Date(`${e.at.toISOString().slice(0, 10)}T00:00:00+05:00`).getTime() : e.at.getTime()));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    // The violation says when it was entered, and by whom, because that differs from when it happened.
    const entry = events[indexOf(events, `v-${violationId}`)];
    expect(entry.recorded).toMatchObject({ by: world.users.officer.fullName, beforeEvent: false });
    expect(entry.recorded!.at.getTime()).toBe(violation.createdAt.getTime());
  });

  it('shows a violation with its place, the restriction broken, its protocol and its evidence (images marked)', async () => {
    const police = await actorOf(world.users.police);
    const { events } = (await viewTimeline({ db, actor: police, meta, personId: person.id, kinds: ['violations'] }))!;
    const entry = events.find((e) => e.id === `v-${violationId}`);
    if (entry?.kind !== 'violations' || entry.event !== 'occurred') throw new Error('no violation entry');
    const v = entry.violation;
    expect(v).toMatchObject({ type: 'CURFEW_BREACH', status: 'ADMIN_PROTOCOL', place: 'Abay avenue 10, outside the bar "Tulpar"', penalty: 'Fine of 10 MCI' });
    expect(v.protocolNumber).toMatch(/^AP-/);
    expect(v.protocolDate?.toISOString().slice(0, 10)).toBe(localToday());
    expect(v.restriction).toEqual({
      type: 'CURFEW',
      typed: { type: 'CURFEW', from: '22:00', to: '06:00' },
      rulingNumber: curfew.rulingNumber,
      rulingDate: expect.any(Date),
    });
    expect(v.evidence.map((f) => [f.fileName, f.mimeType, f.isImage])).toEqual([
      ['street.png', 'image/png', true],
      ['patrol-report.pdf', 'application/pdf', false],
    ]);
    expect(v.evidence.every((f) => !('data' in f))).toBe(true);
    // The protocol is its own event, on the protocol's date.
    const step = events.find((e) => e.kind === 'violations' && e.event === 'step' && e.violation.id === violationId);
    expect(step).toMatchObject({ dateOnly: true, step: { toStatus: 'ADMIN_PROTOCOL', actor: world.users.police.fullName } });
    expect(step!.at.toISOString().slice(0, 10)).toBe(localToday());
    // Nothing else: the recording itself is the violation entry, not a second step.
    expect(events.filter((e) => e.kind === 'violations' && e.violation.id === violationId)).toHaveLength(2);
  });

  it('shows a court decision with its outcome, ruling number and date, the new end and the petition', async () => {
    const police = await actorOf(world.users.police);
    const { events } = (await viewTimeline({ db, actor: police, meta, personId: person.id, kinds: [...TIMELINE_KINDS] }))!;
    const decisions = events.filter((e) => e.kind === 'decisions');
    expect(decisions).toHaveLength(1);
    const d = decisions[0];
    if (d.kind !== 'decisions') throw new Error('not a decision');
    expect(d.dateOnly).toBe(true);
    expect(d.at.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(d.decision).toMatchObject({
      outcome: 'GRANTED_YEARS',
      termYears: 2,
      decisionNumber: '2-555/2026',
      petition: { requestedTermYears: 3, visible: true },
    });
    expect(d.decision.decisionDate.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(d.decision.previousEndDate?.toISOString().slice(0, 10)).toBe('2030-01-01');
    expect(d.decision.newEndDate?.toISOString().slice(0, 10)).toBe('2032-01-01');
    // Entered later than decided, by the clerk.
    expect(d.recorded).toMatchObject({ by: world.users.clerk.fullName, beforeEvent: false });
    // The extension it made is the decision, not a second "extended" event.
    expect(events.some((e) => e.kind === 'orders' && e.order.event === 'extended' && e.order.label === '2-555/2026')).toBe(false);
    // An officer reads the decision but gets no link to a petition they may not open.
    const officer = await actorOf(world.users.officer);
    const seen = (await viewTimeline({ db, actor: officer, meta, personId: person.id, kinds: ['decisions'] }))!.events;
    expect(seen.map((e) => e.kind === 'decisions' && [e.decision.decisionNumber, e.decision.petition.visible])).toEqual([['2-555/2026', false]]);
  });

  it('makes an impossible date visible: a violation dated after it was entered is flagged', async () => {
    const future = await db.violation.create({
      data: {
        personId: person.id,
        type: 'OTHER_RESTRICTION',
        occurredAt: new Date(Date.UTC(2027, 4, 1, 7)),
        description: 'Dated in May 2027 by mistake',
        recordedById: world.users.officer.id,
      },
    });
    const officer = await actorOf(world.users.officer);
    const { events } = (await viewTimeline({ db, actor: officer, meta, personId: person.id, kinds: ['violations'] }))!;
    expect(events[0].id).toBe(`v-${future.id}`);
    expect(events[0].recorded).toMatchObject({ beforeEvent: true });
    await db.violation.delete({ where: { id: future.id } });
  });

  it('is audited once per view, and another district cannot view it (audited as a denial)', async () => {
    const count = (outcome: 'SUCCESS' | 'DENIED') => db.auditEvent.count({ where: { action: 'person.timeline.view', targetId: person.id, outcome } });
    const before = { ok: await count('SUCCESS'), denied: await count('DENIED'), all: await db.auditEvent.count() };
    const officer = await actorOf(world.users.officer);
    expect(await viewTimeline({ db, actor: officer, meta, personId: person.id, kinds: [...TIMELINE_KINDS] })).not.toBeNull();
    expect(await count('SUCCESS')).toBe(before.ok + 1);
    expect(await db.auditEvent.count()).toBe(before.all + 1);

    for (const outsider of [world.users.officer2, world.users.police2, world.users.supervisor2]) {
      expect(await viewTimeline({ db, actor: await actorOf(outsider), meta, personId: person.id, kinds: [...TIMELINE_KINDS] })).toBeNull();
    }
    expect(await count('DENIED')).toBe(before.denied + 3);
  });

  it('reads a constant number of statements however many violations and files there are', async () => {
    const police = await actorOf(world.users.police);
    const statements = async () => {
      const start = queryCount();
      await viewTimeline({ db, actor: police, meta, personId: person.id, kinds: [...TIMELINE_KINDS] });
      return queryCount() - start;
    };
    const few = await statements();
    await actAs(world.users.officer);
    for (let i = 0; i < 3; i++) {
      const more = await recordViolationAction({
        personId: person.id,
        type: 'CURFEW_BREACH',
        occurredAt: local(new Date(Date.now() - (5 + i) * DAY)),
        place: `Yard ${i}`,
        restrictionId: curfew.id,
        description: 'Not at home.',
        evidence: [png(`p${i}.png`), png(`q${i}.png`), pdf(`r${i}.pdf`)],
        idempotencyKey: randomUUID(),
      });
      expect(more.ok).toBe(true);
    }
    const many = await statements();
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('the evidence route behind the thumbnails', () => {
  it('serves the image as its sniffed type to those in scope, auditing every view; others get not found, audited as a denial', async () => {
    const file = await db.evidence.findFirstOrThrow({ where: { violationId, fileName: 'street.png' } });
    const audits = (outcome: 'SUCCESS' | 'DENIED') => db.auditEvent.count({ where: { action: 'evidence.download', targetId: file.id, outcome } });
    const call = () => getEvidence(new Request(`http://localhost/evidence/${file.id}`), { params: Promise.resolve({ id: file.id }) });
    await actAs(world.users.officer);
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    expect(await audits('SUCCESS')).toBe(1);
    await actAs(world.users.officer2);
    expect((await call()).status).toBe(404);
    expect(await audits('DENIED')).toBe(1);
  });
});

describe('recorded line', () => {
  const at = new Date('2026-11-20T10:00:00Z');
  it('is left out when entered at the time, shown when entered later or before the event', () => {
    expect(recordedLine(at, false, null)).toBeNull();
    expect(recordedLine(at, false, new Date('2026-11-20T10:14:00Z'))).toBeNull();
    expect(recordedLine(at, false, new Date('2026-11-20T10:15:00Z'), 'A')).toEqual({ at: new Date('2026-11-20T10:15:00Z'), by: 'A', beforeEvent: false });
    expect(recordedLine(at, false, new Date('2026-11-20T09:45:00Z'))).toMatchObject({ beforeEvent: true });
  });

  it('compares a calendar date with the Kazakhstan day of the entry', () => {
    const day = new Date('2026-11-20T00:00:00Z');
    // 19:30 UTC on the 19th is 00:30 on the 20th in Kazakhstan: the same day.
    expect(recordedLine(day, true, new Date('2026-11-19T19:30:00Z'))).toBeNull();
    expect(recordedLine(day, true, new Date('2026-11-20T18:59:00Z'))).toBeNull();
    expect(recordedLine(day, true, new Date('2026-11-20T19:00:00Z'))).toMatchObject({ beforeEvent: false });
    expect(recordedLine(day, true, new Date('2026-11-19T18:59:00Z'))).toMatchObject({ beforeEvent: true });
  });
});

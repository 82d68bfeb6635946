import { localToday } from '@/lib/i18n/format';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { rollSchedules, slotsForMonth, addWorkingDays } from '@/lib/checkins/schedule';
import { getComplianceFigures } from '@/lib/compliance/compliance';
import { recordCheckInAction } from '@/lib/checkins/actions';
import { recordViolationAction, escalateViolationAction, dismissViolationAction } from '@/lib/violations/actions';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { findInbox } from '@/lib/caseload/agenda';
import { createPerson } from '@/prisma/seed/factories';
import type { ViolationStatus } from '@/lib/generated/prisma/enums';

let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

const DAY = 86_400_000;
/** datetime-local value (UTC+5) for an instant. */
const local = (d: Date) => new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(0, 16);

async function freshPerson(times = 2) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2022, 0, 1)),
    restrictions: [
      { type: 'REPORTING', timesPerMonth: times },
      { type: 'CURFEW', from: '22:00', to: '06:00' },
    ],
  });
  return { person, order: order! };
}

describe('reporting schedule', () => {
  it('spreads N check-ins over each month', () => {
    expect(slotsForMonth(2026, 1, 2).map((d) => d.toISOString())).toEqual(['2026-02-08T05:00:00.000Z', '2026-02-22T05:00:00.000Z']);
    expect(slotsForMonth(2026, 0, 4)).toHaveLength(4);
    expect(slotsForMonth(2026, 0, 1)[0].getUTCDate()).toBe(16);
  });

  it('generates the next 60 days without duplicates, and follows a changed restriction', async () => {
    const { person, order } = await freshPerson(2);
    const now = new Date('2026-11-28T08:00:00Z');
    const first = await db.$transaction((tx) => rollSchedules({ tx, personIds: [person.id], now }));
    const slots = await db.checkIn.findMany({ where: { personId: person.id }, orderBy: { scheduledAt: 'asc' } });
    // 2 a month over Nov 28 – Jan 27 (31-day months: days 8 and 24), each in the officer's first
    // free slot (default hours from 09:00 = 04:00 UTC); Sunday 24 January moves to Monday.
    expect(slots.map((s) => s.scheduledAt!.toISOString().slice(0, 10))).toEqual(['2026-12-08', '2026-12-24', '2027-01-08', '2027-01-25']);
    expect(slots.every((s) => s.scheduledAt!.getUTCHours() >= 4)).toBe(true);
    expect(first).toEqual({ added: 4, removed: 0 });
    expect(await db.$transaction((tx) => rollSchedules({ tx, personIds: [person.id], now }))).toEqual({ added: 0, removed: 0 });

    // Record the first slot, then the court changes reporting to 4 times a month.
    await db.checkIn.update({ where: { id: slots[0].id }, data: { outcome: 'ATTENDED', actualAt: slots[0].scheduledAt } });
    const old = await db.restriction.findFirstOrThrow({ where: { orderId: order.id, type: 'REPORTING' } });
    await db.restriction.update({ where: { id: old.id }, data: { effectiveTo: new Date('2026-12-09T00:00:00Z') } });
    await db.restriction.create({
      data: {
        orderId: order.id,
        type: 'REPORTING',
        params: { timesPerMonth: 4 },
        effectiveFrom: new Date('2026-12-10T00:00:00Z'),
        rulingNumber: 'X',
        rulingDate: new Date('2026-12-01'),
      },
    });
    const change = await db.$transaction((tx) => rollSchedules({ tx, personIds: [person.id], now }));
    expect(change.removed).toBe(3);
    const after = await db.checkIn.findMany({ where: { personId: person.id }, orderBy: { scheduledAt: 'asc' } });
    expect(after[0].id).toBe(slots[0].id); // the recorded check-in is kept
    expect(after.slice(1).every((s) => s.restrictionId !== old.id)).toBe(true);
    expect(after.length).toBe(1 + change.added);
    expect(new Set(after.map((s) => s.slotKey)).size).toBe(after.length);
  });

  it('counts five working days for evidence', () => {
    expect(addWorkingDays(new Date('2026-11-27T10:00:00Z'), 5).toISOString().slice(0, 10)).toBe('2026-12-04'); // Fri → next Fri
  });
});

describe('compliance status', () => {
  it('follows the written rule: overdue → at risk; missed in 30 days or open violation → in breach', async () => {
    const { person } = await freshPerson(1);
    const now = new Date();
    const status = async () => (await getComplianceFigures({ db, personIds: [person.id], now })).get(person.id)!;
    expect((await status()).status).toBe('COMPLIANT');
    const overdue = await db.checkIn.create({ data: { personId: person.id, channel: 'STATION', scheduledAt: new Date(now.getTime() - 3 * DAY) } });
    expect(await status()).toMatchObject({ status: 'AT_RISK', overdue: 1 });
    await db.checkIn.update({ where: { id: overdue.id }, data: { outcome: 'MISSED' } });
    expect(await status()).toMatchObject({ status: 'IN_BREACH', missed30: 1, overdue: 0 });
    await db.checkIn.update({ where: { id: overdue.id }, data: { outcome: 'EXCUSED', excuseReason: 'ill' } });
    expect((await status()).status).toBe('COMPLIANT');
    await db.violation.create({
      data: { personId: person.id, type: 'OTHER_RESTRICTION', occurredAt: now, description: 'x', recordedById: world.users.officer.id },
    });
    expect(await status()).toMatchObject({ status: 'IN_BREACH', openViolations: 1 });
  });
});

describe('recording check-ins', () => {
  it('records one check-in when the same form is submitted twice at once (unscheduled)', async () => {
    const { person } = await freshPerson();
    await actAs(world.users.officer);
    const input = { personId: person.id, channel: 'STATION', actualAt: local(new Date()), outcome: 'ATTENDED', idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([recordCheckInAction(input), recordCheckInAction(input)]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.ok && b.ok && a.data.checkInId === b.data.checkInId).toBe(true);
    expect(await db.checkIn.count({ where: { personId: person.id, source: 'UNSCHEDULED' } })).toBe(1);
  });

  it('records a due slot once; a second recorder with another form gets a clear conflict', async () => {
    const { person } = await freshPerson();
    const slot = await db.checkIn.create({ data: { personId: person.id, channel: 'STATION', scheduledAt: new Date(Date.now() - DAY) } });
    await actAs(world.users.officer);
    const base = { personId: person.id, checkInId: slot.id, version: slot.version, channel: 'STATION', actualAt: local(new Date()) };
    const [a, b] = await Promise.all([
      recordCheckInAction({ ...base, outcome: 'ATTENDED', idempotencyKey: randomUUID() }),
      recordCheckInAction({ ...base, outcome: 'MISSED', idempotencyKey: randomUUID() }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(a.ok ? b : a).toMatchObject({ ok: false, code: 'conflict', message: { key: 'errors.alreadyRecorded' } });
    const stored = await db.checkIn.findUniqueOrThrow({ where: { id: slot.id } });
    expect(stored.outcome).toBe(a.ok ? 'ATTENDED' : 'MISSED');
  });

  it('validates the outcome details and proposes a violation for a miss or a curfew absence', async () => {
    const { person } = await freshPerson();
    await actAs(world.users.officer);
    const base = { personId: person.id, actualAt: local(new Date()) };
    expect(await recordCheckInAction({ ...base, channel: 'STATION', outcome: 'EXCUSED', idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      fieldErrors: { excuseReason: { key: 'validation.excuseReasonRequired' } },
    });
    expect(
      await recordCheckInAction({ ...base, channel: 'PHONE', outcome: 'ATTENDED', curfewCheck: true, personAtHome: 'yes', idempotencyKey: randomUUID() }),
    ).toMatchObject({ ok: false, fieldErrors: { curfewCheck: { key: 'validation.curfewNeedsHomeVisit' } } });
    const absent = await recordCheckInAction({
      ...base,
      channel: 'HOME_VISIT',
      outcome: 'ATTENDED',
      curfewCheck: true,
      personAtHome: 'no',
      idempotencyKey: randomUUID(),
    });
    expect(absent).toMatchObject({ ok: true, data: { proposeViolation: true } });
    const awaiting = await recordCheckInAction({ ...base, channel: 'STATION', outcome: 'AWAITING_EVIDENCE', idempotencyKey: randomUUID() });
    expect(awaiting).toMatchObject({ ok: true, data: { proposeViolation: false } });
    if (awaiting.ok) expect((await db.checkIn.findUniqueOrThrow({ where: { id: awaiting.data.checkInId } })).evidenceDueAt).not.toBeNull();
  });

  it('lets no officer of another district near the person', async () => {
    await actAs(world.users.officer2);
    const result = await recordCheckInAction({
      personId: world.person.id,
      channel: 'STATION',
      actualAt: local(new Date()),
      outcome: 'ATTENDED',
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('violations', () => {
  const pdf = () => new File([new TextEncoder().encode('%PDF-1.4\n%test\n')], 'protocol.pdf', { type: 'application/pdf' });

  it('records a violation with evidence; a bad file leaves nothing behind', async () => {
    const { person } = await freshPerson();
    await actAs(world.users.officer);
    const base = { personId: person.id, type: 'CURFEW_BREACH', occurredAt: local(new Date(Date.now() - DAY)), description: 'Not at home at 23:10' };
    const ok = await recordViolationAction({ ...base, evidence: [pdf()], idempotencyKey: randomUUID() });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(await db.evidence.count({ where: { violationId: ok.data.violationId } })).toBe(1);
    const before = await db.violation.count({ where: { personId: person.id } });
    const disguised = await recordViolationAction({
      ...base,
      evidence: [new File(['MZ\u0090 not a pdf'], 'x.pdf', { type: 'application/pdf' })],
      idempotencyKey: randomUUID(),
    });
    expect(disguised).toMatchObject({ ok: false, fieldErrors: { evidence: { key: 'validation.evidenceType' } } });
    const huge = await recordViolationAction({
      ...base,
      evidence: [new File([new Uint8Array(6 * 1024 * 1024)], 'big.pdf', { type: 'application/pdf' })],
      idempotencyKey: randomUUID(),
    });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { 'evidence.0': { key: 'validation.evidenceTooLarge' } } });
    expect(await db.violation.count({ where: { personId: person.id } })).toBe(before);
  });

  // Expected outcome for every (from, to, role): the table is written out, not derived.
  const EXPECTED: [ViolationStatus, 'ADMIN_PROTOCOL' | 'CRIMINAL_REFERRAL' | 'DISMISSED', 'officer' | 'police' | 'supervisor', 'ok' | 'refused'][] = [
    ['RECORDED', 'ADMIN_PROTOCOL', 'police', 'ok'],
    ['RECORDED', 'ADMIN_PROTOCOL', 'officer', 'refused'],
    ['RECORDED', 'ADMIN_PROTOCOL', 'supervisor', 'refused'],
    ['RECORDED', 'CRIMINAL_REFERRAL', 'police', 'ok'],
    ['RECORDED', 'CRIMINAL_REFERRAL', 'officer', 'refused'],
    ['RECORDED', 'DISMISSED', 'supervisor', 'ok'],
    ['RECORDED', 'DISMISSED', 'police', 'refused'],
    ['RECORDED', 'DISMISSED', 'officer', 'refused'],
    ['ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL', 'police', 'ok'],
    ['ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL', 'supervisor', 'refused'],
    ['ADMIN_PROTOCOL', 'ADMIN_PROTOCOL', 'police', 'refused'],
    ['ADMIN_PROTOCOL', 'DISMISSED', 'supervisor', 'refused'],
    ['CRIMINAL_REFERRAL', 'ADMIN_PROTOCOL', 'police', 'refused'],
    ['CRIMINAL_REFERRAL', 'DISMISSED', 'supervisor', 'refused'],
    ['DISMISSED', 'CRIMINAL_REFERRAL', 'police', 'refused'],
    ['DISMISSED', 'ADMIN_PROTOCOL', 'police', 'refused'],
  ];

  for (const [from, to, role, expected] of EXPECTED) {
    it(`${from} → ${to} by ${role}: ${expected}`, async () => {
      const v = await db.violation.create({
        data: {
          personId: world.person.id,
          type: 'MISSED_REPORTING',
          occurredAt: new Date(),
          description: 'x',
          status: from,
          recordedById: world.users.officer.id,
        },
      });
      await actAs(world.users[role]);
      const ref = { violationId: v.id, version: v.version };
      const result =
        to === 'DISMISSED'
          ? await dismissViolationAction({ ...ref, reason: 'Explained' })
          : to === 'ADMIN_PROTOCOL'
            ? await escalateViolationAction({ ...ref, to, protocolNumber: 'AP-1', protocolDate: localToday(), penalty: 'Fine' })
            : await escalateViolationAction({ ...ref, to, referralNumber: 'CR-1', reason: 'Repeated' });
      const after = await db.violation.findUniqueOrThrow({ where: { id: v.id }, include: { steps: true } });
      if (expected === 'ok') {
        expect(result.ok).toBe(true);
        expect(after.status).toBe(to);
        expect(after.steps.map((s) => [s.fromStatus, s.toStatus, s.actorId])).toEqual([[from, to, world.users[role].id]]);
      } else {
        expect(result).toMatchObject({ ok: false, code: 'forbidden' });
        expect(after.status).toBe(from);
        expect(after.steps).toHaveLength(0);
      }
    });
  }

  it('two police escalating the same violation at once: exactly one wins, the other is told', async () => {
    const v = await db.violation.create({
      data: { personId: world.person.id, type: 'MISSED_REPORTING', occurredAt: new Date(), description: 'x', recordedById: world.users.officer.id },
    });
    await actAs(world.users.police);
    const ref = { violationId: v.id, version: v.version, to: 'ADMIN_PROTOCOL' as const, protocolDate: localToday(), penalty: 'Fine' };
    const [a, b] = await Promise.all([escalateViolationAction({ ...ref, protocolNumber: 'A' }), escalateViolationAction({ ...ref, protocolNumber: 'B' })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(a.ok ? b : a).toMatchObject({ ok: false, code: 'conflict', message: { key: 'errors.changedBySomeoneElse' } });
    const after = await db.violation.findUniqueOrThrow({ where: { id: v.id }, include: { steps: true } });
    expect(after.steps).toHaveLength(1);
    expect(after.protocolNumber).toBe(a.ok ? 'A' : 'B');
  });
});

describe('one source of truth for counts', () => {
  it('caseload, person figures and inbox agree', async () => {
    const officer = await actorOf(world.users.officer);
    const now = new Date();
    const caseload = await findCaseload({ db, actor: officer, query: ZCaseloadQuery.parse({ page: '1' }), now });
    const all = await findCaseload({ db, actor: officer, query: ZCaseloadQuery.parse({ page: String(1) }), now });
    const figures = await getComplianceFigures({ db, personIds: all.rows.map((r) => r.id), now });
    for (const row of all.rows) expect(row.figures).toEqual(figures.get(row.id));
    expect(caseload.counts.COMPLIANT + caseload.counts.AT_RISK + caseload.counts.IN_BREACH).toBe(caseload.total);
    const inbox = await findInbox({ db, actor: officer, now });
    const sum = (k: 'dueToday' | 'overdue' | 'awaitingOverdue' | 'newViolations7') => all.rows.reduce((n, r) => n + r.figures[k], 0);
    expect(inbox.counts.dueToday).toBe(sum('dueToday'));
    expect(inbox.counts.overdue).toBe(sum('overdue'));
    expect(inbox.counts.newViolations).toBe(sum('newViolations7'));
    expect(inbox.dueToday).toHaveLength(inbox.counts.dueToday);
    expect(inbox.overdue).toHaveLength(inbox.counts.overdue);
    expect(inbox.awaiting).toHaveLength(inbox.counts.awaitingOverdue);
    expect(inbox.newViolations).toHaveLength(inbox.counts.newViolations);
    expect(caseload.total).toBeGreaterThan(3);
  });
});

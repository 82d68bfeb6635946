import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { createPerson, createUser } from '@/prisma/seed/factories';
import { findPetitions, petitionStatusesFor, ZPetitionQuery } from '@/lib/petitions/find-petitions';
import { rescheduleHearingAction, setHearingAction } from '@/lib/petitions/actions';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';
import type { PetitionStatus } from '@/lib/generated/prisma/enums';

// Issue 12, the clerk's queue: urgency (days left on the order), only the statuses a court sees,
// and a hearing with a Kazakhstan time and a courtroom, moved only with a reason.

const TODAY = kzToday();
let world: TWorld;

async function petition(status: PetitionStatus, order: { endDate?: Date | null; lifelong?: boolean }, courtId?: string) {
  const { person, order: o } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    order,
  });
  return db.extensionPetition.create({
    data: {
      personId: person.id,
      orderId: o!.id,
      courtId: courtId ?? world.court.id,
      drafterId: world.users.police.id,
      grounds: 'Repeated breaches',
      requestedTermYears: 2,
      status,
      endorserId: status === 'DRAFT' ? null : world.users.supervisor.id,
      filingNumber: ['DRAFT', 'ENDORSED'].includes(status) ? null : `Q-${randomUUID()}`,
      filedAt: ['DRAFT', 'ENDORSED'].includes(status) ? null : addCalendarDays(TODAY, -3),
    },
  });
}

describe("the clerk's queue", () => {
  const made: Record<string, string> = {};
  beforeAll(async () => {
    world = await buildWorld();
    made.in40 = (await petition('FILED', { endDate: addCalendarDays(TODAY, 40) })).id;
    made.in5 = (await petition('HEARING_SET', { endDate: addCalendarDays(TODAY, 5) })).id;
    made.lifelong = (await petition('FILED', { endDate: null, lifelong: true })).id;
    made.ended = (await petition('FILED', { endDate: addCalendarDays(TODAY, -2) })).id;
    made.today = (await petition('GRANTED', { endDate: TODAY })).id;
    made.draft = (await petition('DRAFT', { endDate: addCalendarDays(TODAY, 1) })).id;
    made.endorsed = (await petition('ENDORSED', { endDate: addCalendarDays(TODAY, 2) })).id;
  });

  it('is sorted by urgency by default, with the days left on each order (lifelong last)', async () => {
    const clerk = await actorOf(world.users.clerk);
    const result = await findPetitions({ db, actor: clerk, query: ZPetitionQuery.parse({}) });
    expect(result.sort).toBe('urgency');
    expect(result.rows.map((r) => r.id)).toEqual([made.ended, made.today, made.in5, made.in40, made.lifelong]);
    expect(result.rows.map((r) => r.daysLeft)).toEqual([-2, 0, 5, 40, null]);
  });

  it('never holds drafts or endorsed petitions, and offers only the statuses a court handles', async () => {
    const clerk = await actorOf(world.users.clerk);
    expect(petitionStatusesFor('CLERK')).toEqual(['FILED', 'HEARING_SET', 'GRANTED', 'DENIED']);
    expect(petitionStatusesFor('POLICE')).toContain('DRAFT');
    const drafts = await findPetitions({ db, actor: clerk, query: ZPetitionQuery.parse({ status: 'DRAFT' }) });
    expect(drafts.rows).toEqual([]);
    const filed = await findPetitions({ db, actor: clerk, query: ZPetitionQuery.parse({ status: 'FILED' }) });
    expect(filed.rows.map((r) => r.id)).toEqual([made.ended, made.in40, made.lifelong]);
  });

  it('can still be read by hearing date, and the police list keeps its hearing order', async () => {
    const clerk = await actorOf(world.users.clerk);
    const byHearing = await findPetitions({ db, actor: clerk, query: ZPetitionQuery.parse({ sort: 'hearing' }) });
    expect(byHearing.sort).toBe('hearing');
    expect(byHearing.rows).toHaveLength(5);
    const police = await findPetitions({ db, actor: await actorOf(world.users.police), query: ZPetitionQuery.parse({}) });
    expect(police.sort).toBe('hearing');
    expect(police.rows.map((r) => r.id)).toEqual(expect.arrayContaining([made.draft, made.endorsed]));
  });
});

describe('hearing time, courtroom and rescheduling', () => {
  const version = async (id: string) => (await db.extensionPetition.findUniqueOrThrow({ where: { id } })).version;
  const day = toDateInput(addCalendarDays(TODAY, 10));
  const laterDay = toDateInput(addCalendarDays(TODAY, 17));

  it('sets a hearing at a Kazakhstan time in a courtroom, with its first history row', async () => {
    const p = await petition('FILED', { endDate: addCalendarDays(TODAY, 30) });
    await actAs(world.users.clerk);
    const result = await setHearingAction({ petitionId: p.id, version: p.version, hearingDate: day, hearingTime: '10:30', courtroom: '4B' });
    expect(result).toMatchObject({ ok: true });
    const saved = await db.extensionPetition.findUniqueOrThrow({ where: { id: p.id } });
    expect(saved).toMatchObject({ status: 'HEARING_SET', courtroom: '4B', hearingDate: new Date(`${day}T00:00:00Z`) });
    // 10:30 in Astana (UTC+5) is 05:30 UTC.
    expect(saved.hearingAt).toEqual(new Date(`${day}T05:30:00Z`));
    expect(await db.hearingChange.findMany({ where: { petitionId: p.id } })).toMatchObject([{ previousAt: null, courtroom: '4B', reason: null }]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'petition.setHearing', targetId: p.id, outcome: 'SUCCESS' } });
    expect(event.details).toMatchObject({ hearing: { at: `${day}T10:30`, courtroom: '4B' } });
  });

  it('refuses a hearing without a time or courtroom', async () => {
    const p = await petition('FILED', { endDate: addCalendarDays(TODAY, 30) });
    await actAs(world.users.clerk);
    const result = await setHearingAction({ petitionId: p.id, version: p.version, hearingDate: day, hearingTime: '25:00', courtroom: ' ' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { hearingTime: { key: 'validation.time' }, courtroom: { key: 'validation.required' } } });
  });

  it('moves a hearing only with a reason, keeping the old and new values in the history and the audit trail', async () => {
    const p = await petition('FILED', { endDate: addCalendarDays(TODAY, 30) });
    await actAs(world.users.clerk);
    expect(await setHearingAction({ petitionId: p.id, version: p.version, hearingDate: day, hearingTime: '10:30', courtroom: '4B' })).toMatchObject({
      ok: true,
    });
    const move = { petitionId: p.id, hearingDate: laterDay, hearingTime: '14:15', courtroom: '7' };
    const noReason = await rescheduleHearingAction({ ...move, version: await version(p.id), reason: '' });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: { key: 'validation.required' } } });
    const moved = await rescheduleHearingAction({ ...move, version: await version(p.id), reason: 'Judge on sick leave' });
    expect(moved).toMatchObject({ ok: true });
    const saved = await db.extensionPetition.findUniqueOrThrow({ where: { id: p.id } });
    expect(saved).toMatchObject({
      status: 'HEARING_SET',
      courtroom: '7',
      hearingAt: new Date(`${laterDay}T09:15:00Z`),
      hearingDate: new Date(`${laterDay}T00:00:00Z`),
    });
    const history = await db.hearingChange.findMany({ where: { petitionId: p.id }, orderBy: { createdAt: 'asc' } });
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      previousAt: new Date(`${day}T05:30:00Z`),
      previousCourtroom: '4B',
      hearingAt: new Date(`${laterDay}T09:15:00Z`),
      courtroom: '7',
      reason: 'Judge on sick leave',
      changedById: world.users.clerk.id,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'petition.rescheduleHearing', targetId: p.id, outcome: 'SUCCESS' } });
    expect(event.details).toEqual({
      from: { at: `${day}T10:30`, courtroom: '4B' },
      to: { at: `${laterDay}T14:15`, courtroom: '7' },
      reason: 'Judge on sick leave',
    });
  });

  it('refuses a stale version as a conflict (audited) and changes nothing', async () => {
    const p = await petition('FILED', { endDate: addCalendarDays(TODAY, 30) });
    await actAs(world.users.clerk);
    expect(await setHearingAction({ petitionId: p.id, version: p.version, hearingDate: day, hearingTime: '09:00', courtroom: '1' })).toMatchObject({
      ok: true,
    });
    const seen = await version(p.id);
    // Someone else moves it first.
    expect(
      await rescheduleHearingAction({ petitionId: p.id, version: seen, hearingDate: laterDay, hearingTime: '11:00', courtroom: '2', reason: 'First' }),
    ).toMatchObject({
      ok: true,
    });
    const stale = await rescheduleHearingAction({
      petitionId: p.id,
      version: seen,
      hearingDate: laterDay,
      hearingTime: '16:00',
      courtroom: '3',
      reason: 'Second',
    });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.extensionPetition.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ courtroom: '2' });
    expect(await db.hearingChange.count({ where: { petitionId: p.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: 'petition.rescheduleHearing', outcome: 'FAILURE', actorId: world.users.clerk.id } })).toBeGreaterThan(
      0,
    );
  });

  it('refuses to reschedule a hearing never set, an unchanged one, and one at another court', async () => {
    const filed = await petition('FILED', { endDate: addCalendarDays(TODAY, 30) });
    await actAs(world.users.clerk);
    const input = { hearingDate: laterDay, hearingTime: '11:00', courtroom: '2', reason: 'r' };
    expect(await rescheduleHearingAction({ petitionId: filed.id, version: filed.version, ...input })).toMatchObject({
      ok: false,
      message: { key: 'errors.illegalTransition' },
    });
    expect(await setHearingAction({ petitionId: filed.id, version: filed.version, hearingDate: laterDay, hearingTime: '11:00', courtroom: '2' })).toMatchObject(
      { ok: true },
    );
    expect(await rescheduleHearingAction({ petitionId: filed.id, version: await version(filed.id), ...input })).toMatchObject({
      ok: false,
      fieldErrors: { hearingTime: { key: 'hearing.validation.unchanged' } },
    });
    const elsewhere = await petition('HEARING_SET', { endDate: addCalendarDays(TODAY, 30) }, world.court2.id);
    const otherClerk = await createUser(db, { role: 'CLERK', courtId: world.court.id });
    await actAs(otherClerk);
    expect(await rescheduleHearingAction({ petitionId: elsewhere.id, version: elsewhere.version, ...input })).toMatchObject({ ok: false, code: 'not_found' });
  });
});

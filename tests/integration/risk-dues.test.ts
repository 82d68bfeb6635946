import { subDays, subMonths } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { escalateViolationAction } from '@/lib/violations/actions';
import { escalateViolation } from '@/lib/violations/move-violation';
import { addAddressAction, addConvictionAction } from '@/lib/persons/actions';
import { confirmAddressChangeAction, reportAddressChangeAction } from '@/lib/escalation/actions';
import { taskList } from '@/lib/jobs/tasks';
import { findDueReassessments, notifyReachedDues, raiseRiskDue, type TRiskDuePayload } from '@/lib/risk/dues';
import { localToday } from '@/lib/i18n/format';
import { kzToday } from '@/lib/time/today';
import { createPerson } from '@/prisma/seed/factories';
import { createRiskAssessment } from '@/prisma/seed/risk';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { LOCALES } from '@/lib/i18n/config';
import { RiskDueReason } from '@/lib/generated/prisma/enums';

// Reassessment dues (docs/decisions/027-risk-reassessment-dues.md): the change enqueues `risk:due`
// in its own transaction; the job raises one due (idempotent) and tells the officer once; the
// nightly `risk:annual` tells officers of dues whose day has come, once; the next countersigned
// assessment settles them; the officer's inbox lists them for the officer only.

let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

/** A fresh person on the officer's caseload, under supervision; assessed (countersigned) unless told not. */
async function newPerson({ assessed = true, countersignedAt }: { assessed?: boolean; countersignedAt?: Date } = {}) {
  const { person } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
  });
  const assessment = assessed
    ? await createRiskAssessment(db, { personId: person.id, assessorId: world.users.officer.id, countersignerId: world.users.supervisor.id, countersignedAt })
    : null;
  return { person, assessment };
}

async function newViolation(personId: string) {
  return db.violation.create({
    data: { personId, type: 'CURFEW_BREACH', occurredAt: subDays(new Date(), 3), description: 'Away at 23:40', recordedById: world.users.officer.id },
  });
}

async function ok<T>(result: Promise<{ ok: boolean; data?: T }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
}

type TJobRow = { payload: TRiskDuePayload; key: string | null };
const jobsFor = (sourceId: string) =>
  db.$queryRaw<TJobRow[]>`
    SELECT j.payload, j.key FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'risk:due' AND j.payload->>'sourceId' = ${sourceId}`;
const duesOf = (personId: string) => db.riskReassessmentDue.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } });
const openEventDues = (personId: string) => db.riskReassessmentDue.findMany({ where: { personId, reason: { not: 'ANNUAL' }, satisfiedAt: null } });
const dueNotices = (personId: string) => db.notification.findMany({ where: { kind: 'RISK_REASSESSMENT_DUE', entityId: personId } });

/**
 * The job row the change enqueued, checked right after its commit. Another test file's worker
 * (runOnce) may take it in between; then it ran, and the due it raised is there instead.
 */
async function expectEnqueued(payload: TRiskDuePayload) {
  const jobs = await jobsFor(payload.sourceId);
  if (jobs.length === 0) {
    expect(await db.riskReassessmentDue.count({ where: payload })).toBe(1);
    return;
  }
  expect(jobs).toEqual([{ payload, key: `risk:due:${payload.personId}:${payload.reason}:${payload.sourceId}` }]);
}

/** Runs the task the way the worker does, with a helpers stub. */
const logged: string[] = [];
const helpers = { logger: { debug: (m: string) => logged.push(m), info: (m: string) => logged.push(m), warn: () => {}, error: () => {} } } as never;
const runDueTask = (payload: TRiskDuePayload) => (taskList['risk:due'] as (p: unknown, h: never) => Promise<void>)(payload, helpers);

describe('reassessment due after a change', () => {
  it('a violation escalated to a protocol enqueues risk:due with the escalation; the task raises one due and one notice, also when run twice', async () => {
    const { person } = await newPerson();
    const v = await newViolation(person.id);
    await actAs(world.users.police);
    await ok(
      escalateViolationAction({
        violationId: v.id,
        version: v.version,
        to: 'ADMIN_PROTOCOL',
        protocolNumber: 'AP-7',
        protocolDate: localToday(),
        penalty: 'Fine',
      }),
    );
    const payload = { personId: person.id, reason: 'VIOLATION_ESCALATED', sourceId: v.id } as const;
    await expectEnqueued(payload);

    await runDueTask(payload);
    await runDueTask(payload);
    const dues = await openEventDues(person.id);
    expect(dues).toEqual([expect.objectContaining({ reason: 'VIOLATION_ESCALATED', sourceId: v.id, dueOn: kzToday(), satisfiedAt: null })]);
    expect(dues[0].notifiedAt).not.toBeNull();
    const notices = await dueNotices(person.id);
    expect(notices).toEqual([
      expect.objectContaining({
        recipientId: world.users.officer.id,
        entityType: 'Person',
        link: `/persons/${person.id}/risk/new`,
        params: { reason: 'VIOLATION_ESCALATED' },
      }),
    ]);
    // Audited once, as the system (no actor), with the reason and the source.
    const events = await db.auditEvent.findMany({ where: { action: 'risk.due.raise', targetId: person.id } });
    expect(events).toEqual([expect.objectContaining({ actorId: null, outcome: 'SUCCESS', regionId: world.region.id })]);
    expect(events[0].details).toMatchObject({ via: 'job', reason: 'VIOLATION_ESCALATED', sourceId: v.id, notified: true });
  });

  it('enqueues nothing when the escalation rolls back, and nothing for a referral', async () => {
    const { person } = await newPerson();
    const v = await newViolation(person.id);
    const police = await actorOf(world.users.police);
    await expect(
      db.$transaction(async (tx) => {
        await escalateViolation({
          tx,
          actor: police,
          input: {
            violationId: v.id,
            version: v.version,
            to: 'ADMIN_PROTOCOL',
            protocolNumber: 'AP-8',
            protocolDate: kzToday(),
            penalty: 'Fine',
            reason: undefined,
          },
        });
        expect(await tx.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker._private_jobs WHERE payload->>'sourceId' = ${v.id}`).toHaveLength(1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobsFor(v.id)).toEqual([]);
    expect(await db.violation.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: 'RECORDED' });

    const w = await newViolation(person.id);
    await actAs(world.users.police);
    await ok(escalateViolationAction({ violationId: w.id, version: w.version, to: 'CRIMINAL_REFERRAL', referralNumber: 'CR-9', reason: 'Repeated' }));
    expect(await jobsFor(w.id)).toEqual([]);
  });

  it('a new conviction and a new address each raise their own due; the officer is told once while one is open', async () => {
    const { person } = await newPerson();
    await actAs(world.users.police);
    const { convictionId } = await ok<{ convictionId: string }>(
      addConvictionAction({
        personId: person.id,
        conviction: { articleId: world.article.id, courtId: world.court.id, verdictDate: '2024-01-01', sentenceEnd: '2025-01-01', minorVictim: false },
      }),
    );
    const byConviction = { personId: person.id, reason: 'NEW_CONVICTION', sourceId: convictionId } as const;
    await expectEnqueued(byConviction);

    const { addressId } = await ok<{ addressId: string }>(
      addAddressAction({
        personId: person.id,
        address: {
          kind: 'RESIDENCE',
          districtId: world.district.id,
          locality: 'Astana',
          street: 'Abay',
          building: '12',
          apartment: '',
          validFrom: localToday(),
        },
      }),
    );
    const byAddress = { personId: person.id, reason: 'ADDRESS_CHANGE', sourceId: addressId } as const;
    await expectEnqueued(byAddress);

    await runDueTask(byConviction);
    await runDueTask(byAddress);
    await runDueTask(byAddress);
    const dues = await openEventDues(person.id);
    expect(dues.map((d) => d.reason).sort()).toEqual(['ADDRESS_CHANGE', 'NEW_CONVICTION']);
    expect(dues.every((d) => d.notifiedAt !== null)).toBe(true);
    // One reassessment settles both: the officer is told once.
    expect(await dueNotices(person.id)).toHaveLength(1);
  });

  it('a change of address the officer found and police confirmed enqueues it too (the confirmation adds the address)', async () => {
    const { person } = await newPerson();
    await actAs(world.users.officer);
    const address = {
      kind: 'RESIDENCE',
      districtId: world.district.id,
      locality: 'Astana',
      street: 'Kenesary',
      building: '3',
      apartment: '',
      latitude: '',
      longitude: '',
      validFrom: localToday(),
    };
    const { changeId } = await ok<{ changeId: string }>(reportAddressChangeAction({ personId: person.id, address, foundOn: localToday() }));
    await actAs(world.users.police);
    await ok(confirmAddressChangeAction({ changeId, version: 1 }));
    const change = await db.addressChange.findUniqueOrThrow({ where: { id: changeId } });
    await expectEnqueued({ personId: person.id, reason: 'ADDRESS_CHANGE', sourceId: change.addressId! });
  });

  it('raises the due of a person without an officer untold; the nightly job tells the officer once assigned', async () => {
    const { person } = await newPerson();
    await db.person.update({ where: { id: person.id }, data: { officerId: null } });
    expect(await raiseRiskDue({ db, payload: { personId: person.id, reason: 'NEW_CONVICTION', sourceId: `c-${person.id}` } })).toMatchObject({
      raised: true,
      notified: false,
    });
    expect(await dueNotices(person.id)).toEqual([]);
    await db.person.update({ where: { id: person.id }, data: { officerId: world.users.officer.id } });
    await notifyReachedDues({ db });
    expect(await dueNotices(person.id)).toEqual([expect.objectContaining({ recipientId: world.users.officer.id, params: { reason: 'NEW_CONVICTION' } })]);
  });

  it('raises no due for a person never assessed, nor for one no longer under supervision', async () => {
    const { person } = await newPerson({ assessed: false });
    expect(await raiseRiskDue({ db, payload: { personId: person.id, reason: 'NEW_CONVICTION', sourceId: 'c-1' } })).toEqual({
      raised: false,
      why: 'neverAssessed',
    });
    expect(await duesOf(person.id)).toEqual([]);

    const ended = await newPerson();
    await db.supervisionOrder.updateMany({ where: { personId: ended.person.id }, data: { status: 'EXPIRED' } });
    expect(await raiseRiskDue({ db, payload: { personId: ended.person.id, reason: 'ADDRESS_CHANGE', sourceId: 'a-1' } })).toEqual({
      raised: false,
      why: 'notSupervised',
    });
    expect(await openEventDues(ended.person.id)).toEqual([]);
    expect(await dueNotices(ended.person.id)).toEqual([]);
    // A payload that is not one (an unknown reason) raises nothing.
    expect(await raiseRiskDue({ db, payload: { personId: ended.person.id, reason: 'ANNUAL', sourceId: 'x' } })).toEqual({ raised: false, why: 'invalid' });
  });

  it('is settled by the next countersigned assessment, and leaves the inbox', async () => {
    const { person } = await newPerson();
    const raised = await raiseRiskDue({ db, payload: { personId: person.id, reason: 'ADDRESS_CHANGE', sourceId: `addr-${person.id}` } });
    expect(raised).toMatchObject({ raised: true, notified: true });
    const officer = await actorOf(world.users.officer);
    expect((await findDueReassessments({ db, actor: officer })).rows.map((r) => r.person.id)).toContain(person.id);

    const next = await createRiskAssessment(db, { personId: person.id, assessorId: world.users.officer.id, countersignerId: world.users.supervisor.id });
    const due = await db.riskReassessmentDue.findFirstOrThrow({ where: { personId: person.id, reason: 'ADDRESS_CHANGE' } });
    expect(due).toMatchObject({ satisfiedById: next.id });
    expect(due.satisfiedAt).not.toBeNull();
    expect((await findDueReassessments({ db, actor: officer })).rows.map((r) => r.person.id)).not.toContain(person.id);
  });
});

describe('the nightly risk:annual job', () => {
  it('tells the officer once when an annual due reaches its day, and not of one still ahead', async () => {
    // Countersigned 13 months ago: its annual due was a month ago. Another countersigned today: a year ahead.
    const { person: overdue } = await newPerson({ countersignedAt: subMonths(new Date(), 13) });
    const { person: current } = await newPerson();
    const annual = await db.riskReassessmentDue.findFirstOrThrow({ where: { personId: overdue.id, reason: 'ANNUAL' } });
    expect(annual.notifiedAt).toBeNull();

    await (taskList['risk:annual'] as (p: unknown, h: never) => Promise<void>)({}, helpers);
    expect(await dueNotices(overdue.id)).toEqual([expect.objectContaining({ recipientId: world.users.officer.id, params: { reason: 'ANNUAL' } })]);
    expect((await db.riskReassessmentDue.findUniqueOrThrow({ where: { id: annual.id } })).notifiedAt).not.toBeNull();
    expect(await dueNotices(current.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: 'risk.due.notify', targetId: overdue.id, actorId: null } })).toBe(1);

    // The next night: already told, told nothing again.
    await notifyReachedDues({ db });
    expect(await dueNotices(overdue.id)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: 'risk.due.notify', targetId: overdue.id } })).toBe(1);
  });
});

describe("the officer's inbox: reassessments due", () => {
  it("lists the officer's caseload persons with reached dues — reasons, date, days overdue, link — and not another district's officer", async () => {
    const { person } = await newPerson({ countersignedAt: subMonths(new Date(), 13) });
    await raiseRiskDue({ db, payload: { personId: person.id, reason: 'NEW_CONVICTION', sourceId: `conv-${person.id}` } });
    const annual = await db.riskReassessmentDue.findFirstOrThrow({ where: { personId: person.id, reason: 'ANNUAL' } });

    const inbox = await findDueReassessments({ db, actor: await actorOf(world.users.officer) });
    const row = inbox.rows.find((r) => r.person.id === person.id);
    expect(row).toMatchObject({
      dueOn: annual.dueOn,
      reasons: ['ANNUAL', 'NEW_CONVICTION'],
      link: `/persons/${person.id}/risk/new`,
    });
    expect(row!.daysOverdue).toBeGreaterThanOrEqual(28);
    expect(inbox.total).toBeGreaterThanOrEqual(1);
    // Past the last page: the last page, not an empty one.
    const far = await findDueReassessments({ db, actor: await actorOf(world.users.officer), page: 500 });
    expect(far.page).toBe(far.pageCount);
    expect(far.rows.length).toBeGreaterThan(0);

    expect((await findDueReassessments({ db, actor: await actorOf(world.users.officer2) })).rows.map((r) => r.person.id)).not.toContain(person.id);
    // Supervisors have no inbox caseload: nothing.
    expect((await findDueReassessments({ db, actor: await actorOf(world.users.supervisor) })).rows).toEqual([]);
  });

  it('does not list a due whose day has not come', async () => {
    const { person } = await newPerson();
    expect(await db.riskReassessmentDue.count({ where: { personId: person.id, reason: 'ANNUAL', satisfiedAt: null } })).toBe(1);
    const inbox = await findDueReassessments({ db, actor: await actorOf(world.users.officer) });
    expect(inbox.rows.map((r) => r.person.id)).not.toContain(person.id);
  });

  it('names every reason in en, ru and kk', () => {
    for (const locale of LOCALES) {
      const reasons = (MESSAGES[locale] as unknown as { riskDues: { reason: Record<string, string> } }).riskDues.reason;
      expect(Object.keys(reasons).sort(), locale).toEqual(Object.values(RiskDueReason).sort());
      expect(
        Object.values(reasons).every((label) => label.trim().length > 0),
        locale,
      ).toBe(true);
    }
  });
});

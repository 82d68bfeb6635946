import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, actAs, db, type TWorld } from '../helpers/world';
import { registerPersonAction, addAddressAction, addConvictionAction, createOrderAction } from '@/lib/persons/actions';
import { createUserAction, updateUserRoleAction, deactivateUserAction, reactivateUserAction, unlockUserAction } from '@/lib/users/actions';
import { saveReferenceAction } from '@/lib/reference/actions';
import { recordCheckInAction, scheduleAppointmentAction } from '@/lib/checkins/actions';
import { dismissViolationAction, escalateViolationAction, recordViolationAction } from '@/lib/violations/actions';
import { randomUUID } from 'node:crypto';
import * as P from '@/lib/petitions/actions';
import { buildPrefill } from '@/lib/petitions/prefill';
import { issueWarningAction, recordWarningOutcomeAction } from '@/lib/warnings/actions';
import { reassignPersonsAction } from '@/lib/caseload/actions';
import { reviewPersonsAction } from '@/lib/review/actions';
import { resolveConflictAction } from '@/lib/conflicts/actions';
import { localToday } from '@/lib/i18n/format';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';
import { createPerson } from '@/prisma/seed/factories';
import { ROLE_PERMISSIONS, type TPermission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';
import { buildIin } from '@/lib/iin/iin';
import type { TActionResult } from '@/lib/actions/result';

type TActor = keyof TWorld['users'] | 'anonymous';
const ACTORS: TActor[] = ['anonymous', 'officer', 'police', 'clerk', 'supervisor', 'admin'];

let world: TWorld;
let serial = 1000;
// Each new address must start after the current one.
let addressDay = 0;

function registrationInput(w: TWorld) {
  const birthDate = new Date('1980-05-17T00:00:00Z');
  let iin: string | null = null;
  while (!iin) iin = buildIin(birthDate, 'MALE', serial++ + Math.floor(Math.random() * 8000));
  return {
    identity: { iin, lastName: 'Matrix', firstName: 'Test', middleName: '', birthDate: '1980-05-17', sex: 'MALE', districtId: w.district.id },
    aliases: [],
    address: { kind: 'REGISTERED', districtId: w.district.id, locality: 'Astana', street: 'Abaya', building: '1', apartment: '', latitude: '', longitude: '', validFrom: '2020-01-01' },
    conviction: { articleId: w.article.id, courtId: w.court.id, caseNumber: '', verdictDate: '2010-01-01', sentenceEnd: '2019-12-31', minorVictim: true },
  };
}

// Every server action, with valid input built fresh for each call, and the roles allowed.
const ACTIONS: { name: string; permission: TPermission; run: (w: TWorld) => Promise<TActionResult<unknown>> }[] = [];

ACTIONS.push(
  { name: 'person.register', permission: 'person.register', run: (w) => registerPersonAction(registrationInput(w)) },
  {
    name: 'person.addAddress', permission: 'person.update',
    run: (w) => addAddressAction({ personId: w.person.id, address: { kind: 'RESIDENCE', districtId: w.district.id, locality: 'X', street: 'Y', building: '2', apartment: '', latitude: '', longitude: '', validFrom: toDateInput(addCalendarDays(kzToday(), 1 + addressDay++)) } }),
  },
  { name: 'conviction.create', permission: 'conviction.create', run: (w) => addConvictionAction({ personId: w.person.id, conviction: { articleId: w.article.id, courtId: w.court.id, verdictDate: '2001-01-01', sentenceEnd: '2005-01-01', minorVictim: true } }) },
  {
    name: 'order.create', permission: 'order.create',
    run: async (w) => {
      // A fresh person without an order, so a second success is possible for every allowed role.
      const p = await db.person.create({ data: { iin: `9${String(Date.now()).slice(-10)}${Math.floor(Math.random() * 10)}`, lastName: 'O', firstName: 'P', birthDate: new Date('1990-01-01'), sex: 'MALE', districtId: w.district.id, createdById: w.users.police.id, officerId: w.users.officer.id } });
      return createOrderAction({ personId: p.id, legalBasisId: w.basis.id, courtId: w.court.id, rulingNumber: 'R-1', rulingDate: '2020-01-01', startDate: '2020-01-10', endDate: '', lifelong: false, restrictions: [{ type: 'REPORTING', timesPerMonth: 2 }] });
    },
  },
  { name: 'user.create', permission: 'user.manage', run: () => createUserAction({ email: `m${Date.now()}${Math.random()}@test.kz`, fullName: 'New User', password: 'long-enough-password', role: 'ADMIN' }) },
  {
    name: 'user.updateRole', permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.findUniqueOrThrow({ where: { id: w.users.officer2.id } });
      return updateUserRoleAction({ userId: u.id, version: u.version, role: 'OFFICER', districtId: w.district2.id });
    },
  },
  {
    name: 'user.deactivate', permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.findUniqueOrThrow({ where: { id: w.users.police2.id } });
      if (u.status === 'DEACTIVATED') await db.user.update({ where: { id: u.id }, data: { status: 'ACTIVE' } });
      const fresh = await db.user.findUniqueOrThrow({ where: { id: u.id } });
      return deactivateUserAction({ userId: fresh.id, version: fresh.version });
    },
  },
  {
    name: 'user.reactivate', permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.update({ where: { id: w.users.supervisor2.id }, data: { status: 'DEACTIVATED' } });
      return reactivateUserAction({ userId: u.id, version: u.version });
    },
  },
  {
    name: 'checkin.record', permission: 'checkin.record',
    run: (w) => recordCheckInAction({ personId: w.person.id, channel: 'STATION', actualAt: new Date(Date.now() + 5 * 3_600_000 - 60_000).toISOString().slice(0, 16), outcome: 'ATTENDED', idempotencyKey: randomUUID() }),
  },
  {
    name: 'checkin.schedule', permission: 'checkin.record',
    run: (w) => scheduleAppointmentAction({ personId: w.person.id, channel: 'HOME_VISIT', scheduledAt: `${toDateInput(addCalendarDays(kzToday(), 30))}T23:00`, curfewCheck: true, idempotencyKey: randomUUID() }),
  },
  {
    name: 'violation.record', permission: 'violation.record',
    run: (w) => recordViolationAction({ personId: w.person.id, type: 'OTHER_RESTRICTION', occurredAt: '2026-01-01T10:00', description: 'Seen near a school', idempotencyKey: randomUUID() }),
  },
  {
    name: 'violation.escalate', permission: 'violation.escalate',
    run: async (w) => {
      const v = await db.violation.create({ data: { personId: w.person.id, type: 'MISSED_REPORTING', occurredAt: new Date(), description: 'x', recordedById: w.users.officer.id } });
      return escalateViolationAction({ violationId: v.id, version: v.version, to: 'ADMIN_PROTOCOL', protocolNumber: 'AP', protocolDate: localToday(), penalty: 'Fine' });
    },
  },
  {
    name: 'violation.dismiss', permission: 'violation.dismiss',
    run: async (w) => {
      const v = await db.violation.create({ data: { personId: w.person.id, type: 'MISSED_REPORTING', occurredAt: new Date(), description: 'x', recordedById: w.users.officer.id } });
      return dismissViolationAction({ violationId: v.id, version: v.version, reason: 'Explained' });
    },
  },
  { name: 'petition.start', permission: 'petition.draft', run: async (w) => { const o = await freshOrder(w); return P.startPetitionAction({ personId: o.personId, orderId: o.id }); } },
  { name: 'petition.saveDraft', permission: 'petition.draft', run: async (w) => { const p = await petitionIn(w, 'DRAFT'); return P.saveDraftAction({ petitionId: p.id, version: p.version, grounds: 'g', courtId: w.court.id, language: 'RU' }); } },
  { name: 'petition.endorse', permission: 'petition.endorse', run: async (w) => { const p = await petitionIn(w, 'DRAFT'); return P.endorsePetitionAction({ petitionId: p.id, version: p.version }); } },
  { name: 'petition.return', permission: 'petition.endorse', run: async (w) => { const p = await petitionIn(w, 'DRAFT'); return P.returnPetitionAction({ petitionId: p.id, version: p.version, comment: 'c' }); } },
  { name: 'petition.withdraw', permission: 'petition.draft', run: async (w) => { const p = await petitionIn(w, 'DRAFT'); return P.withdrawPetitionAction({ petitionId: p.id, version: p.version, reason: 'r' }); } },
  { name: 'petition.attach', permission: 'petition.draft', run: async (w) => { const p = await petitionIn(w, 'DRAFT'); return P.addAttachmentAction({ petitionId: p.id, file: new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }) }); } },
  { name: 'petition.file', permission: 'petition.file', run: async (w) => { const p = await petitionIn(w, 'ENDORSED'); return P.filePetitionAction({ petitionId: p.id, version: p.version }); } },
  { name: 'petition.setHearing', permission: 'petition.decide', run: async (w) => { const p = await petitionIn(w, 'FILED'); return P.setHearingAction({ petitionId: p.id, version: p.version, hearingDate: toDateInput(addCalendarDays(kzToday(), 9)) }); } },
  { name: 'petition.decide', permission: 'petition.decide', run: async (w) => { const p = await petitionIn(w, 'FILED'); return P.decidePetitionAction({ petitionId: p.id, version: p.version, outcome: 'DENIED', decisionNumber: 'D', decisionDate: localToday(), reason: 'r' }); } },
  {
    name: 'petition.announce', permission: 'announcement.record',
    run: async (w) => {
      const p = await petitionIn(w, 'DENIED');
      const d = await db.courtDecision.create({ data: { petitionId: p.id, outcome: 'DENIED', decisionNumber: 'D', decisionDate: kzToday(), clerkId: w.users.clerk.id } });
      const task = await db.announcementTask.create({ data: { decisionId: d.id, personId: p.personId, districtId: w.district.id } });
      return P.recordAnnouncementAction({ taskId: task.id, version: task.version, outcome: 'SIGNED', signedOn: localToday() });
    },
  },
  {
    name: 'reference.save', permission: 'reference.manage',
    run: (w) => saveReferenceAction({ kind: 'facility', values: { type: 'PLAYGROUND', name: `P${Math.random()}`, address: 'x', districtId: w.district.id, latitude: '51.1', longitude: '71.4', active: true } }),
  },
  {
    name: 'user.unlock', permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.update({ where: { id: w.users.supervisor2.id }, data: { lockedAt: new Date() } });
      return unlockUserAction({ userId: u.id, version: u.version });
    },
  },
);

beforeAll(async () => {
  world = await buildWorld();
});

// Issue 5: warnings and reassignment, each on a fresh record so every allowed role can succeed.
ACTIONS.push(
  { name: 'warning.issue', permission: 'warning.issue', run: async (w) => issueWarningAction({ personId: (await freshOrder(w)).personId, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' }) },
  {
    name: 'warning.outcome', permission: 'warning.record',
    run: async (w) => {
      const order = await freshOrder(w);
      const warning = await db.warning.create({ data: { personId: order.personId, type: 'PUBLIC_ORDER_WARNING', legalBasisId: w.basis.id, issuedById: w.users.police.id } });
      return recordWarningOutcomeAction({ warningId: warning.id, version: warning.version, outcome: 'SIGNED', date: localToday() });
    },
  },
  {
    name: 'caseload.reassign', permission: 'caseload.reassign',
    run: async (w) => {
      const person = await db.person.findUniqueOrThrow({ where: { id: (await freshOrder(w)).personId } });
      return reassignPersonsAction({ persons: [{ id: person.id, version: person.version }], toOfficerId: w.users.officer2.id, reason: 'Matrix test reassignment' });
    },
  },
);

// Issue 9: the bulk review of imported persons, on a fresh pending person each time.
ACTIONS.push({
  name: 'person.review', permission: 'person.review',
  run: async (w) => {
    const person = await db.person.update({ where: { id: (await freshOrder(w)).personId }, data: { officerId: null, reviewStatus: 'PENDING_REVIEW' } });
    return reviewPersonsAction({ persons: [{ id: person.id, version: person.version }], officerId: w.users.officer.id });
  },
});

// Issue 10: a supervisor marks a registration conflict of their region handled, a fresh one each time.
ACTIONS.push({
  name: 'registrationConflict.resolve', permission: 'person.review',
  run: async (w) => {
    const conflict = await db.registrationConflict.create({
      data: { submittedIin: w.person.iin, source: 'FORM', submittedById: w.users.police.id, targetDistrictId: w.district.id, targetRegionId: w.region.id, existingPersonId: w.person.id },
    });
    return resolveConflictAction({ id: conflict.id, version: conflict.version });
  },
});

async function freshOrder(w: TWorld) {
  const { order } = await createPerson(db, { districtId: w.district.id, createdById: w.users.police.id, officerId: w.users.officer.id, articleId: w.article.id, courtId: w.court.id, legalBasisId: w.basis.id, sentenceEnd: new Date(Date.UTC(2019, 0, 1)) });
  return order!;
}

/** A petition in the given state, complete enough for its next step (prefilled, grounds, term). */
async function petitionIn(w: TWorld, status: 'DRAFT' | 'ENDORSED' | 'FILED' | 'DENIED') {
  const order = await freshOrder(w);
  const prefill = await db.$transaction((tx) => buildPrefill(tx, { personId: order.personId, orderId: order.id, asOf: new Date() }));
  return db.extensionPetition.create({
    data: {
      personId: order.personId, orderId: order.id, courtId: w.court.id, drafterId: w.users.police.id, grounds: 'Repeated breaches', requestedTermYears: 2, prefill, status,
      endorserId: status === 'DRAFT' ? null : w.users.supervisor.id, filingNumber: status === 'FILED' || status === 'DENIED' ? `T-${randomUUID()}` : null,
    },
  });
}

describe('permission matrix: every action × every role', () => {
  for (const action of ACTIONS) {
    for (const actor of ACTORS) {
      const allowed = actor !== 'anonymous' && (ROLE_PERMISSIONS[actor.toUpperCase() as Role] as readonly TPermission[]).includes(action.permission);
      it(`${action.name} as ${actor}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        await actAs(actor === 'anonymous' ? null : world.users[actor]);
        const auditBefore = await db.auditEvent.count();
        const personsBefore = await db.person.count();
        const facilitiesBefore = await db.facility.count();
        const usersBefore = await db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, version: true } });
        const result = await action.run(world);
        const newAudit = await db.auditEvent.findMany({ where: {}, orderBy: { id: 'asc' }, skip: auditBefore });
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(newAudit.some((e) => e.action === action.name && e.outcome === 'SUCCESS')).toBe(true);
        } else {
          expect(result).toMatchObject({ ok: false, code: actor === 'anonymous' ? 'unauthenticated' : 'forbidden' });
          // Nothing written but the audit denial.
          expect(newAudit.map((e) => [e.action, e.outcome])).toEqual([[action.name, 'DENIED']]);
          if (action.name === 'person.register') expect(await db.person.count()).toBe(personsBefore);
          if (action.name === 'reference.save') expect(await db.facility.count()).toBe(facilitiesBefore);
          if (action.name.startsWith('user.') && action.name !== 'user.reactivate' && action.name !== 'user.unlock' && action.name !== 'user.deactivate') {
            const after = await db.user.findMany({ where: { id: { in: usersBefore.map((u) => u.id) } }, orderBy: { id: 'asc' }, select: { id: true, version: true } });
            expect(after).toEqual(usersBefore);
          }
        }
      });
    }
  }
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, actAs, db, type TWorld } from '../helpers/world';
import { registerPersonAction, addAddressAction, addConvictionAction, createOrderAction } from '@/lib/persons/actions';
import { createUserAction, updateUserRoleAction, deactivateUserAction, reactivateUserAction, unlockUserAction } from '@/lib/users/actions';
import { saveReferenceAction } from '@/lib/reference/actions';
import { createInstrumentVersionAction } from '@/lib/risk-instruments/actions';
import { createTestInstrument, newVersionInput } from '../helpers/risk-instruments';
import { recordCheckInAction, scheduleAppointmentAction } from '@/lib/checkins/actions';
import { cancelAppointmentAction, rescheduleAppointmentAction, saveWorkingHoursAction } from '@/lib/agenda/actions';
import { GET as agendaIcs } from '@/app/(app)/agenda/ics/route';
import { dismissViolationAction, escalateViolationAction, recordViolationAction } from '@/lib/violations/actions';
import { randomUUID } from 'node:crypto';
import * as P from '@/lib/petitions/actions';
import { buildPrefill } from '@/lib/petitions/prefill';
import { issueWarningAction, recordWarningOutcomeAction } from '@/lib/warnings/actions';
import { issuePublicOrderWarningAction } from '@/lib/public-order/actions';
import { reassignPersonsAction } from '@/lib/caseload/actions';
import { reviewPersonsAction } from '@/lib/review/actions';
import { resolveConflictAction } from '@/lib/conflicts/actions';
import { localToday } from '@/lib/i18n/format';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';
import { createPerson, createUser } from '@/prisma/seed/factories';
import { changePasswordAction, issuePasswordResetAction, resetSecondFactorAction } from '@/lib/account/actions';
import { DEFINED_ACTIONS } from '../helpers/fuzz';
import { csvFile, csvText, importRows } from '../helpers/import-csv';
import { checkImportAction, importRegistryAction } from '@/lib/importer/actions';
import { reinstateInRegistryAction, withholdFromRegistryAction } from '@/lib/registry/actions';
import * as E from '@/lib/escalation/actions';
import * as RA from '@/lib/risk/actions';
import { createRiskAssessment } from '@/prisma/seed/risk';
import * as PO from '@/lib/public-order/actions';
import { createPublicOrderPerson } from '@/prisma/seed/public-order';
import { ROLE_PERMISSIONS, type TPermission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';
import { buildIin } from '@/lib/iin/iin';
import type { TActionResult } from '@/lib/actions/result';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { PAGE_GUARDS, PUBLIC_PAGES, PUBLIC_ROUTES, SIGNED_IN, type TPageGuard } from '@/lib/auth/page-guards';
import { requirePageActor } from '@/lib/auth/guard-page';
import type { TRouteInfo } from '@/lib/http/define-route';
import { GET as evidenceRoute } from '@/app/(app)/evidence/[id]/route';
import { GET as photoRoute } from '@/app/(app)/persons/[id]/photo/route';
import { GET as warningDocRoute } from '@/app/(app)/warnings/[id]/document/route';
import { GET as petitionDocRoute } from '@/app/(app)/petitions/[id]/document/route';
import { GET as petitionFileRoute } from '@/app/(app)/petitions/[id]/files/[fileId]/route';
import { GET as personsExport } from '@/app/(app)/persons/export/route';
import { GET as caseloadExport } from '@/app/(app)/caseload/export/route';
import { GET as riskExport } from '@/app/(app)/risk/export/route';
import { GET as expiringExport } from '@/app/(app)/expiring/export/route';
import { GET as noticeExport } from '@/app/(app)/warnings/export/route';
import { GET as auditExport } from '@/app/(app)/audit/export/route';
import { GET as incidentFileRoute } from '@/app/(app)/public-order/incidents/files/[id]/route';
import { addIncidentFilesAction, recordIncidentAction } from '@/lib/public-order/incidents-actions';
import { createIncident } from '@/prisma/seed/incidents';

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
    address: {
      kind: 'REGISTERED',
      districtId: w.district.id,
      locality: 'Astana',
      street: 'Abaya',
      building: '1',
      apartment: '',
      latitude: '',
      longitude: '',
      validFrom: '2020-01-01',
    },
    conviction: { articleId: w.article.id, courtId: w.court.id, caseNumber: '', verdictDate: '2010-01-01', sentenceEnd: '2019-12-31', minorVictim: true },
  };
}

// Every server action, with valid input built fresh for each call, and the roles allowed.
/** A distinct quarter hour far ahead for each booking the matrix makes (no two overlap). */
let matrixMinute = 0;
const matrixSlot = () =>
  `${toDateInput(addCalendarDays(kzToday(), 400 + Math.floor(matrixMinute / 96)))}T${String(Math.floor((matrixMinute % 96) / 4)).padStart(2, '0')}:${String((matrixMinute++ % 4) * 15).padStart(2, '0')}`;
/** An appointment booked for the world's person, straight in the database. */
const bookedForMatrix = (w: TWorld) =>
  db.checkIn.create({
    data: {
      personId: w.person.id,
      officerId: w.users.officer.id,
      source: 'AD_HOC',
      channel: 'STATION',
      scheduledAt: new Date(`${matrixSlot()}:00+05:00`),
      durationMinutes: 15,
    },
  });

const ACTIONS: { name: string; permission: TPermission; run: (w: TWorld) => Promise<TActionResult<unknown>> }[] = [];

ACTIONS.push(
  { name: 'person.register', permission: 'person.register', run: (w) => registerPersonAction(registrationInput(w)) },
  {
    name: 'person.addAddress',
    permission: 'person.update',
    run: (w) =>
      addAddressAction({
        personId: w.person.id,
        address: {
          kind: 'RESIDENCE',
          districtId: w.district.id,
          locality: 'X',
          street: 'Y',
          building: '2',
          apartment: '',
          latitude: '',
          longitude: '',
          validFrom: toDateInput(addCalendarDays(kzToday(), 1 + addressDay++)),
        },
      }),
  },
  {
    name: 'conviction.create',
    permission: 'conviction.create',
    run: (w) =>
      addConvictionAction({
        personId: w.person.id,
        // After the world's person was born whatever its seed (birth years up to 2002): a verdict
        // in 2001 failed as "before birth" for about one seed in twenty.
        conviction: { articleId: w.article.id, courtId: w.court.id, verdictDate: '2024-01-01', sentenceEnd: '2025-01-01', minorVictim: true },
      }),
  },
  {
    name: 'order.create',
    permission: 'order.create',
    run: async (w) => {
      // A fresh person without an order, so a second success is possible for every allowed role.
      const p = await db.person.create({
        data: {
          iin: `9${String(Date.now()).slice(-10)}${Math.floor(Math.random() * 10)}`,
          lastName: 'O',
          firstName: 'P',
          birthDate: new Date('1990-01-01'),
          sex: 'MALE',
          districtId: w.district.id,
          createdById: w.users.police.id,
          officerId: w.users.officer.id,
        },
      });
      return createOrderAction({
        personId: p.id,
        legalBasisId: w.basis.id,
        courtId: w.court.id,
        rulingNumber: 'R-1',
        rulingDate: '2020-01-01',
        startDate: '2020-01-10',
        endDate: '',
        lifelong: false,
        restrictions: [{ type: 'REPORTING', timesPerMonth: 2 }],
      });
    },
  },
  {
    name: 'user.create',
    permission: 'user.manage',
    run: () => createUserAction({ email: `m${Date.now()}${Math.random()}@test.kz`, fullName: 'New User', role: 'ADMIN' }),
  },
  {
    name: 'user.updateRole',
    permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.findUniqueOrThrow({ where: { id: w.users.officer2.id } });
      return updateUserRoleAction({ userId: u.id, version: u.version, role: 'OFFICER', districtId: w.district2.id });
    },
  },
  {
    name: 'user.deactivate',
    permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.findUniqueOrThrow({ where: { id: w.users.police2.id } });
      if (u.status === 'DEACTIVATED') await db.user.update({ where: { id: u.id }, data: { status: 'ACTIVE' } });
      const fresh = await db.user.findUniqueOrThrow({ where: { id: u.id } });
      return deactivateUserAction({ userId: fresh.id, version: fresh.version });
    },
  },
  {
    name: 'user.reactivate',
    permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.update({ where: { id: w.users.supervisor2.id }, data: { status: 'DEACTIVATED' } });
      return reactivateUserAction({ userId: u.id, version: u.version });
    },
  },
  {
    name: 'checkin.record',
    permission: 'checkin.record',
    run: (w) =>
      recordCheckInAction({
        personId: w.person.id,
        channel: 'STATION',
        actualAt: new Date(Date.now() + 5 * 3_600_000 - 60_000).toISOString().slice(0, 16),
        outcome: 'ATTENDED',
        idempotencyKey: randomUUID(),
      }),
  },
  {
    name: 'checkin.schedule',
    permission: 'checkin.record',
    run: (w) =>
      scheduleAppointmentAction({
        personId: w.person.id,
        channel: 'HOME_VISIT',
        scheduledAt: `${toDateInput(addCalendarDays(kzToday(), 30))}T23:00`,
        curfewCheck: true,
        idempotencyKey: randomUUID(),
      }),
  },
  {
    name: 'checkin.reschedule',
    permission: 'checkin.record',
    run: async (w) => {
      const c = await bookedForMatrix(w);
      return rescheduleAppointmentAction({ checkInId: c.id, version: c.version, scheduledAt: matrixSlot(), durationMinutes: 15, reason: 'Matrix' });
    },
  },
  {
    name: 'checkin.cancel',
    permission: 'checkin.record',
    run: async (w) => {
      const c = await bookedForMatrix(w);
      return cancelAppointmentAction({ checkInId: c.id, version: c.version, reason: 'Matrix' });
    },
  },
  {
    name: 'agenda.hours',
    permission: 'checkin.record',
    run: async (w) => {
      const current = await db.workingHours.findUnique({ where: { userId: w.users.officer.id } });
      return saveWorkingHoursAction({ weekdays: ['1', '2', '3', '4', '5'], start: '09:00', end: '18:00', slotMinutes: '30', version: current?.version ?? 0 });
    },
  },
  {
    name: 'violation.record',
    permission: 'violation.record',
    run: (w) =>
      recordViolationAction({
        personId: w.person.id,
        type: 'OTHER_RESTRICTION',
        occurredAt: '2026-01-01T10:00',
        description: 'Seen near a school',
        idempotencyKey: randomUUID(),
      }),
  },
  {
    name: 'violation.escalate',
    permission: 'violation.escalate',
    run: async (w) => {
      const v = await db.violation.create({
        data: { personId: w.person.id, type: 'MISSED_REPORTING', occurredAt: new Date(), description: 'x', recordedById: w.users.officer.id },
      });
      return escalateViolationAction({
        violationId: v.id,
        version: v.version,
        to: 'ADMIN_PROTOCOL',
        protocolNumber: 'AP',
        protocolDate: localToday(),
        penalty: 'Fine',
      });
    },
  },
  {
    name: 'violation.dismiss',
    permission: 'violation.dismiss',
    run: async (w) => {
      const v = await db.violation.create({
        data: { personId: w.person.id, type: 'MISSED_REPORTING', occurredAt: new Date(), description: 'x', recordedById: w.users.officer.id },
      });
      return dismissViolationAction({ violationId: v.id, version: v.version, reason: 'Explained' });
    },
  },
  {
    name: 'petition.start',
    permission: 'petition.draft',
    run: async (w) => {
      const o = await freshOrder(w);
      return P.startPetitionAction({ personId: o.personId, orderId: o.id });
    },
  },
  {
    name: 'petition.saveDraft',
    permission: 'petition.draft',
    run: async (w) => {
      const p = await petitionIn(w, 'DRAFT');
      return P.saveDraftAction({ petitionId: p.id, version: p.version, grounds: 'g', courtId: w.court.id, language: 'RU' });
    },
  },
  {
    name: 'petition.endorse',
    permission: 'petition.endorse',
    run: async (w) => {
      const p = await petitionIn(w, 'DRAFT');
      return P.endorsePetitionAction({ petitionId: p.id, version: p.version });
    },
  },
  {
    name: 'petition.return',
    permission: 'petition.endorse',
    run: async (w) => {
      const p = await petitionIn(w, 'DRAFT');
      return P.returnPetitionAction({ petitionId: p.id, version: p.version, comment: 'c' });
    },
  },
  {
    name: 'petition.withdraw',
    permission: 'petition.draft',
    run: async (w) => {
      const p = await petitionIn(w, 'DRAFT');
      return P.withdrawPetitionAction({ petitionId: p.id, version: p.version, reason: 'r' });
    },
  },
  {
    name: 'petition.attach',
    permission: 'petition.draft',
    run: async (w) => {
      const p = await petitionIn(w, 'DRAFT');
      return P.addAttachmentAction({ petitionId: p.id, file: new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }) });
    },
  },
  {
    name: 'petition.file',
    permission: 'petition.file',
    run: async (w) => {
      const p = await petitionIn(w, 'ENDORSED');
      return P.filePetitionAction({ petitionId: p.id, version: p.version });
    },
  },
  {
    name: 'petition.setHearing',
    permission: 'petition.decide',
    run: async (w) => {
      const p = await petitionIn(w, 'FILED');
      return P.setHearingAction({
        petitionId: p.id,
        version: p.version,
        hearingDate: toDateInput(addCalendarDays(kzToday(), 9)),
        hearingTime: '10:30',
        courtroom: '4',
      });
    },
  },
  {
    name: 'petition.rescheduleHearing',
    permission: 'petition.decide',
    run: async (w) => {
      const p = await petitionIn(w, 'HEARING_SET');
      return P.rescheduleHearingAction({
        petitionId: p.id,
        version: p.version,
        hearingDate: toDateInput(addCalendarDays(kzToday(), 12)),
        hearingTime: '15:00',
        courtroom: '7',
        reason: 'Judge on leave',
      });
    },
  },
  {
    name: 'petition.decide',
    permission: 'petition.decide',
    run: async (w) => {
      const p = await petitionIn(w, 'FILED');
      return P.decidePetitionAction({ petitionId: p.id, version: p.version, outcome: 'DENIED', decisionNumber: 'D', decisionDate: localToday(), reason: 'r' });
    },
  },
  {
    name: 'petition.announce',
    permission: 'announcement.record',
    run: async (w) => {
      const p = await petitionIn(w, 'DENIED');
      const d = await db.courtDecision.create({
        data: { petitionId: p.id, outcome: 'DENIED', decisionNumber: 'D', decisionDate: kzToday(), clerkId: w.users.clerk.id },
      });
      const task = await db.announcementTask.create({ data: { decisionId: d.id, personId: p.personId, districtId: w.district.id } });
      return P.recordAnnouncementAction({ taskId: task.id, version: task.version, outcome: 'SIGNED', signedOn: localToday() });
    },
  },
  {
    name: 'reference.save',
    permission: 'reference.manage',
    run: (w) =>
      saveReferenceAction({
        kind: 'facility',
        values: { type: 'PLAYGROUND', name: `P${Math.random()}`, address: 'x', districtId: w.district.id, latitude: '51.1', longitude: '71.4', active: true },
      }),
  },
  {
    name: 'user.unlock',
    permission: 'user.manage',
    run: async (w) => {
      const u = await db.user.update({ where: { id: w.users.supervisor2.id }, data: { lockedUntil: new Date('2999-01-01T00:00:00Z') } });
      return unlockUserAction({ userId: u.id, version: u.version });
    },
  },
  // Credential resets, each on a fresh user so the world's users keep their sessions.
  {
    name: 'user.passwordReset',
    permission: 'user.manage',
    run: async (w) => {
      const u = await createUser(db, { role: 'OFFICER', districtId: w.district.id });
      return issuePasswordResetAction({ userId: u.id, version: u.version, reason: 'Forgot the password' });
    },
  },
  {
    name: 'user.secondFactorReset',
    permission: 'user.manage',
    run: async (w) => {
      const u = await createUser(db, { role: 'OFFICER', districtId: w.district.id });
      return resetSecondFactorAction({ userId: u.id, version: u.version, reason: 'Lost the phone' });
    },
  },
);

beforeAll(async () => {
  world = await buildWorld();
});

// Issue 5: warnings and reassignment, each on a fresh record so every allowed role can succeed.
ACTIONS.push(
  {
    name: 'warning.issue',
    permission: 'warning.issue',
    run: async (w) => issueWarningAction({ personId: (await freshOrder(w)).personId, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' }),
  },
  {
    name: 'warning.outcome',
    permission: 'warning.record',
    run: async (w) => {
      const order = await freshOrder(w);
      const warning = await db.warning.create({
        data: { personId: order.personId, type: 'PUBLIC_ORDER_WARNING', legalBasisId: w.basis.id, issuedById: w.users.police.id },
      });
      return recordWarningOutcomeAction({ warningId: warning.id, version: warning.version, outcome: 'SIGNED', date: localToday() });
    },
  },
  {
    name: 'caseload.reassign',
    permission: 'caseload.reassign',
    run: async (w) => {
      const person = await db.person.findUniqueOrThrow({ where: { id: (await freshOrder(w)).personId } });
      return reassignPersonsAction({
        persons: [{ id: person.id, version: person.version }],
        toOfficerId: w.users.officer2.id,
        reason: 'Matrix test reassignment',
      });
    },
  },
);

// Issue 9: the bulk review of imported persons, on a fresh pending person each time.
ACTIONS.push({
  name: 'person.review',
  permission: 'person.review',
  run: async (w) => {
    const person = await db.person.update({ where: { id: (await freshOrder(w)).personId }, data: { officerId: null, reviewStatus: 'PENDING_REVIEW' } });
    return reviewPersonsAction({ persons: [{ id: person.id, version: person.version }], officerId: w.users.officer.id });
  },
});

// Issue 10: a supervisor marks a registration conflict of their region handled, a fresh one each time.
ACTIONS.push({
  name: 'registrationConflict.resolve',
  permission: 'person.review',
  run: async (w) => {
    const conflict = await db.registrationConflict.create({
      data: {
        submittedIin: w.person.iin,
        source: 'FORM',
        submittedById: w.users.police.id,
        targetDistrictId: w.district.id,
        targetRegionId: w.region.id,
        existingPersonId: w.person.id,
      },
    });
    return resolveConflictAction({ id: conflict.id, version: conflict.version });
  },
});

// The registry import (dry run and real) and withholding from the public registry.
const MATRIX_IMPORT_SEED = process.env.MATRIX_IMPORT_SEED ? Number(process.env.MATRIX_IMPORT_SEED) : Math.floor(Math.random() * 3000);
console.info(`permission-matrix import IIN seed: ${MATRIX_IMPORT_SEED} (replay with MATRIX_IMPORT_SEED)`);
const importCsv = importRows(() => world, 20_000 + MATRIX_IMPORT_SEED);
const oneRowCsv = () => ({ file: csvFile(csvText([importCsv.validRow()])) });
ACTIONS.push(
  { name: 'registry.importCheck', permission: 'registry.import', run: () => checkImportAction(oneRowCsv()) },
  { name: 'registry.import', permission: 'registry.import', run: () => importRegistryAction(oneRowCsv()) },
  {
    name: 'registry.withhold',
    permission: 'registry.withhold',
    run: async (w) => {
      const person = await db.person.findUniqueOrThrow({ where: { id: (await freshOrder(w)).personId } });
      return withholdFromRegistryAction({ personId: person.id, version: person.version, reason: 'Matrix test: victim identification risk' });
    },
  },
  {
    name: 'registry.reinstate',
    permission: 'registry.withhold',
    run: async (w) => {
      const { personId } = await freshOrder(w);
      const person = await db.person.update({
        where: { id: personId },
        data: { registryWithheld: true, registryWithheldReason: 'Matrix test', registryWithheldAt: new Date() },
      });
      return reinstateInRegistryAction({ personId: person.id, version: person.version, reason: 'Matrix test: risk no longer applies' });
    },
  },
);

// Issue 12: the officers' part in escalation and the police's answers, each on fresh records.
const freshViolation = async (w: TWorld) =>
  db.violation.create({
    data: {
      personId: (await freshOrder(w)).personId,
      type: 'CURFEW_BREACH',
      occurredAt: new Date('2025-01-10T20:00:00Z'),
      description: 'Matrix',
      recordedById: w.users.officer.id,
    },
  });
const freshAddressChange = async (w: TWorld) =>
  db.addressChange.create({
    data: {
      personId: (await freshOrder(w)).personId,
      foundOn: kzToday(),
      reportedById: w.users.officer.id,
      address: {
        kind: 'RESIDENCE',
        districtId: w.district.id,
        locality: 'Astana',
        street: 'Matrix',
        building: '1',
        apartment: '',
        latitude: '',
        longitude: '',
        validFrom: localToday(),
      },
    },
  });
ACTIONS.push(
  {
    name: 'person.flagForPetition',
    permission: 'petition.flag',
    run: async (w) => E.flagPersonAction({ personId: (await freshOrder(w)).personId, grounds: ['OTHER'], reasons: 'Matrix test flag' }),
  },
  {
    name: 'person.withdrawFlag',
    permission: 'petition.flag',
    run: async (w) => {
      const personId = (await freshOrder(w)).personId;
      const flag = await db.petitionFlag.create({
        data: { personId, openPersonId: personId, grounds: ['OTHER'], reasons: 'Matrix', flaggedById: w.users.officer.id },
      });
      return E.withdrawFlagAction({ flagId: flag.id, version: flag.version, reason: 'Matrix test withdrawal' });
    },
  },
  {
    name: 'violation.proposeEscalation',
    permission: 'violation.propose',
    run: async (w) => E.proposeEscalationAction({ violationId: (await freshViolation(w)).id, to: 'ADMIN_PROTOCOL', reason: 'Matrix test proposal' }),
  },
  {
    name: 'violation.declineProposal',
    permission: 'violation.escalate',
    run: async (w) => {
      const v = await freshViolation(w);
      const p = await db.escalationProposal.create({
        data: { violationId: v.id, openViolationId: v.id, toStatus: 'ADMIN_PROTOCOL', reason: 'Matrix', proposedById: w.users.officer.id },
      });
      return E.declineProposalAction({ proposalId: p.id, version: p.version, reason: 'Matrix test decline' });
    },
  },
  {
    name: 'person.reportAddressChange',
    permission: 'address.report',
    run: async (w) =>
      E.reportAddressChangeAction({
        personId: (await freshOrder(w)).personId,
        foundOn: localToday(),
        address: {
          kind: 'RESIDENCE',
          districtId: w.district.id,
          locality: 'Astana',
          street: 'Matrix',
          building: '1',
          apartment: '',
          latitude: '',
          longitude: '',
          validFrom: localToday(),
        },
      }),
  },
  {
    name: 'person.confirmAddressChange',
    permission: 'person.update',
    run: async (w) => {
      const c = await freshAddressChange(w);
      return E.confirmAddressChangeAction({ changeId: c.id, version: c.version });
    },
  },
  {
    name: 'person.rejectAddressChange',
    permission: 'person.update',
    run: async (w) => {
      const c = await freshAddressChange(w);
      return E.rejectAddressChangeAction({ changeId: c.id, version: c.version, reason: 'Matrix test rejection' });
    },
  },
);

// Issue 13 (instruments): each call makes a version of an instrument of its own, never of STATIC99R.
ACTIONS.push({
  name: 'risk.instrument.create',
  permission: 'reference.manage',
  run: async () => createInstrumentVersionAction(newVersionInput((await createTestInstrument(db)).id)),
});
// Risk assessment workflow (issue 13): each call on a fresh person of the world officer's caseload.
async function riskIn(w: TWorld, status: 'DRAFT' | 'SUBMITTED' | 'COUNTERSIGNED') {
  const order = await freshOrder(w);
  return createRiskAssessment(db, { personId: order.personId, assessorId: w.users.officer.id, countersignerId: w.users.supervisor.id, status });
}
ACTIONS.push(
  {
    name: 'risk.start',
    permission: 'risk.assess',
    run: async (w) => RA.startAssessmentAction({ personId: (await freshOrder(w)).personId }),
  },
  {
    name: 'risk.save',
    permission: 'risk.assess',
    run: async (w) => {
      const a = await riskIn(w, 'DRAFT');
      return RA.saveAssessmentAction({ assessmentId: a.id, version: a.version, answers: {}, summary: 'Matrix' });
    },
  },
  {
    name: 'risk.submit',
    permission: 'risk.assess',
    run: async (w) => {
      const a = await riskIn(w, 'DRAFT');
      return RA.submitAssessmentAction({ assessmentId: a.id, version: a.version });
    },
  },
  {
    name: 'risk.countersign',
    permission: 'risk.countersign',
    run: async (w) => {
      const a = await riskIn(w, 'SUBMITTED');
      return RA.countersignAssessmentAction({ assessmentId: a.id, version: a.version });
    },
  },
  {
    name: 'risk.return',
    permission: 'risk.countersign',
    run: async (w) => {
      const a = await riskIn(w, 'SUBMITTED');
      return RA.returnAssessmentAction({ assessmentId: a.id, version: a.version, reason: 'Matrix return' });
    },
  },
  {
    name: 'risk.correct',
    permission: 'risk.assess',
    run: async (w) => {
      const a = await riskIn(w, 'COUNTERSIGNED');
      return RA.correctAssessmentAction({ assessmentId: a.id, version: a.version, reason: 'Matrix correction' });
    },
  },
);

// Issue 14, public-order warnings: each on a fresh public-order record with one incident.
ACTIONS.push({
  name: 'publicOrder.warning.issue',
  permission: 'publicOrder.record',
  run: async (w) => {
    const record = await createPublicOrderPerson(db, { districtId: w.district.id, createdById: w.users.police.id });
    const subject = { kind: 'publicOrder', id: record.id } as const;
    const incident = await createIncident(db, { subject, occurredOn: new Date(Date.UTC(2026, 0, 10)), recordedById: w.users.police.id });
    return issuePublicOrderWarningAction({ subject, incidentIds: [incident.id], language: 'RU' });
  },
});
// Issue 14 (public-order records): a fresh IIN (born 1971) for each registration, a fresh record for each correction.
ACTIONS.push(
  {
    name: 'publicOrder.register',
    permission: 'publicOrder.record',
    run: async (w) => {
      let iin: string | null = null;
      while (!iin || (await db.publicOrderPerson.findUnique({ where: { iin } })) || (await db.person.findUnique({ where: { iin } })))
        iin = buildIin(new Date('1971-02-20T00:00:00Z'), 'MALE', serial++ + Math.floor(Math.random() * 8000));
      return PO.registerPublicOrderPersonAction({
        iin,
        lastName: 'Matrix',
        firstName: 'Order',
        birthDate: '1971-02-20',
        sex: 'MALE',
        districtId: w.district.id,
        locality: 'Astana',
        street: 'Abaya',
        building: '1',
      });
    },
  },
  {
    name: 'publicOrder.update',
    permission: 'publicOrder.record',
    run: async (w) => {
      const r = await createPublicOrderPerson(db, { districtId: w.district.id, createdById: w.users.police.id, birthDate: new Date(Date.UTC(1971, 1, 21)) });
      return PO.updatePublicOrderPersonAction({
        id: r.id,
        version: r.version,
        lastName: 'Matrix',
        firstName: 'Fixed',
        locality: 'Astana',
        street: 'Abaya',
        building: '2',
      });
    },
  },
);

async function freshOrder(w: TWorld) {
  const { order } = await createPerson(db, {
    districtId: w.district.id,
    createdById: w.users.police.id,
    officerId: w.users.officer.id,
    articleId: w.article.id,
    courtId: w.court.id,
    legalBasisId: w.basis.id,
    sentenceEnd: new Date(Date.UTC(2019, 0, 1)),
  });
  return order!;
}

/** A petition in the given state, complete enough for its next step (prefilled, grounds, term). */
async function petitionIn(w: TWorld, status: 'DRAFT' | 'ENDORSED' | 'FILED' | 'HEARING_SET' | 'DENIED') {
  const order = await freshOrder(w);
  const prefill = await db.$transaction((tx) => buildPrefill(tx, { personId: order.personId, orderId: order.id, asOf: new Date() }));
  return db.extensionPetition.create({
    data: {
      personId: order.personId,
      orderId: order.id,
      courtId: w.court.id,
      drafterId: w.users.police.id,
      grounds: 'Repeated breaches',
      requestedTermYears: 2,
      prefill,
      status,
      endorserId: status === 'DRAFT' ? null : w.users.supervisor.id,
      filingNumber: status === 'FILED' || status === 'HEARING_SET' || status === 'DENIED' ? `T-${randomUUID()}` : null,
      ...(status === 'HEARING_SET' ? { hearingDate: addCalendarDays(kzToday(), 9), hearingAt: addCalendarDays(kzToday(), 9), courtroom: '4' } : {}),
    },
  });
}

// Issue 14, INCIDENTS: public-order incidents, each on a fresh record of the world's district.
const incidentPng = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], 'p.png', { type: 'image/png' });
ACTIONS.push(
  {
    name: 'publicOrder.incident.record',
    permission: 'publicOrder.record',
    run: async (w) => {
      const record = await createPublicOrderPerson(db, { districtId: w.district.id, createdById: w.users.police.id });
      const kind = await db.incidentKind.findUniqueOrThrow({ where: { code: 'NOISE' } });
      return recordIncidentAction({
        subject: { kind: 'publicOrder', id: record.id },
        occurredOn: localToday(),
        place: 'Matrix square',
        kindId: kind.id,
        description: 'Matrix incident',
      });
    },
  },
  {
    name: 'publicOrder.incident.addFiles',
    permission: 'publicOrder.record',
    run: async (w) => {
      const record = await createPublicOrderPerson(db, { districtId: w.district.id, createdById: w.users.police.id });
      const incident = await createIncident(db, { subject: { kind: 'publicOrder', id: record.id }, recordedById: w.users.police.id });
      return addIncidentFilesAction({ incidentId: incident.id, files: [incidentPng()] });
    },
  },
);

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
            const after = await db.user.findMany({
              where: { id: { in: usersBefore.map((u) => u.id) } },
              orderBy: { id: 'asc' },
              select: { id: true, version: true },
            });
            expect(after).toEqual(usersBefore);
          }
        }
      });
    }
  }
});

// A password change acts on the caller's own account and bumps their sessionVersion, which would
// end the shared world users' later sessions: it runs on a fresh user of each role instead.
const OWN_ACCOUNT_ACTIONS = ['account.changePassword', 'notification.read', 'notification.readAll'];

describe('permission matrix: own account', () => {
  for (const role of ['OFFICER', 'POLICE', 'CLERK', 'SUPERVISOR', 'ADMIN'] as const) {
    it(`account.changePassword as ${role.toLowerCase()}: ${ROLE_PERMISSIONS[role].includes('account.manage') ? 'allowed' : 'refused'}`, async () => {
      const user = await createUser(db, {
        role,
        districtId: world.district.id,
        courtId: world.court.id,
        regionId: world.region.id,
        password: 'Matrix-old-password-4417',
      });
      await actAs(user);
      const result = await changePasswordAction({ currentPassword: 'Matrix-old-password-4417', newPassword: 'Quiet-harbour-lantern-8812' });
      const events = await db.auditEvent.findMany({ where: { action: 'account.changePassword', actorId: user.id } });
      if ((ROLE_PERMISSIONS[role] as readonly TPermission[]).includes('account.manage')) {
        expect(result).toMatchObject({ ok: true });
        expect(events.map((e) => e.outcome)).toEqual(['SUCCESS']);
      } else {
        expect(result).toMatchObject({ ok: false, code: 'forbidden' });
        expect(events.map((e) => e.outcome)).toEqual(['DENIED']);
      }
    });
  }
  it('account.changePassword as anonymous: refused', async () => {
    await actAs(null);
    expect(await changePasswordAction({ currentPassword: 'x', newPassword: 'Quiet-harbour-lantern-8812' })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });
});

describe('permission matrix: complete for actions', () => {
  it('lists every action built with defineAction', () => {
    const listed = new Set([...ACTIONS.map((a) => a.name), ...OWN_ACCOUNT_ACTIONS]);
    const missing = DEFINED_ACTIONS.map((a) => a.actionName).filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
    expect(DEFINED_ACTIONS.length).toBeGreaterThan(30);
  });
});

// Issue 10: pages and routes, complete by construction. Every page.tsx and route.ts under app/
// must be registered (lib/auth/page-guards.ts) or built with defineRoute, and each is exercised
// for every role: allowed, denied (audited), out of scope (not found, audited).

const APP = path.join(process.cwd(), 'app');

function walk(dir: string, file: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), file) : e.name === file ? [path.join(dir, e.name)] : [],
  );
}

/** The URL path of an app file: route groups "(app)" left out. */
function routeOf(file: string) {
  const parts = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.join('/')}`;
}

describe('permission matrix: complete by construction', () => {
  it('registers every page with its guard, and each page calls requirePageActor with exactly that', () => {
    const pages = walk(APP, 'page.tsx');
    expect(pages.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const file of pages) {
      const route = routeOf(file);
      seen.add(route);
      const source = readFileSync(file, 'utf8');
      if (route in PUBLIC_PAGES) {
        expect(source, `${route} is public but calls requirePageActor`).not.toContain('requirePageActor(');
        continue;
      }
      const guard = (PAGE_GUARDS as Record<string, TPageGuard>)[route];
      expect(guard, `${route} (${file}) is not registered in lib/auth/page-guards.ts`).toBeDefined();
      const expected = guard === SIGNED_IN ? 'requirePageActor(SIGNED_IN)' : `requirePageActor('${guard}')`;
      expect(source.match(/requirePageActor\([^)]*\)/g), `${route} must call ${expected}`).toEqual([expected]);
    }
    // Nothing registered that no longer exists.
    expect([...Object.keys(PAGE_GUARDS), ...Object.keys(PUBLIC_PAGES)].filter((r) => !seen.has(r))).toEqual([]);
  });

  it('builds every signed-in route with defineRoute (permission registered); only listed routes are public', async () => {
    const routes = walk(APP, 'route.ts');
    const seen = new Set<string>();
    for (const file of routes) {
      const route = routeOf(file);
      seen.add(route);
      if (route in PUBLIC_ROUTES) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      const handlers = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => m in mod);
      expect(handlers, `${route} answers only GET`).toEqual(['GET']);
      const info = (mod.GET as { route?: TRouteInfo }).route;
      expect(info, `${route} (${file}) is not built with defineRoute`).toBeDefined();
      expect(PERMISSIONS).toContain(info!.permission);
    }
    expect(Object.keys(PUBLIC_ROUTES).filter((r) => !seen.has(r))).toEqual([]);
    expect(ROUTES.map((r) => r.path).sort()).toEqual([...seen].filter((r) => !(r in PUBLIC_ROUTES)).sort());
  });
});

const ROLES = ['officer', 'police', 'clerk', 'supervisor', 'admin'] as const;
const roleHas = (actor: (typeof ROLES)[number] | 'officer2' | 'police2' | 'supervisor2', permission: TPermission) =>
  (ROLE_PERMISSIONS[actor.replace(/2$/, '').toUpperCase() as Role] as readonly TPermission[]).includes(permission);

describe('permission matrix: every page guard × every role', () => {
  for (const [route, guard] of Object.entries(PAGE_GUARDS) as [string, TPageGuard][]) {
    it(`${route} (${guard})`, async () => {
      await actAs(null);
      await expect(requirePageActor(guard)).rejects.toThrow(/NEXT_REDIRECT/);
      for (const role of ROLES) {
        await actAs(world.users[role]);
        const allowed = guard === SIGNED_IN || roleHas(role, guard);
        const before = await db.auditEvent.count({ where: { actorId: world.users[role].id, action: 'page.view', outcome: 'DENIED' } });
        if (allowed) {
          await expect(requirePageActor(guard)).resolves.toMatchObject({ actor: { id: world.users[role].id } });
        } else {
          await expect(requirePageActor(guard)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
        }
        const after = await db.auditEvent.count({ where: { actorId: world.users[role].id, action: 'page.view', outcome: 'DENIED' } });
        expect(after - before, `${route} as ${role}`).toBe(allowed ? 0 : 1);
      }
    });
  }
});

type TRouteCase = { path: string; name: string; permission: TPermission; call: (f: TFixture) => Promise<Response>; scoped: boolean };
type TFixture = Awaited<ReturnType<typeof routeFixture>>;

const req = (p: string) => new Request(`http://localhost${p}`);
const withParams = <T>(params: T) => ({ params: Promise.resolve(params) });
const ROUTES: TRouteCase[] = [
  {
    path: '/evidence/[id]',
    name: 'evidence.download',
    permission: 'person.read',
    scoped: true,
    call: (f) => evidenceRoute(req('/e'), withParams({ id: f.evidenceId })),
  },
  {
    path: '/persons/[id]/photo',
    name: 'person.photo.view',
    permission: 'person.read',
    scoped: true,
    call: (f) => photoRoute(req('/p'), withParams({ id: f.personId })),
  },
  {
    path: '/warnings/[id]/document',
    name: 'warning.document',
    permission: 'person.read',
    scoped: true,
    call: (f) => warningDocRoute(req('/w'), withParams({ id: f.warningId })),
  },
  {
    path: '/petitions/[id]/document',
    name: 'petition.document',
    permission: 'petition.read',
    scoped: true,
    call: (f) => petitionDocRoute(req('/d'), withParams({ id: f.petitionId })),
  },
  {
    path: '/petitions/[id]/files/[fileId]',
    name: 'petition.fileDownload',
    permission: 'petition.read',
    scoped: true,
    call: (f) => petitionFileRoute(req('/f'), withParams({ id: f.petitionId, fileId: f.attachmentId })),
  },
  { path: '/persons/export', name: 'export.persons', permission: 'person.read', scoped: false, call: () => personsExport(req('/persons/export')) },
  { path: '/caseload/export', name: 'export.caseload', permission: 'caseload.read', scoped: false, call: () => caseloadExport(req('/caseload/export')) },
  { path: '/expiring/export', name: 'export.expiring', permission: 'worklist.expiry', scoped: false, call: () => expiringExport(req('/expiring/export')) },
  {
    path: '/warnings/export',
    name: 'export.notice-worklist',
    permission: 'worklist.warnings',
    scoped: false,
    call: () => noticeExport(req('/warnings/export')),
  },
  { path: '/agenda/ics', name: 'agenda.export', permission: 'checkin.record', scoped: false, call: () => agendaIcs(req('/agenda/ics')) },
  { path: '/audit/export', name: 'export.audit', permission: 'audit.read', scoped: false, call: () => auditExport(req('/audit/export')) },
  { path: '/risk/export', name: 'export.risk', permission: 'risk.export', scoped: false, call: () => riskExport(req('/risk/export')) },
  {
    path: '/public-order/incidents/files/[id]',
    name: 'publicOrder.incident.fileDownload',
    permission: 'publicOrder.read',
    scoped: true,
    call: (f) => incidentFileRoute(req('/i'), withParams({ id: f.incidentFileId })),
  },
];

/** One person with every kind of file, visible to the world's officer, police, clerk (a petition filed at their court) and supervisor. */
async function routeFixture(w: TWorld) {
  const petition = await petitionIn(w, 'FILED');
  const pdf = new Uint8Array(Buffer.from('%PDF-1.4 matrix'));
  await db.extensionPetition.update({ where: { id: petition.id }, data: { pdf } });
  const attachment = await db.petitionAttachment.create({ data: { petitionId: petition.id, fileName: 'a.pdf', mimeType: 'application/pdf', data: pdf } });
  const violation = await db.violation.create({
    data: { personId: petition.personId, type: 'MISSED_REPORTING', occurredAt: new Date(), description: 'x', recordedById: w.users.officer.id },
  });
  const evidence = await db.evidence.create({
    data: { violationId: violation.id, fileName: 'e.pdf', mimeType: 'application/pdf', size: pdf.length, data: pdf, uploadedById: w.users.officer.id },
  });
  await db.personPhoto.create({ data: { personId: petition.personId, mimeType: 'image/png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) } });
  const warning = await db.warning.create({
    data: { personId: petition.personId, type: 'PUBLIC_ORDER_WARNING', legalBasisId: w.basis.id, issuedById: w.users.police.id, pdf },
  });
  const publicOrderPerson = await createPublicOrderPerson(db, { districtId: w.district.id, createdById: w.users.police.id });
  const incident = await createIncident(db, { subject: { kind: 'publicOrder', id: publicOrderPerson.id }, recordedById: w.users.police.id });
  const incidentFile = await db.incidentFile.create({
    data: { incidentId: incident.id, fileName: 'i.pdf', mimeType: 'application/pdf', size: pdf.length, data: pdf, uploadedById: w.users.police.id },
  });
  // Users of the same roles elsewhere, fresh (the action matrix above changes the world's second users).
  const outside = {
    officer2: await createUser(db, { role: 'OFFICER', districtId: w.district2.id }),
    police2: await createUser(db, { role: 'POLICE', districtId: w.farDistrict.id }),
    supervisor2: await createUser(db, { role: 'SUPERVISOR', regionId: w.otherRegion.id }),
  };
  return {
    personId: petition.personId,
    petitionId: petition.id,
    attachmentId: attachment.id,
    evidenceId: evidence.id,
    warningId: warning.id,
    incidentFileId: incidentFile.id,
    outside,
  };
}

describe('permission matrix: every route × every role', () => {
  let fixture: TFixture;
  beforeAll(async () => {
    fixture = await routeFixture(world);
  });

  for (const route of ROUTES) {
    it(`${route.path} (${route.permission}): allowed, denied and out of scope, each audited`, async () => {
      const lastEvent = async (actorId: string | null) => db.auditEvent.findFirst({ where: { action: route.name, actorId }, orderBy: { id: 'desc' } });
      await actAs(null);
      const anonymousBefore = await lastEvent(null);
      expect((await route.call(fixture)).status).toBe(404);
      const anonymous = await lastEvent(null);
      expect(anonymous?.id).not.toBe(anonymousBefore?.id);
      expect(anonymous).toMatchObject({ outcome: 'DENIED', details: { reason: 'unauthenticated' } });
      for (const role of ROLES) {
        await actAs(world.users[role]);
        const response = await route.call(fixture);
        const event = await lastEvent(world.users[role].id);
        if (roleHas(role, route.permission)) {
          expect(response.status, `${route.path} as ${role}`).toBe(200);
          expect(response.headers.get('cache-control')).toBe('private, no-store');
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          expect(response.headers.get('content-disposition')).toMatch(route.name === 'person.photo.view' ? /^inline/ : /^attachment/);
          await response.arrayBuffer();
          expect(event, `${route.path} as ${role}`).toMatchObject({ outcome: 'SUCCESS' });
        } else {
          expect(response.status, `${route.path} as ${role}`).toBe(404);
          expect(event, `${route.path} as ${role}`).toMatchObject({ outcome: 'DENIED', details: { reason: 'permission', permission: route.permission } });
        }
      }
      if (!route.scoped) return;
      const outside = (['officer2', 'police2', 'supervisor2'] as const).filter((a) => roleHas(a, route.permission));
      expect(outside.length).toBeGreaterThan(0);
      for (const actor of outside) {
        await actAs(fixture.outside[actor]);
        expect((await route.call(fixture)).status, `${route.path} as ${actor}`).toBe(404);
        expect(await lastEvent(fixture.outside[actor].id), `${route.path} as ${actor}`).toMatchObject({ outcome: 'DENIED', details: { reason: 'not_found' } });
      }
    });
  }
});

import { subDays } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import {
  confirmAddressChangeAction,
  declineProposalAction,
  flagPersonAction,
  proposeEscalationAction,
  rejectAddressChangeAction,
  reportAddressChangeAction,
  withdrawFlagAction,
} from '@/lib/escalation/actions';
import { escalateViolationAction, dismissViolationAction } from '@/lib/violations/actions';
import { startPetitionAction } from '@/lib/petitions/actions';
import { findExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { findOfficerRequests, loadPersonEscalation } from '@/lib/escalation/queries';
import { actorOf } from '../helpers/world';
import { createPerson } from '@/prisma/seed/factories';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { localToday } from '@/lib/i18n/format';
import { toDateInput } from '@/lib/validation/fields';

// The officers' part in escalation (docs/decisions/018-officer-escalation.md): each workflow's
// permissions, scope, audit in the same transaction, and two people deciding the same thing.

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

/** A fresh person on the officer's caseload whose order ends in `days` days. */
async function newPerson(days = 400) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
  });
  await db.supervisionOrder.update({ where: { id: order!.id }, data: { endDate: addCalendarDays(kzToday(), days), lifelong: false } });
  return { person, order: order! };
}

const auditOf = (action: string, targetId: string) => db.auditEvent.findMany({ where: { action, targetId } });

async function ok<T>(result: Promise<{ ok: boolean; data?: T }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
}

describe('flag a person for a petition', () => {
  it('is the officer of the person, with grounds and reasons; police see it on the worklist and in a new draft with its source', async () => {
    const { person, order } = await newPerson(400);
    await actAs(world.users.officer);
    expect(await flagPersonAction({ personId: person.id, grounds: [], reasons: 'x' })).toMatchObject({
      ok: false,
      fieldErrors: { grounds: { key: 'escalation.validation.groundsRequired' } },
    });
    expect(await flagPersonAction({ personId: person.id, grounds: ['MISSED_CHECK_INS'], reasons: '  ' })).toMatchObject({ ok: false, code: 'validation' });
    const { flagId } = await ok<{ flagId: string }>(
      flagPersonAction({ personId: person.id, grounds: ['MISSED_CHECK_INS', 'REPEATED_VIOLATIONS'], reasons: 'Missed three check-ins since March' }),
    );
    expect(await auditOf('person.flagForPetition', flagId)).toEqual([expect.objectContaining({ outcome: 'SUCCESS', actorId: world.users.officer.id })]);
    // One open flag per person.
    expect(await flagPersonAction({ personId: person.id, grounds: ['OTHER'], reasons: 'Again' })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'escalation.errors.alreadyFlagged' } },
    });

    // The police worklist: the marker, and the filter finds the order although it ends after the window.
    const police = await actorOf(world.users.police);
    const all = await findExpiringOrders({ db, actor: police, within: 180, page: 1 });
    expect(all.rows.find((r) => r.id === order.id)).toBeUndefined();
    const flagged = await findExpiringOrders({ db, actor: police, within: 180, page: 1, flagged: true });
    expect(flagged.rows.find((r) => r.id === order.id)).toMatchObject({ flag: { flaggedBy: { fullName: expect.any(String) } } });
    // Police of another district do not.
    const police2 = await actorOf(world.users.police2);
    expect((await findExpiringOrders({ db, actor: police2, within: 180, page: 1, flagged: true })).rows.find((r) => r.id === order.id)).toBeUndefined();

    // The draft's grounds open with the flag's reasons and say where they came from.
    await actAs(world.users.police);
    const { petitionId } = await ok<{ petitionId: string }>(startPetitionAction({ personId: person.id, orderId: order.id }));
    const petition = await db.extensionPetition.findUniqueOrThrow({ where: { id: petitionId } });
    expect(petition.grounds).toContain('Missed three check-ins since March');
    expect(petition.grounds).toMatch(/^\[Из отметки инспектора пробации .+ от \d{2}\.\d{2}\.\d{4}\]/);
    expect(petition.grounds).toContain('Неявки на регистрацию');
    expect(petition.prefill).toMatchObject({
      officerFlag: { flagId, reasons: 'Missed three check-ins since March', grounds: ['MISSED_CHECK_INS', 'REPEATED_VIOLATIONS'] },
    });
    expect(await db.petitionFlag.findUniqueOrThrow({ where: { id: flagId } })).toMatchObject({ status: 'USED', petitionId, openPersonId: null });
  });

  it('is refused to other roles and out of scope, and withdrawn with a reason against the version seen', async () => {
    const { person } = await newPerson();
    await actAs(world.users.police);
    expect(await flagPersonAction({ personId: person.id, grounds: ['OTHER'], reasons: 'Police may not flag' })).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.officer2);
    expect(await flagPersonAction({ personId: person.id, grounds: ['OTHER'], reasons: 'Not my caseload' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.petitionFlag.count({ where: { personId: person.id } })).toBe(0);

    await actAs(world.users.officer);
    const { flagId } = await ok<{ flagId: string }>(flagPersonAction({ personId: person.id, grounds: ['RISK_CONDUCT'], reasons: 'Seen near a school' }));
    expect(await withdrawFlagAction({ flagId, version: 1, reason: '' })).toMatchObject({ ok: false, code: 'validation' });
    await actAs(world.users.officer2);
    expect(await withdrawFlagAction({ flagId, version: 1, reason: 'Not mine' })).toMatchObject({ ok: false, code: 'not_found' });
    await actAs(world.users.officer);
    await ok(withdrawFlagAction({ flagId, version: 1, reason: 'Misread the school address' }));
    expect(await withdrawFlagAction({ flagId, version: 1, reason: 'Twice' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.petitionFlag.findUniqueOrThrow({ where: { id: flagId } })).toMatchObject({
      status: 'WITHDRAWN',
      withdrawReason: 'Misread the school address',
      openPersonId: null,
    });
    expect(await auditOf('person.withdrawFlag', flagId)).toEqual([expect.objectContaining({ outcome: 'SUCCESS' })]);
    // A new flag is possible once the old one is withdrawn.
    await ok(flagPersonAction({ personId: person.id, grounds: ['OTHER'], reasons: 'New facts' }));
  });
});

async function newViolation(personId: string) {
  return db.violation.create({
    data: { personId, type: 'CURFEW_BREACH', occurredAt: subDays(new Date(), 3), description: 'Away at 23:40', recordedById: world.users.officer.id },
  });
}

describe('propose escalation of a violation', () => {
  it('is proposed by the officer, seen by police of the district, and accepted by the existing escalation move', async () => {
    const { person } = await newPerson();
    const v = await newViolation(person.id);
    await actAs(world.users.officer);
    expect(await proposeEscalationAction({ violationId: v.id, to: 'ADMIN_PROTOCOL', reason: '' })).toMatchObject({ ok: false, code: 'validation' });
    const { proposalId } = await ok<{ proposalId: string }>(
      proposeEscalationAction({ violationId: v.id, to: 'ADMIN_PROTOCOL', reason: 'Third curfew breach' }),
    );
    expect(await proposeEscalationAction({ violationId: v.id, to: 'CRIMINAL_REFERRAL', reason: 'Twice' })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'escalation.errors.alreadyProposed' } },
    });
    expect(await auditOf('violation.proposeEscalation', proposalId)).toHaveLength(1);

    expect((await findOfficerRequests({ db, actor: await actorOf(world.users.police) })).proposals.map((p) => p.id)).toContain(proposalId);
    expect((await findOfficerRequests({ db, actor: await actorOf(world.users.police2) })).proposals.map((p) => p.id)).not.toContain(proposalId);

    await actAs(world.users.police);
    await ok(
      escalateViolationAction({
        violationId: v.id,
        version: v.version,
        to: 'ADMIN_PROTOCOL',
        protocolNumber: 'AP-1',
        protocolDate: localToday(),
        penalty: 'Fine',
      }),
    );
    expect(await db.escalationProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      status: 'ACCEPTED',
      decidedById: world.users.police.id,
      openViolationId: null,
    });
    // Declining it now is a conflict with a clear message.
    expect(await declineProposalAction({ proposalId, version: 1, reason: 'Too late' })).toMatchObject({
      ok: false,
      code: 'conflict',
      message: { key: 'escalation.errors.proposalDecided' },
    });
    // From the protocol only a referral can be proposed; a protocol again is no escalation.
    await actAs(world.users.officer);
    expect(await proposeEscalationAction({ violationId: v.id, to: 'ADMIN_PROTOCOL', reason: 'Again' })).toMatchObject({
      ok: false,
      fieldErrors: { to: { key: 'escalation.validation.notAnEscalation' } },
    });
    const view = await loadPersonEscalation({ db, actor: await actorOf(world.users.officer), personId: person.id });
    expect(view.violations.find((x) => x.id === v.id)?.proposals[0]).toMatchObject({ status: 'ACCEPTED' });
  });

  it('is declined by police with a reason; two deciding at once: one wins, the other gets a conflict; dismissing supersedes', async () => {
    const { person } = await newPerson();
    const v = await newViolation(person.id);
    await actAs(world.users.police);
    expect(await proposeEscalationAction({ violationId: v.id, to: 'ADMIN_PROTOCOL', reason: 'Police cannot propose' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    await actAs(world.users.officer2);
    expect(await proposeEscalationAction({ violationId: v.id, to: 'ADMIN_PROTOCOL', reason: 'Not mine' })).toMatchObject({ ok: false, code: 'not_found' });
    await actAs(world.users.officer);
    const { proposalId } = await ok<{ proposalId: string }>(proposeEscalationAction({ violationId: v.id, to: 'CRIMINAL_REFERRAL', reason: 'Serious' }));

    await actAs(world.users.officer);
    expect(await declineProposalAction({ proposalId, version: 1, reason: 'Officers cannot decide' })).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.police2);
    expect(await declineProposalAction({ proposalId, version: 1, reason: 'Other district' })).toMatchObject({ ok: false, code: 'not_found' });
    await actAs(world.users.police);
    const [a, b] = await Promise.all([
      declineProposalAction({ proposalId, version: 1, reason: 'Not enough evidence' }),
      declineProposalAction({ proposalId, version: 1, reason: 'Second decision' }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: 'conflict' });
    const declined = await db.escalationProposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(declined).toMatchObject({ status: 'DECLINED', openViolationId: null });
    expect(['Not enough evidence', 'Second decision']).toContain(declined.declineReason);
    expect((await auditOf('violation.declineProposal', proposalId)).filter((e) => e.outcome === 'SUCCESS')).toHaveLength(1);

    // A new proposal, then the violation is dismissed by the supervisor: the proposal is superseded.
    await actAs(world.users.officer);
    const second = await ok<{ proposalId: string }>(proposeEscalationAction({ violationId: v.id, to: 'ADMIN_PROTOCOL', reason: 'New breach' }));
    await actAs(world.users.supervisor);
    await ok(dismissViolationAction({ violationId: v.id, version: v.version, reason: 'Hospitalised' }));
    expect(await db.escalationProposal.findUniqueOrThrow({ where: { id: second.proposalId } })).toMatchObject({ status: 'SUPERSEDED' });
  });
});

function address(overrides: Record<string, string> = {}) {
  return {
    kind: 'RESIDENCE',
    districtId: world.district.id,
    locality: 'Astana',
    street: 'Kenesary',
    building: '12',
    apartment: '7',
    latitude: '',
    longitude: '',
    validFrom: localToday(),
    ...overrides,
  };
}

describe('a change of address found on a home visit', () => {
  it('is recorded by the officer (validated as an address), pending until police confirm it as the current address', async () => {
    const { person } = await newPerson();
    await actAs(world.users.officer);
    expect(await reportAddressChangeAction({ personId: person.id, address: address({ street: '' }), foundOn: localToday() })).toMatchObject({
      ok: false,
      fieldErrors: { 'address.street': { key: 'validation.required' } },
    });
    const tomorrow = toDateInput(addCalendarDays(kzToday(), 1));
    expect(await reportAddressChangeAction({ personId: person.id, address: address(), foundOn: tomorrow })).toMatchObject({
      ok: false,
      fieldErrors: { foundOn: expect.anything() },
    });
    const { changeId } = await ok<{ changeId: string }>(
      reportAddressChangeAction({ personId: person.id, address: address(), foundOn: localToday(), note: 'Neighbours confirm' }),
    );
    expect(await auditOf('person.reportAddressChange', changeId)).toHaveLength(1);
    // Nothing changes in the addresses until police confirm.
    expect(await db.address.count({ where: { personId: person.id, street: 'Kenesary' } })).toBe(0);
    expect((await findOfficerRequests({ db, actor: await actorOf(world.users.police) })).addressChanges.map((c) => c.id)).toContain(changeId);
    expect((await findOfficerRequests({ db, actor: await actorOf(world.users.police2) })).addressChanges.map((c) => c.id)).not.toContain(changeId);

    await actAs(world.users.officer);
    expect(await confirmAddressChangeAction({ changeId, version: 1 })).toMatchObject({ ok: false, code: 'forbidden' });
    await actAs(world.users.police2);
    expect(await confirmAddressChangeAction({ changeId, version: 1 })).toMatchObject({ ok: false, code: 'not_found' });
    await actAs(world.users.police);
    const [a, b] = await Promise.all([
      confirmAddressChangeAction({ changeId, version: 1 }),
      rejectAddressChangeAction({ changeId, version: 1, reason: 'Wrong' }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: 'conflict', message: { key: 'escalation.errors.addressDecided' } });
    const change = await db.addressChange.findUniqueOrThrow({ where: { id: changeId } });
    if (change.status === 'ACCEPTED') {
      const current = await db.address.findFirstOrThrow({ where: { personId: person.id, kind: 'RESIDENCE', validTo: null } });
      expect(current).toMatchObject({ id: change.addressId, street: 'Kenesary', building: '12', apartment: '7' });
      expect(await auditOf('person.confirmAddressChange', changeId)).toEqual([expect.objectContaining({ outcome: 'SUCCESS' })]);
    } else {
      expect(change).toMatchObject({ status: 'DECLINED', rejectReason: 'Wrong' });
      expect(await db.address.count({ where: { personId: person.id, street: 'Kenesary' } })).toBe(0);
    }
  });

  it('is rejected with a reason and leaves the addresses as they were', async () => {
    const { person } = await newPerson();
    const before = await db.address.findMany({ where: { personId: person.id }, orderBy: { id: 'asc' } });
    await actAs(world.users.officer);
    const { changeId } = await ok<{ changeId: string }>(
      reportAddressChangeAction({ personId: person.id, address: address({ street: 'Abaya' }), foundOn: localToday() }),
    );
    await actAs(world.users.police);
    expect(await rejectAddressChangeAction({ changeId, version: 1, reason: '' })).toMatchObject({ ok: false, code: 'validation' });
    await ok(rejectAddressChangeAction({ changeId, version: 1, reason: 'The person only visits there' }));
    expect(await db.addressChange.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({
      status: 'DECLINED',
      rejectReason: 'The person only visits there',
    });
    expect(await db.address.findMany({ where: { personId: person.id }, orderBy: { id: 'asc' } })).toEqual(before);
    expect(await auditOf('person.rejectAddressChange', changeId)).toEqual([expect.objectContaining({ outcome: 'SUCCESS', actorId: world.users.police.id })]);
  });
});

import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { ZConfirmAddressChange, ZDeclineProposal, ZFlagPerson, ZProposeEscalation, ZRejectAddressChange, ZReportAddressChange, ZWithdrawFlag } from './schemas';
import { flagPerson, withdrawFlag } from './flags';
import { declineProposal, proposeEscalation } from './proposals';
import { confirmAddressChange, rejectAddressChange, reportAddressChange } from './address-changes';

// The officers' part in escalation and the police's answers (docs/decisions/018-officer-escalation.md).

export const flagPersonAction = defineAction({
  name: 'person.flagForPetition',
  permission: 'petition.flag',
  schema: ZFlagPerson,
  handler: async ({ tx, actor, input }) => {
    const flag = await flagPerson({ tx, actor, input });
    return {
      data: { flagId: flag.id },
      audit: { targetType: 'PetitionFlag', targetId: flag.id, details: { personId: input.personId, grounds: input.grounds } },
    };
  },
});

export const withdrawFlagAction = defineAction({
  name: 'person.withdrawFlag',
  permission: 'petition.flag',
  schema: ZWithdrawFlag,
  handler: async ({ tx, actor, input }) => {
    const flag = await withdrawFlag({ tx, actor, input });
    return { data: { flagId: flag.id }, audit: { targetType: 'PetitionFlag', targetId: flag.id, details: { personId: flag.personId, reason: input.reason } } };
  },
});

export const proposeEscalationAction = defineAction({
  name: 'violation.proposeEscalation',
  permission: 'violation.propose',
  schema: ZProposeEscalation,
  handler: async ({ tx, actor, input }) => {
    const { proposal, personId } = await proposeEscalation({ tx, actor, input });
    return {
      data: { proposalId: proposal.id },
      audit: { targetType: 'EscalationProposal', targetId: proposal.id, details: { personId, violationId: input.violationId, to: input.to } },
    };
  },
});

export const declineProposalAction = defineAction({
  name: 'violation.declineProposal',
  permission: 'violation.escalate',
  schema: ZDeclineProposal,
  handler: async ({ tx, actor, input }) => {
    const p = await declineProposal({ tx, actor, input });
    return {
      data: { proposalId: p.id },
      audit: {
        targetType: 'EscalationProposal',
        targetId: p.id,
        details: { personId: p.violation.personId, violationId: p.violationId, reason: input.reason },
      },
    };
  },
});

export const reportAddressChangeAction = defineAction({
  name: 'person.reportAddressChange',
  permission: 'address.report',
  schema: ZReportAddressChange,
  handler: async ({ tx, actor, input }) => {
    const change = await reportAddressChange({ tx, actor, input });
    return { data: { changeId: change.id }, audit: { targetType: 'AddressChange', targetId: change.id, details: { personId: input.personId } } };
  },
});

export const confirmAddressChangeAction = defineAction({
  name: 'person.confirmAddressChange',
  permission: 'person.update',
  schema: ZConfirmAddressChange,
  handler: async ({ tx, actor, input }) => {
    const { change, address, flags } = await confirmAddressChange({ tx, actor, input });
    return {
      data: { changeId: change.id, addressId: address.id, flags },
      audit: { targetType: 'AddressChange', targetId: change.id, details: { personId: change.personId, addressId: address.id, proximityFlags: flags.length } },
    };
  },
});

export const rejectAddressChangeAction = defineAction({
  name: 'person.rejectAddressChange',
  permission: 'person.update',
  schema: ZRejectAddressChange,
  handler: async ({ tx, actor, input }) => {
    const change = await rejectAddressChange({ tx, actor, input });
    return {
      data: { changeId: change.id },
      audit: { targetType: 'AddressChange', targetId: change.id, details: { personId: change.personId, reason: input.reason } },
    };
  },
});

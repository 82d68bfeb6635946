import { z } from 'zod';
import { zId, zOptionalText, zPastDate, zRequiredText, zVersion } from '@/lib/validation/fields';
import { ZAddress } from '@/lib/persons/schemas';

// The officers' part in escalation (docs/decisions/018-officer-escalation.md): a flag that a
// person needs a petition, a proposal to escalate a violation, a found change of address.

export const FLAG_GROUNDS = ['REPEATED_VIOLATIONS', 'MISSED_CHECK_INS', 'ADMIN_PENALTIES', 'RISK_CONDUCT', 'NO_FIXED_ADDRESS', 'OTHER'] as const;
export type TFlagGround = (typeof FLAG_GROUNDS)[number];

export const ZFlagPerson = z.object({
  personId: zId,
  grounds: z
    .array(z.enum(FLAG_GROUNDS, { error: 'validation.invalid' }))
    .min(1, 'escalation.validation.groundsRequired')
    .max(FLAG_GROUNDS.length, 'validation.tooMany')
    .transform((g) => [...new Set(g)]),
  reasons: zRequiredText(4000),
});

export const ZWithdrawFlag = z.object({ flagId: zId, version: zVersion, reason: zRequiredText(2000) });

/** The escalation moves an officer may propose: the ones police make (lib/violations/workflow.ts). */
export const PROPOSABLE_MOVES = ['ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL'] as const;

export const ZProposeEscalation = z.object({
  violationId: zId,
  to: z.enum(PROPOSABLE_MOVES, { error: 'validation.required' }),
  reason: zRequiredText(2000),
});

export const ZDeclineProposal = z.object({ proposalId: zId, version: zVersion, reason: zRequiredText(2000) });

export const ZReportAddressChange = z.object({
  personId: zId,
  address: ZAddress,
  // The day of the home visit that found it: never in the future (docs/date-rules.md).
  foundOn: zPastDate,
  note: zOptionalText(2000),
});

export const ZConfirmAddressChange = z.object({ changeId: zId, version: zVersion });
export const ZRejectAddressChange = z.object({ changeId: zId, version: zVersion, reason: zRequiredText(2000) });

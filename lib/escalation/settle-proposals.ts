import type { Tx } from '@/lib/db/client';
import type { ViolationStatus } from '@/lib/generated/prisma/enums';

// Kept apart from ./proposals.ts: the violation workflow calls this, and its forms should not
// need the proposal form's messages (tests/unit/client-messages.test.ts follows the imports).

/**
 * Called by the violation workflow after every move (lib/violations/move-violation.ts): police
 * accept a proposal by making the escalation through the existing path (protocol, referral), so a
 * pending proposal is ACCEPTED by an escalation and SUPERSEDED by a dismissal. Returns its id.
 */
export async function settleProposals(tx: Tx, { violationId, to, actorId }: { violationId: string; to: ViolationStatus; actorId: string }) {
  const pending = await tx.escalationProposal.findUnique({ where: { openViolationId: violationId } });
  if (!pending) return null;
  await tx.escalationProposal.update({
    where: { id: pending.id },
    data: {
      status: to === 'DISMISSED' ? 'SUPERSEDED' : 'ACCEPTED',
      openViolationId: null,
      decidedById: actorId,
      decidedAt: new Date(),
      version: { increment: 1 },
    },
  });
  return pending.id;
}

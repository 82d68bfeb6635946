import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import { TRANSITIONS } from '@/lib/violations/workflow';
import type { ZDeclineProposal, ZProposeEscalation } from './schemas';

/**
 * An officer proposes that police escalate a violation: only a move the violation workflow has
 * from where the violation stands (lib/violations/workflow.ts), one pending proposal at a time.
 */
export async function proposeEscalation({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZProposeEscalation> }) {
  const violation = await tx.violation.findFirst({ where: { id: input.violationId, person: personScope(actor) } });
  if (!violation) throw new NotFoundError('Violation');
  if (TRANSITIONS[violation.status][input.to] !== 'violation.escalate') throw new FieldError({ to: { key: 'escalation.validation.notAnEscalation' } });
  const pending = await tx.escalationProposal.findUnique({ where: { openViolationId: violation.id } });
  if (pending) throw new FieldError({ _form: { key: 'escalation.errors.alreadyProposed' } });
  const proposal = await tx.escalationProposal.create({
    data: { violationId: violation.id, openViolationId: violation.id, toStatus: input.to, reason: input.reason, proposedById: actor.id },
  });
  return { proposal, personId: violation.personId };
}

/** Police decline a pending proposal with a reason, against the version they saw. */
export async function declineProposal({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZDeclineProposal> }) {
  const proposal = await tx.escalationProposal.findFirst({
    where: { id: input.proposalId, violation: { person: personScope(actor) } },
    include: { violation: true },
  });
  if (!proposal) throw new NotFoundError('EscalationProposal');
  if (proposal.version !== input.version || proposal.status !== 'PENDING') throw new ConflictError({ key: 'escalation.errors.proposalDecided' });
  const updated = await tx.escalationProposal.updateMany({
    where: { id: proposal.id, version: input.version, status: 'PENDING' },
    data: { status: 'DECLINED', openViolationId: null, decidedById: actor.id, decidedAt: new Date(), declineReason: input.reason, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'escalation.errors.proposalDecided' });
  return proposal;
}

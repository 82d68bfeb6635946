import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from '@/lib/persons/scope';

/**
 * Assessments an actor may see: those of persons in their scope (an officer's own caseload, a
 * supervisor's region). Police and clerks read an assessment only as a petition's frozen prefill
 * carries it (docs/decisions/023-risk-assessment.md); out of scope is not found.
 */
export function riskAssessmentScope(actor: TActor): Prisma.RiskAssessmentWhereInput {
  if (actor.role === 'OFFICER' || actor.role === 'SUPERVISOR') return { person: personScope(actor) };
  return { id: { in: [] } };
}

/** Statuses of an assessment still in the works: at most one per person (partial unique index). */
export const OPEN_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED'] as const;
/** Statuses the officer may edit. */
export const EDITABLE_STATUSES = ['DRAFT', 'RETURNED'] as const;

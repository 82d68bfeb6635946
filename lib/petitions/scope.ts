import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from '@/lib/persons/scope';

/** What reaches a court: from filing on (a clerk never sees a draft or an endorsed petition). */
export const CLERK_STATUSES = ['FILED', 'HEARING_SET', 'GRANTED', 'DENIED'] as const;

/**
 * Petitions an actor may see: police and supervisors those of persons in their district or
 * region; clerks those filed with their own court (from filing on). Out of scope is not found.
 */
export function petitionScope(actor: TActor): Prisma.ExtensionPetitionWhereInput {
  if (actor.role === 'CLERK') {
    return actor.courtId ? { courtId: actor.courtId, status: { in: [...CLERK_STATUSES] } } : { id: { in: [] } };
  }
  if (actor.role === 'POLICE' || actor.role === 'SUPERVISOR') return { person: personScope(actor) };
  return { id: { in: [] } };
}

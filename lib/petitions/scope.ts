import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from '@/lib/persons/scope';

/**
 * Petitions an actor may see: police and supervisors those of persons in their district or
 * region; clerks those filed with their own court (from filing on). Out of scope is not found.
 */
export function petitionScope(actor: TActor): Prisma.ExtensionPetitionWhereInput {
  if (actor.role === 'CLERK') {
    return actor.courtId ? { courtId: actor.courtId, status: { in: ['FILED', 'HEARING_SET', 'GRANTED', 'DENIED'] } } : { id: { in: [] } };
  }
  if (actor.role === 'POLICE' || actor.role === 'SUPERVISOR') return { person: personScope(actor) };
  return { id: { in: [] } };
}

import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from '@/lib/persons/scope';

// Who sees a public-order record (issue 14; docs/decisions/030-public-order-warnings.md): police
// of its district, supervisors of its region, nobody else (officers' caseloads, clerks and the
// public never reach it). Every query of PublicOrderPerson, of its incidents and of its warnings
// ANDs one of these in, so a record outside scope is simply not found.

type TScopeActor = Pick<TActor, 'id' | 'role' | 'districtId' | 'courtId' | 'regionId'>;

const NOTHING = { id: { in: [] as string[] } };

export function publicOrderScope(actor: TScopeActor): Prisma.PublicOrderPersonWhereInput {
  if (actor.role === 'POLICE') return actor.districtId ? { districtId: actor.districtId } : NOTHING;
  if (actor.role === 'SUPERVISOR') return actor.regionId ? { regionId: actor.regionId } : NOTHING;
  return NOTHING;
}

/**
 * Public-order incidents in scope: on a public-order record in scope, or on the record of a
 * supervised person (their IIN routed the incident there) that the actor may read and whom the
 * actor may also see public-order work of (police and supervisors; an officer reads the person
 * but not their public-order incidents).
 */
export function incidentScope(actor: TScopeActor): Prisma.PublicOrderIncidentWhereInput {
  if (actor.role !== 'POLICE' && actor.role !== 'SUPERVISOR') return NOTHING;
  return { OR: [{ publicOrderPerson: publicOrderScope(actor) }, { person: personScope(actor) }] };
}

/** Warnings in scope: a supervised person's (personScope), or a public-order record's. */
export function warningScope(actor: TScopeActor): Prisma.WarningWhereInput {
  return { OR: [{ person: personScope(actor) }, { publicOrderPerson: publicOrderScope(actor) }] };
}

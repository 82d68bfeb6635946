import type { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/auth/actor';

// Which person records an actor may see. Every person query ANDs this in, so a record outside
// scope is simply not found. A user missing their unit sees nothing rather than everything.
const NOTHING: Prisma.PersonWhereInput = { id: { in: [] } };

export function personScope(actor: Pick<TActor, 'id' | 'role' | 'districtId' | 'courtId' | 'regionId'>): Prisma.PersonWhereInput {
  switch (actor.role) {
    case 'OFFICER':
      return { officerId: actor.id };
    case 'POLICE':
      return actor.districtId ? { districtId: actor.districtId } : NOTHING;
    case 'CLERK':
      // Clerks see persons with a petition filed with their court (from filing on).
      return actor.courtId
        ? { petitions: { some: { courtId: actor.courtId, status: { in: ['FILED', 'HEARING_SET', 'GRANTED', 'DENIED'] } } } }
        : NOTHING;
    case 'SUPERVISOR':
      return actor.regionId ? { district: { regionId: actor.regionId } } : NOTHING;
    case 'ADMIN':
      return NOTHING;
  }
}

/** Districts an actor may register persons into (police: own district; supervisor: region). */
export function districtScope(actor: Pick<TActor, 'role' | 'districtId' | 'regionId'>): Prisma.DistrictWhereInput {
  if (actor.role === 'POLICE' && actor.districtId) return { id: actor.districtId };
  if (actor.role === 'SUPERVISOR' && actor.regionId) return { regionId: actor.regionId };
  return { id: { in: [] } };
}

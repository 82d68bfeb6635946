import { Prisma } from '@/lib/generated/prisma/client';
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
      return actor.courtId ? { petitions: { some: { courtId: actor.courtId, status: { in: ['FILED', 'HEARING_SET', 'GRANTED', 'DENIED'] } } } } : NOTHING;
    case 'SUPERVISOR':
      // The person's own region column (kept by a trigger from the district): one index.
      return actor.regionId ? { regionId: actor.regionId } : NOTHING;
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

/**
 * personScope as SQL on a "Person" row aliased `p`, for queries written in SQL (caseload,
 * dashboard). Each role's rule is an indexed column (regionId, districtId, officerId) rather than
 * a sub-select over districts. tests/integration/sql-twins.test.ts holds it to personScope.
 */
export function personScopeSql(actor: Pick<TActor, 'id' | 'role' | 'districtId' | 'courtId' | 'regionId'>): Prisma.Sql {
  switch (actor.role) {
    case 'OFFICER':
      return Prisma.sql`p."officerId" = ${actor.id}`;
    case 'POLICE':
      return actor.districtId ? Prisma.sql`p."districtId" = ${actor.districtId}` : Prisma.sql`FALSE`;
    case 'CLERK':
      return actor.courtId
        ? Prisma.sql`EXISTS (SELECT 1 FROM "public"."ExtensionPetition" e WHERE e."personId" = p.id AND e."courtId" = ${actor.courtId} AND e.status IN ('FILED', 'HEARING_SET', 'GRANTED', 'DENIED'))`
        : Prisma.sql`FALSE`;
    case 'SUPERVISOR':
      return actor.regionId ? Prisma.sql`p."regionId" = ${actor.regionId}` : Prisma.sql`FALSE`;
    case 'ADMIN':
      return Prisma.sql`FALSE`;
  }
}

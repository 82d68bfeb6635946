import type { Prisma } from '@/lib/generated/prisma/client';

// Who is told, by role and unit: the same units that scope what each role sees
// (lib/persons/scope.ts): supervisors by region, police and officers by district, clerks by court.
// A unit that is unknown (null) matches nobody.

const NOBODY: Prisma.UserWhereInput = { id: { in: [] } };

export const supervisorsOfRegion = (regionId: string | null | undefined): Prisma.UserWhereInput => (regionId ? { role: 'SUPERVISOR', regionId } : NOBODY);

export const policeOfDistrict = (districtId: string | null | undefined): Prisma.UserWhereInput => (districtId ? { role: 'POLICE', districtId } : NOBODY);

export const clerksOfCourt = (courtId: string | null | undefined): Prisma.UserWhereInput => (courtId ? { role: 'CLERK', courtId } : NOBODY);

/** The listed users (nulls dropped), e.g. a petition's drafter and endorser and the person's officer. */
export const users = (...ids: (string | null | undefined)[]): Prisma.UserWhereInput => {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? { id: { in: list } } : NOBODY;
};

export const anyOf = (...rules: Prisma.UserWhereInput[]): Prisma.UserWhereInput => ({ OR: rules });

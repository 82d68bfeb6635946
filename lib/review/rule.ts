import { Prisma } from '@/lib/generated/prisma/client';

// Imported persons land in review (docs/import.md): until a supervisor reviews and assigns them
// they are in no caseload and not in the public registry. The rule in its two forms, for Prisma
// and for SQL on a "Person" row aliased `p` (tests/integration/sql-twins.test.ts holds them
// together through the registry rule that uses both).

export const REVIEWED_WHERE: Prisma.PersonWhereInput = { reviewStatus: 'REVIEWED' };
export const PENDING_REVIEW_WHERE: Prisma.PersonWhereInput = { reviewStatus: 'PENDING_REVIEW' };

export function reviewedSql(): Prisma.Sql {
  return Prisma.sql`p."reviewStatus" = 'REVIEWED'`;
}

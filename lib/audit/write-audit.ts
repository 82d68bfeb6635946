import type { Tx } from '@/lib/db/client';
import type { AuditOutcome, Role } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';

export type TAuditInput = {
  actor?: { id: string; email: string; role: Role } | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: AuditOutcome;
  ip?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
  /** The region the event belongs to, when the caller knows it; otherwise resolved (see regionOf). */
  regionId?: string | null;
};

// Records that belong to a person: the event is the person's region's. The table names come from
// this fixed list, never from input.
const PERSON_RECORDS: Record<string, Prisma.Sql> = {
  Violation: Prisma.sql`"Violation"`,
  ExtensionPetition: Prisma.sql`"ExtensionPetition"`,
  Warning: Prisma.sql`"Warning"`,
  CheckIn: Prisma.sql`"CheckIn"`,
  AnnouncementTask: Prisma.sql`"AnnouncementTask"`,
  SupervisionOrder: Prisma.sql`"SupervisionOrder"`,
  RiskAssessment: Prisma.sql`"RiskAssessment"`,
};

const personRegion = (personId: Prisma.Sql) =>
  Prisma.sql`SELECT COALESCE(p."regionId", d."regionId") FROM "public"."Person" p JOIN "public"."District" d ON d.id = p."districtId" WHERE p.id = ${personId}`;
const userRegion = (userId: string) =>
  Prisma.sql`SELECT COALESCE(u."regionId", d."regionId", c."regionId") FROM "public"."User" u LEFT JOIN "public"."District" d ON d.id = u."districtId" LEFT JOIN "public"."Court" c ON c.id = u."courtId" WHERE u.id = ${userId}`;

/** The region of the record an event is about, as SQL, for the record types that have one. */
function targetRegionSql(targetType: string, targetId: string): Prisma.Sql | null {
  if (targetType === 'Person') return personRegion(Prisma.sql`${targetId}`);
  if (targetType === 'Evidence')
    return personRegion(
      Prisma.sql`(SELECT v."personId" FROM "public"."Evidence" e JOIN "public"."Violation" v ON v.id = e."violationId" WHERE e.id = ${targetId})`,
    );
  if (targetType === 'User') return userRegion(targetId);
  const table = PERSON_RECORDS[targetType];
  return table ? personRegion(Prisma.sql`(SELECT t."personId" FROM ${table} t WHERE t.id = ${targetId})`) : null;
}

/**
 * Which region's supervisors read the event (docs/decisions/007-audit-scope-and-routes.md):
 * a success about a record is the record's region's (the person's, a user's unit's); anything
 * else — a denial, an out-of-scope attempt (the target is deliberately not looked at: out of
 * scope is "not found"), an export, a sign-in — is the actor's unit's region. Administrators
 * have no unit: their own events without a regional record have no region (administrators only).
 * One statement, no lock.
 */
async function regionOf(tx: Tx, input: TAuditInput): Promise<string | null> {
  const target = input.outcome === 'SUCCESS' && input.targetType && input.targetId ? targetRegionSql(input.targetType, input.targetId) : null;
  const actor = input.actor ? userRegion(input.actor.id) : null;
  if (!target && !actor) return null;
  const [row] = await tx.$queryRaw<{ regionId: string | null }[]>`
    SELECT COALESCE((${target ?? Prisma.sql`NULL::text`}), (${actor ?? Prisma.sql`NULL::text`})) AS "regionId"`;
  return row?.regionId ?? null;
}

/**
 * Appends one audit event inside the caller's transaction, so the event commits or rolls back
 * with the change it describes. A plain insert (after one read of the region): no lock, so no
 * user transaction ever waits on another to audit. The sealing job chains the rows afterwards
 * (lib/audit/seal.ts), which is what makes tampering detectable.
 */
export async function writeAudit(tx: Tx, input: TAuditInput) {
  const regionId = input.regionId !== undefined ? input.regionId : await regionOf(tx, input);
  return tx.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      outcome: input.outcome,
      ip: input.ip ?? null,
      requestId: input.requestId ?? null,
      regionId,
      // Round-trip through JSON so what is stored is plain data (no Dates, no undefined).
      details: input.details === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(input.details)) as Prisma.InputJsonValue),
    },
  });
}

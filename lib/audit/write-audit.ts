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
};

/**
 * Appends one audit event inside the caller's transaction, so the event commits or rolls back
 * with the change it describes. A plain insert: no lock and no read of other rows, so no user
 * transaction ever waits on another to audit. The sealing job chains the rows afterwards
 * (lib/audit/seal.ts), which is what makes tampering detectable.
 */
export async function writeAudit(tx: Tx, input: TAuditInput) {
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
      // Round-trip through JSON so what is stored is plain data (no Dates, no undefined).
      details: input.details === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(input.details)) as Prisma.InputJsonValue),
    },
  });
}

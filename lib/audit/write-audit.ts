import { createHash } from 'node:crypto';
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

export const GENESIS_HASH = '0'.repeat(64);

// jsonb reorders object keys, so the hash must not depend on key order.
function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** The fields a row's hash covers, in a fixed order (lib/audit/verify-chain.ts recomputes it). */
export function auditHash(prevHash: string, row: {
  at: Date; actorId: string | null; action: string; targetType: string | null; targetId: string | null;
  outcome: string; ip: string | null; requestId: string | null; details: unknown;
}): string {
  const canonical = stableStringify([
    prevHash, row.at.toISOString(), row.actorId, row.action, row.targetType, row.targetId,
    row.outcome, row.ip, row.requestId, row.details ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one audit event inside the caller's transaction, so the event commits or rolls back
 * with the change it describes. A transaction-scoped advisory lock serialises writers so each
 * row chains onto the true previous hash.
 */
export async function writeAudit(tx: Tx, input: TAuditInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7241001)`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Millisecond precision so the hash recomputes exactly from what Postgres stores.
  const at = new Date();
  const row = {
    at,
    actorId: input.actor?.id ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    outcome: input.outcome,
    ip: input.ip ?? null,
    requestId: input.requestId ?? null,
    // Round-trip through JSON so the hashed value equals what jsonb will return (no Dates etc.).
    details: input.details === undefined ? null : (JSON.parse(JSON.stringify(input.details)) as unknown),
  };
  const hash = auditHash(prevHash, row);
  return tx.auditEvent.create({
    data: {
      ...row,
      details: row.details === null ? Prisma.DbNull : (row.details as Prisma.InputJsonValue),
      actorEmail: input.actor?.email ?? null,
      actorRole: input.actor?.role ?? null,
      prevHash,
      hash,
    },
  });
}

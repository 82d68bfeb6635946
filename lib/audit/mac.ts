import 'server-only';
import { createHmac } from 'node:crypto';

/** One audit event as stored: every column the seal covers. */
export type TSealedEvent = {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  ip: string | null;
  requestId: string | null;
  details: unknown;
  /** Added by issue 10; events written before it have null, and their links leave it out. */
  regionId: string | null;
};

/** The chain's first link points at this. */
export const GENESIS_MAC = '0'.repeat(64);

// jsonb reorders object keys, so the MAC must not depend on key order.
function stableStringify(value: unknown): string {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/**
 * HMAC-SHA256 over the previous link, the chain position and every column of the event (who —
 * id, e-mail and role —, what, target, when, where, outcome, request, details, region). Keyed,
 * so only whoever holds AUDIT_HMAC_KEY (outside the database) can write a valid link.
 * Columns added later (regionId) join the canonical form only when not null: links sealed before
 * the column existed still verify, and setting or clearing the column changes the MAC.
 */
export function auditMac(key: string, prevMac: string, seq: bigint, e: TSealedEvent): string {
  const canonical = stableStringify([
    prevMac,
    seq,
    e.id,
    e.at,
    e.actorId,
    e.actorEmail,
    e.actorRole,
    e.action,
    e.targetType,
    e.targetId,
    e.outcome,
    e.ip,
    e.requestId,
    e.details ?? null,
    ...(e.regionId === null || e.regionId === undefined ? [] : [{ regionId: e.regionId }]),
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

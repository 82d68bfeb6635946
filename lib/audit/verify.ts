import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { AuditVerificationResult } from '@/lib/generated/prisma/enums';
import { auditMac, GENESIS_MAC, type TSealedEvent } from './mac';
import { SEAL_LOOKBACK_MS } from './seal';

// The verifier walks the whole chain and recomputes every link with the key. It detects:
// - an edited event (any column, the actor's id, e-mail and role and the region included): its link's MAC differs;
// - a deleted event: its link points at nothing;
// - a deleted link, or a link and its event: the positions are no longer 1, 2, 3, …;
// - a re-chained trail (links recomputed without the key, or with another): the MACs differ;
// - a truncated tail: the previous run's head (position and MAC) is gone or different;
// - events left unsealed too long (the sealing job is not running, or an event was slipped in
//   among old ones): reported as UNSEALED.

export const PROBLEMS = ['gap', 'missing_event', 'prev_mismatch', 'mac_mismatch', 'head_lost', 'unsealed'] as const;
export type TAuditProblem = (typeof PROBLEMS)[number];

export type TVerifyResult = {
  result: AuditVerificationResult;
  checked: number;
  headSeq: bigint | null;
  headMac: string | null;
  brokenSeq: bigint | null;
  brokenEvent: bigint | null;
  problem: TAuditProblem | null;
};

/** Unsealed events older than this are a problem (the sealer looks back SEAL_LOOKBACK_MS). */
export const UNSEALED_GRACE_MS = SEAL_LOOKBACK_MS + 5 * 60_000;

type TLinkRow = { seq: bigint; eventId: bigint; prevMac: string; mac: string } & { [K in keyof TSealedEvent as `e_${K & string}`]: TSealedEvent[K] | null };

/**
 * Walks the chain and recomputes every link. `full: false` resumes after the head the last good
 * run saw (which must still be there with the same MAC): the hourly run then reads only the new
 * links, and the nightly full walk re-reads everything, so an edit to an old event is found
 * within a day.
 */
export async function verifyAuditChain({
  db,
  key,
  now = new Date(),
  batchSize = 5000,
  full = true,
}: {
  db: Db;
  key: string;
  now?: Date;
  batchSize?: number;
  full?: boolean;
}): Promise<TVerifyResult> {
  const lastGood = await db.auditVerification.findFirst({ where: { result: { not: 'BROKEN' }, headSeq: { not: null } }, orderBy: { id: 'desc' } });
  let prevMac = GENESIS_MAC;
  let expectedSeq = 1n;
  let checked = 0;
  let headMac: string | null = null;
  let sawLastGoodHead = !lastGood;
  const broken = (problem: TAuditProblem, seq: bigint | null, event: bigint | null): TVerifyResult => ({
    result: 'BROKEN',
    checked,
    headSeq: expectedSeq - 1n > 0n ? expectedSeq - 1n : null,
    headMac,
    brokenSeq: seq,
    brokenEvent: event,
    problem,
  });
  if (!full && lastGood?.headSeq && lastGood.headMac) {
    const head = await db.auditSeal.findUnique({ where: { seq: lastGood.headSeq } });
    if (!head || head.mac !== lastGood.headMac) return broken('head_lost', lastGood.headSeq, head?.eventId ?? null);
    prevMac = head.mac;
    headMac = head.mac;
    expectedSeq = head.seq + 1n;
    sawLastGoodHead = true;
  }
  for (;;) {
    const links = await db.$queryRaw<TLinkRow[]>`
      SELECT s.seq, s."eventId", s."prevMac", s.mac,
        e.id AS e_id, e.at AS e_at, e."actorId" AS "e_actorId", e."actorEmail" AS "e_actorEmail", e."actorRole"::text AS "e_actorRole",
        e.action AS e_action, e."targetType" AS "e_targetType", e."targetId" AS "e_targetId", e.outcome::text AS e_outcome,
        e.ip AS e_ip, e."requestId" AS "e_requestId", e.details AS e_details, e."regionId" AS "e_regionId"
      FROM "public"."AuditSeal" s LEFT JOIN "public"."AuditEvent" e ON e.id = s."eventId"
      WHERE s.seq >= ${expectedSeq} ORDER BY s.seq LIMIT ${batchSize}`;
    for (const link of links) {
      if (link.seq !== expectedSeq) return broken('gap', expectedSeq, null);
      if (link.e_id === null) return broken('missing_event', link.seq, link.eventId);
      if (link.prevMac !== prevMac) return broken('prev_mismatch', link.seq, link.eventId);
      const event: TSealedEvent = {
        id: link.e_id,
        at: link.e_at!,
        actorId: link.e_actorId,
        actorEmail: link.e_actorEmail,
        actorRole: link.e_actorRole,
        action: link.e_action!,
        targetType: link.e_targetType,
        targetId: link.e_targetId,
        outcome: link.e_outcome!,
        ip: link.e_ip,
        requestId: link.e_requestId,
        details: link.e_details,
        regionId: link.e_regionId,
      };
      if (auditMac(key, prevMac, link.seq, event) !== link.mac) return broken('mac_mismatch', link.seq, link.eventId);
      if (lastGood && link.seq === lastGood.headSeq) {
        if (link.mac !== lastGood.headMac) return broken('head_lost', link.seq, link.eventId);
        sawLastGoodHead = true;
      }
      prevMac = link.mac;
      headMac = link.mac;
      expectedSeq += 1n;
      checked++;
    }
    if (links.length < batchSize) break;
  }
  const headSeq = expectedSeq > 1n ? expectedSeq - 1n : null;
  if (!sawLastGoodHead) return { ...broken('head_lost', lastGood!.headSeq, null), headSeq, headMac };
  const [straggler] = await db.$queryRaw<{ id: bigint }[]>`
    SELECT e.id FROM "public"."AuditEvent" e
    WHERE e.at < ${new Date(now.getTime() - UNSEALED_GRACE_MS)} AND NOT EXISTS (SELECT 1 FROM "public"."AuditSeal" s WHERE s."eventId" = e.id)
    ORDER BY e.id LIMIT 1`;
  if (straggler) return { result: 'UNSEALED', checked, headSeq, headMac, brokenSeq: null, brokenEvent: straggler.id, problem: 'unsealed' };
  return { result: 'OK', checked, headSeq, headMac, brokenSeq: null, brokenEvent: null, problem: null };
}

/** Runs the verifier and records the result where administrators see it (the audit page). */
export async function recordAuditVerification({ db, key, now = new Date(), full = true }: { db: Db; key: string; now?: Date; full?: boolean }) {
  const verdict = await verifyAuditChain({ db, key, now, full });
  return db.auditVerification.create({ data: { ...verdict, at: now } });
}

/** The latest run, for the audit page. */
export function findLatestAuditVerification({ db = appDb }: { db?: Db } = {}) {
  return db.auditVerification.findFirst({ orderBy: { id: 'desc' } });
}

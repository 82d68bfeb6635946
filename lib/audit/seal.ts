import type { Db } from '@/lib/db/client';
import { auditMac, GENESIS_MAC, type TSealedEvent } from './mac';

// Writers insert audit events freely (lib/audit/write-audit.ts); this job chains them afterwards,
// one link per event in the order it finds them (docs/decisions/004-job-runner-and-audit-seal.md).
// Event ids come from a sequence and can commit out of order (a long transaction takes its id
// early), so the job does not assume "everything below the last sealed id is sealed": it looks
// for unsealed events among those written since shortly before its previous run, and the nightly
// sweep (and the verifier's UNSEALED check) catch anything older.

/** Only one sealer at a time: it reads the head and appends after it. */
const SEALER_LOCK = 7241002;
/** Longer than any transaction may run (DATABASE_TX_TIMEOUT_MS) plus clock skew between app instances. */
export const SEAL_LOOKBACK_MS = 15 * 60_000;

type TRow = TSealedEvent;

/**
 * Seals unsealed events in batches (each its own transaction). `sweep` looks at the whole trail
 * instead of the recent window. Returns how many events it sealed.
 */
export async function sealAuditEvents({ db, key, sweep = false, batchSize = 2000 }: { db: Db; key: string; sweep?: boolean; batchSize?: number }) {
  let sealed = 0;
  for (;;) {
    const n = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEALER_LOCK})`;
      const head = await tx.auditSeal.findFirst({ orderBy: { seq: 'desc' } });
      const since = sweep || !head ? new Date(0) : new Date(head.sealedAt.getTime() - SEAL_LOOKBACK_MS);
      const rows = await tx.$queryRaw<TRow[]>`
        SELECT e.id, e.at, e."actorId", e."actorEmail", e."actorRole"::text AS "actorRole", e.action, e."targetType", e."targetId",
          e.outcome::text AS outcome, e.ip, e."requestId", e.details, e."regionId"
        FROM "public"."AuditEvent" e
        WHERE e.at >= ${since} AND NOT EXISTS (SELECT 1 FROM "public"."AuditSeal" s WHERE s."eventId" = e.id)
        ORDER BY e.id LIMIT ${batchSize}`;
      if (rows.length === 0) return 0;
      let prevMac = head?.mac ?? GENESIS_MAC;
      let seq = head?.seq ?? 0n;
      const links = rows.map((event) => {
        seq += 1n;
        const mac = auditMac(key, prevMac, seq, event);
        const link = { seq, eventId: event.id, prevMac, mac };
        prevMac = mac;
        return link;
      });
      await tx.auditSeal.createMany({ data: links });
      return rows.length;
    });
    sealed += n;
    if (n < batchSize) return sealed;
  }
}

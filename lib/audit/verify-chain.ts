import type { Db } from '@/lib/db/client';
import { auditHash, GENESIS_HASH } from './write-audit';

/** Walks the chain in id order; returns the id of the first row whose hash does not match. */
export async function verifyAuditChain({ db, batchSize = 1000 }: { db: Db; batchSize?: number }) {
  let prevHash = GENESIS_HASH;
  let cursor: bigint | undefined;
  let checked = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) return { ok: true as const, checked };
    for (const row of rows) {
      const expected = auditHash(prevHash, row);
      if (row.prevHash !== prevHash || row.hash !== expected) return { ok: false as const, checked, brokenAt: row.id };
      prevHash = row.hash;
      checked++;
    }
    cursor = rows[rows.length - 1].id;
  }
}

import 'server-only';
import { TZDate } from '@date-fns/tz';
import { addYears, isBefore, subYears } from 'date-fns';
import { db as appDb, type Db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { kzStartOfDay, kzToday } from '@/lib/time/today';
import { publicOrderSettings } from './settings';

// Retention of public-order records (issue 14; docs/decisions/035-public-order-retention.md).
// A public-order record is kept for `publicOrder.retentionYears` after its last incident (a record
// without any incident: after the day it was created, Kazakhstan calendar), then the nightly
// `public-order:retention` job removes it with its incidents, their files and its warnings (and
// their documents) by the foreign keys' cascade. An incident recorded on a supervised person's
// record follows the same clock on its own, unless a warning refers to it: the warning is part of
// the supervision file, and so are the incidents that ground it.
//
// In batches: one transaction per batch (bounded: a batch never nears the job transaction's time
// limit, even on the embedded database), keyset by id. Each candidate is locked and checked again
// inside its batch's transaction, so an incident recorded meanwhile (its insert holds a key-share
// lock on the record) either commits first and keeps the record, or waits and fails on the gone
// record. Audited as the system, one event per removed record or incident, counts only.

export const RETENTION_JOB = 'public-order:retention';
export const RETENTION_BATCH_SIZE = 50;

/** The day (UTC-midnight form) a retention period that began on `from` runs out: `years` later. */
export function retentionRunsOutOn(from: Date, years: number): Date {
  return new Date(addYears(new TZDate(from, 'UTC'), years).getTime());
}

/**
 * When a public-order record's period runs out: `years` after its last incident, or after the
 * Kazakhstan day it was created when it has none. The record is kept through that day and
 * removed from the next.
 */
export function recordRunsOutOn(record: { lastIncidentOn: Date | null; createdAt: Date }, years: number): Date {
  return retentionRunsOutOn(record.lastIncidentOn ?? kzToday(record.createdAt), years);
}

/** True when the period that runs out on `runsOutOn` has run out by `today` (Kazakhstan). */
const ranOut = (runsOutOn: Date, today: Date) => isBefore(runsOutOn, today);

type TRemovedRecord = { id: string; ranOutOn: string; incidents: number; files: number; warnings: number };
type TRemovedIncident = { id: string; ranOutOn: string; files: number };

export type TRetentionResult = {
  records: TRemovedRecord[];
  incidents: TRemovedIncident[];
  /** Transactions used (one per non-empty batch). */
  batches: number;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Removes every public-order record and every unreferenced supervised-person incident whose
 * retention period has run out by `now` (Kazakhstan calendar). Idempotent: a second run finds
 * nothing left to remove.
 */
export async function removeExpiredPublicOrderRecords({
  db = appDb,
  now = new Date(),
  batchSize = RETENTION_BATCH_SIZE,
}: { db?: Db; now?: Date; batchSize?: number } = {}): Promise<TRetentionResult> {
  const { retentionYears } = await publicOrderSettings(db);
  const today = kzToday(now);
  // Anything whose last incident (or creation day) is before the cutoff may have run out; the exact
  // day is checked per row (addYears keeps 29 February to 28 February).
  const cutoff = subYears(new TZDate(today, 'UTC'), retentionYears);
  const result: TRetentionResult = { records: [], incidents: [], batches: 0 };

  const recordWhere: Prisma.PublicOrderPersonWhereInput = {
    // A stale lastIncidentOn never shortens the period: no incident on or after the cutoff either.
    incidents: { none: { occurredOn: { gte: cutoff } } },
    OR: [
      { lastIncidentOn: { lt: cutoff } },
      { lastIncidentOn: null, createdAt: { lt: kzStartOfDay(cutoff) } },
      { lastIncidentOn: null, incidents: { some: {} } },
    ],
  };
  result.batches += await inBatches({
    db,
    batchSize,
    next: (cursor) =>
      db.publicOrderPerson.findMany({
        where: { ...recordWhere, ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: 'asc' },
        take: batchSize,
        select: { id: true },
      }),
    remove: async (tx, ids) => void result.records.push(...(await removeRecords(tx, ids, recordWhere, retentionYears, today))),
  });

  const incidentWhere: Prisma.PublicOrderIncidentWhereInput = { personId: { not: null }, occurredOn: { lt: cutoff }, warnings: { none: {} } };
  result.batches += await inBatches({
    db,
    batchSize,
    next: (cursor) =>
      db.publicOrderIncident.findMany({
        where: { ...incidentWhere, ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: 'asc' },
        take: batchSize,
        select: { id: true },
      }),
    remove: async (tx, ids) => void result.incidents.push(...(await removeIncidents(tx, ids, incidentWhere, retentionYears, today))),
  });
  return result;
}

const AUDIT_DETAILS = { via: 'job', job: RETENTION_JOB } as const;

/** Notifications about what is removed would only lead to "not found": they go with it. */
async function forgetNotifications(tx: Tx, about: Prisma.NotificationWhereInput[]) {
  await tx.notification.deleteMany({ where: { OR: about } });
}

/**
 * Keyset batches by id: candidates are read outside any transaction, each batch is removed in a
 * transaction of its own (bounded, so never near the job transaction limit). Returns the number of batches.
 */
async function inBatches({
  db,
  batchSize,
  next,
  remove,
}: {
  db: Db;
  batchSize: number;
  next: (cursor: string | undefined) => Promise<{ id: string }[]>;
  remove: (tx: Tx, ids: string[]) => Promise<void>;
}) {
  let batches = 0;
  for (let cursor: string | undefined; ;) {
    const candidates = await next(cursor);
    if (candidates.length === 0) return batches;
    cursor = candidates[candidates.length - 1].id;
    await db.$transaction((tx) =>
      remove(
        tx,
        candidates.map((c) => c.id),
      ),
    );
    batches += 1;
    if (candidates.length < batchSize) return batches;
  }
}

async function removeRecords(tx: Tx, ids: string[], where: Prisma.PublicOrderPersonWhereInput, years: number, today: Date): Promise<TRemovedRecord[]> {
  // Lock first, then read again: whatever committed while we waited is seen.
  await tx.$queryRaw`SELECT id FROM "public"."PublicOrderPerson" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.publicOrderPerson.findMany({
    where: { AND: [{ id: { in: ids } }, where] },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      regionId: true,
      lastIncidentOn: true,
      createdAt: true,
      incidents: { orderBy: { occurredOn: 'desc' }, take: 1, select: { occurredOn: true } },
      _count: { select: { incidents: true, warnings: true } },
    },
  });
  const removed: TRemovedRecord[] = [];
  const regionOf = new Map<string, string | null>();
  for (const row of rows) {
    const latest = row.incidents[0]?.occurredOn;
    const lastIncidentOn = latest && (!row.lastIncidentOn || isBefore(row.lastIncidentOn, latest)) ? latest : row.lastIncidentOn;
    const runsOutOn = recordRunsOutOn({ lastIncidentOn, createdAt: row.createdAt }, years);
    if (!ranOut(runsOutOn, today)) continue;
    const files = await tx.incidentFile.count({ where: { incident: { publicOrderPersonId: row.id } } });
    removed.push({ id: row.id, ranOutOn: day(runsOutOn), incidents: row._count.incidents, files, warnings: row._count.warnings });
    regionOf.set(row.id, row.regionId);
  }
  if (removed.length === 0) return [];
  const recordIds = removed.map((r) => r.id);
  await forgetNotifications(tx, [
    { entityType: 'PublicOrderPerson', entityId: { in: recordIds } },
    {
      entityType: 'Warning',
      entityId: { in: (await tx.warning.findMany({ where: { publicOrderPersonId: { in: recordIds } }, select: { id: true } })).map((w) => w.id) },
    },
    {
      entityType: 'PublicOrderIncident',
      entityId: { in: (await tx.publicOrderIncident.findMany({ where: { publicOrderPersonId: { in: recordIds } }, select: { id: true } })).map((i) => i.id) },
    },
  ]);
  // Incidents, their files, warnings (with their documents) and warning-incident links go by cascade.
  await tx.publicOrderPerson.deleteMany({ where: { id: { in: recordIds } } });
  for (const r of removed) {
    await writeAudit(tx, {
      actor: null,
      action: 'publicOrder.retention.remove',
      targetType: 'PublicOrderPerson',
      targetId: r.id,
      outcome: 'SUCCESS',
      // The record is gone: its region is given, not looked up.
      regionId: regionOf.get(r.id) ?? null,
      details: { ...AUDIT_DETAILS, ranOutOn: r.ranOutOn, retentionYears: years, incidents: r.incidents, files: r.files, warnings: r.warnings },
    });
  }
  return removed;
}

async function removeIncidents(tx: Tx, ids: string[], where: Prisma.PublicOrderIncidentWhereInput, years: number, today: Date): Promise<TRemovedIncident[]> {
  // Locked: a warning being issued on the incident (its link holds a key-share lock) goes first or fails.
  await tx.$queryRaw`SELECT id FROM "public"."PublicOrderIncident" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.publicOrderIncident.findMany({
    where: { AND: [{ id: { in: ids } }, where] },
    orderBy: { id: 'asc' },
    select: { id: true, occurredOn: true, person: { select: { district: { select: { regionId: true } } } }, _count: { select: { files: true } } },
  });
  const removed: TRemovedIncident[] = [];
  const regionOf = new Map<string, string | null>();
  for (const row of rows) {
    const runsOutOn = retentionRunsOutOn(row.occurredOn, years);
    if (!ranOut(runsOutOn, today)) continue;
    removed.push({ id: row.id, ranOutOn: day(runsOutOn), files: row._count.files });
    regionOf.set(row.id, row.person?.district.regionId ?? null);
  }
  if (removed.length === 0) return [];
  await forgetNotifications(tx, [{ entityType: 'PublicOrderIncident', entityId: { in: removed.map((r) => r.id) } }]);
  await tx.publicOrderIncident.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  for (const r of removed) {
    await writeAudit(tx, {
      actor: null,
      action: 'publicOrder.retention.removeIncident',
      targetType: 'PublicOrderIncident',
      targetId: r.id,
      outcome: 'SUCCESS',
      regionId: regionOf.get(r.id) ?? null,
      details: { ...AUDIT_DETAILS, ranOutOn: r.ranOutOn, retentionYears: years, files: r.files },
    });
  }
  return removed;
}

import 'server-only';
import { z } from 'zod';
import { db as appDb, type Db, type Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RiskDueReason } from '@/lib/generated/prisma/enums';
import { writeAudit } from '@/lib/audit/write-audit';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { notify } from '@/lib/notifications/notify';
import { personScopeSql } from '@/lib/persons/scope';
import { REVIEWED_WHERE } from '@/lib/review/rule';
import { daysFromToday, kzToday, kzTodayString } from '@/lib/time/today';

// Reassessment dues (issue 13; docs/decisions/027-risk-reassessment-dues.md). A change that makes
// a reassessment due at once (a violation escalated to an administrative protocol, a new
// conviction, a new address) enqueues `risk:due` in its own transaction; the job raises the due
// and tells the officer. ANNUAL dues are raised by applyCountersigned (lib/risk/current.ts) and
// told by the nightly `risk:annual` job once their day comes. The next countersigned assessment
// settles every open due.

/** Reasons a change raises (ANNUAL comes from the countersignature, never from a change). */
export const EVENT_DUE_REASONS = ['VIOLATION_ESCALATED', 'NEW_CONVICTION', 'ADDRESS_CHANGE'] as const satisfies readonly RiskDueReason[];
export type TEventDueReason = (typeof EVENT_DUE_REASONS)[number];

export const ZRiskDuePayload = z.object({
  personId: z.string().min(1).max(100),
  reason: z.enum(EVENT_DUE_REASONS),
  sourceId: z.string().min(1).max(100),
});
export type TRiskDuePayload = z.output<typeof ZRiskDuePayload>;

/**
 * Asks for a reassessment due in the caller's transaction: the job exists exactly when the change
 * commits. Whether a due is raised is decided by the job (the person may never have been assessed).
 */
export async function enqueueRiskDue(tx: Tx, payload: TRiskDuePayload) {
  await enqueueJob(tx, 'risk:due', payload, { jobKey: `risk:due:${payload.personId}:${payload.reason}:${payload.sourceId}`, maxAttempts: 10 });
}

/** Persons under supervision: reviewed, with an active order (docs/oversight.md). */
const UNDER_SUPERVISION: Prisma.PersonWhereInput = { ...REVIEWED_WHERE, orders: { some: { status: 'ACTIVE' } } };

/** The link a due's notification and the inbox open: start (or continue) the reassessment. */
export const reassessLink = (personId: string) => `/persons/${personId}/risk/new`;

/** Where a due counts as open and reached: not settled, its day today or past. */
const openReached = (today: Date): Prisma.RiskReassessmentDueWhereInput => ({ satisfiedAt: null, dueOn: { lte: today } });

/**
 * Tells the person's officer of a due, once: marks it notified and notifies, unless the officer
 * was already told of another open due of the person (one reassessment settles them all, so a
 * second message would only repeat the first). Returns whether a notification was written; a due
 * of a person without an officer stays untold (the nightly job tells the officer once assigned).
 */
async function tellOnce(tx: Tx, due: { id: string; personId: string; reason: RiskDueReason }, officerId: string | null, now: Date) {
  if (!officerId) return false;
  const claimed = await tx.riskReassessmentDue.updateMany({ where: { id: due.id, notifiedAt: null }, data: { notifiedAt: now } });
  if (claimed.count === 0) return false;
  const alreadyTold = await tx.riskReassessmentDue.count({
    where: { personId: due.personId, id: { not: due.id }, notifiedAt: { not: null }, ...openReached(kzToday(now)) },
  });
  if (alreadyTold > 0) return false;
  const sent = await notify(tx, null, {
    kind: 'RISK_REASSESSMENT_DUE',
    to: [officerId],
    entity: { type: 'Person', id: due.personId, link: reassessLink(due.personId) },
    params: { reason: due.reason },
  });
  return sent.length > 0;
}

/**
 * The `risk:due` job: raises the due (Kazakhstan today) if the person is under supervision and
 * has a countersigned assessment, and tells the officer. Idempotent: the unique (person, reason,
 * source) makes a second run (a retry, a duplicate job) raise nothing. Audited as the system.
 */
export async function raiseRiskDue({ db = appDb, payload, now = new Date() }: { db?: Db; payload: unknown; now?: Date }) {
  const parsed = ZRiskDuePayload.safeParse(payload);
  if (!parsed.success) return { raised: false as const, why: 'invalid' as const };
  const { personId, reason, sourceId } = parsed.data;
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: personId, ...UNDER_SUPERVISION }, select: { id: true, officerId: true, riskAssessmentId: true } });
    if (!person) return { raised: false as const, why: 'notSupervised' as const };
    // Never assessed: shown as such by oversight, not a due (there is nothing to reassess).
    if (!person.riskAssessmentId) return { raised: false as const, why: 'neverAssessed' as const };
    const [due] = await tx.riskReassessmentDue.createManyAndReturn({
      data: [{ personId, reason, sourceId, dueOn: kzToday(now) }],
      skipDuplicates: true,
      select: { id: true, personId: true, reason: true },
    });
    if (!due) return { raised: false as const, why: 'already' as const };
    const notified = await tellOnce(tx, due, person.officerId, now);
    await writeAudit(tx, {
      actor: null,
      action: 'risk.due.raise',
      targetType: 'Person',
      targetId: personId,
      outcome: 'SUCCESS',
      details: { via: 'job', job: 'risk:due', dueId: due.id, reason, sourceId, notified },
    });
    return { raised: true as const, dueId: due.id, notified };
  });
}

/**
 * The nightly `risk:annual` job: tells officers of dues whose day has come and that nobody was
 * told of yet (ANNUAL dues reaching their day; also an event due raised while the person had no
 * officer). Each due at most once (notifiedAt); a due of a person no longer under supervision is
 * left alone. In batches, each in its own transaction.
 */
export async function notifyReachedDues({ db = appDb, now = new Date(), batchSize = 200 }: { db?: Db; now?: Date; batchSize?: number }) {
  const today = kzToday(now);
  let notified = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.riskReassessmentDue.findMany({
      where: { ...openReached(today), notifiedAt: null, person: { ...UNDER_SUPERVISION, officerId: { not: null } }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, personId: true, reason: true, person: { select: { officerId: true } } },
    });
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1].id;
    await db.$transaction(async (tx) => {
      for (const due of batch) {
        const told = await tellOnce(tx, due, due.person.officerId, now);
        if (told) notified += 1;
        await writeAudit(tx, {
          actor: null,
          action: 'risk.due.notify',
          targetType: 'Person',
          targetId: due.personId,
          outcome: 'SUCCESS',
          details: { via: 'job', job: 'risk:annual', dueId: due.id, reason: due.reason, notified: told },
        });
      }
    });
    if (batch.length < batchSize) break;
  }
  return { notified };
}

// ───────────────────────────── the officer's inbox ─────────────────────────────

export const DUES_PAGE_SIZE = 20;

type TDueRow = {
  personId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  dueOn: Date;
  reasons: RiskDueReason[];
  total: bigint;
};

/**
 * "Reassessments due" in the officer's inbox: one row per person of the officer's own caseload
 * (under supervision) with open dues whose day has come — why (every open reason), since when
 * (the earliest), days overdue — oldest first, a page at a time. Other roles have no caseload.
 */
export async function findDueReassessments({
  db = appDb,
  actor,
  page: wanted = 1,
  now = new Date(),
}: {
  db?: Db | Tx;
  actor: TActor;
  page?: number;
  now?: Date;
}) {
  if (actor.role !== 'OFFICER') return { rows: [], total: 0, page: 1, pageCount: 1 };
  const pageOf = (page: number) => db.$queryRaw<TDueRow[]>`
    SELECT p.id AS "personId", p."lastName", p."firstName", p."middleName", min(d."dueOn") AS "dueOn",
           array_agg(DISTINCT d.reason::text ORDER BY d.reason::text) AS reasons, count(*) OVER () AS total
    FROM "public"."RiskReassessmentDue" d
    JOIN "public"."Person" p ON p.id = d."personId"
    WHERE d."satisfiedAt" IS NULL AND d."dueOn" <= ${kzTodayString(now)}::date
      AND p."officerId" = ${actor.id} AND ${personScopeSql(actor)} AND p."reviewStatus" = 'REVIEWED'
      AND EXISTS (SELECT 1 FROM "public"."SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')
    GROUP BY p.id
    ORDER BY min(d."dueOn") ASC, p.id ASC
    LIMIT ${DUES_PAGE_SIZE} OFFSET ${(page - 1) * DUES_PAGE_SIZE}`;
  let page = Math.max(1, wanted);
  let rows = await pageOf(page);
  if (rows.length === 0 && page > 1) {
    // Past the end (the list shrank meanwhile): the last page instead.
    rows = await pageOf(1);
    page = rows.length ? Math.ceil(Number(rows[0].total) / DUES_PAGE_SIZE) : 1;
    if (page > 1) rows = await pageOf(page);
  }
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    rows: rows.map((r) => ({
      person: { id: r.personId, lastName: r.lastName, firstName: r.firstName, middleName: r.middleName },
      dueOn: r.dueOn,
      reasons: r.reasons,
      daysOverdue: -daysFromToday(r.dueOn, now),
      link: reassessLink(r.personId),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / DUES_PAGE_SIZE)),
  };
}

export type TDueReassessment = Awaited<ReturnType<typeof findDueReassessments>>['rows'][number];

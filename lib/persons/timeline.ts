import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { differenceInMinutes } from 'date-fns';
import type { Db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { hasPermission } from '@/lib/auth/permissions';
import { kzStartOfDay, localCalendarDay } from '@/lib/i18n/format';
import { petitionScope } from '@/lib/petitions/scope';
import { parseRestrictionRow, type TRestrictionParams } from '@/lib/supervision/restrictions';
import type {
  CheckInChannel,
  CheckInOutcome,
  CheckInSource,
  DecisionOutcome,
  RestrictionType,
  ViolationStatus,
  ViolationType,
  WarningType,
} from '@/lib/generated/prisma/enums';
import { personScope } from './scope';

export const TIMELINE_KINDS = ['checkins', 'violations', 'decisions', 'orders', 'warnings'] as const;
export type TTimelineKind = (typeof TIMELINE_KINDS)[number];

/** How many of each kind one view reads at most (newest by occurrence first). */
const LIMIT = 300;

/**
 * When it was entered, shown only where it differs from when it happened: later (the usual
 * case of a record made after the fact) or, a sign of a wrong date, earlier.
 */
export type TRecorded = { at: Date; by: string | null; beforeEvent: boolean };

type TWhen = {
  id: string;
  /** When it happened: an instant, or a legal calendar date (UTC midnight) when `dateOnly`. */
  at: Date;
  dateOnly: boolean;
  recorded: TRecorded | null;
};

export type TTimelineRestriction = { type: RestrictionType; typed: TRestrictionParams | null; rulingNumber: string; rulingDate: Date };
export type TTimelineEvidence = { id: string; fileName: string; mimeType: string; size: number; isImage: boolean };
export type TTimelineViolation = {
  id: string;
  type: ViolationType;
  status: ViolationStatus;
  version: number;
  description: string;
  place: string | null;
  restriction: TTimelineRestriction | null;
  protocolNumber: string | null;
  protocolDate: Date | null;
  penalty: string | null;
  referralNumber: string | null;
  dismissReason: string | null;
  evidence: TTimelineEvidence[];
};

export type TTimelineEvent = TWhen &
  (
    | {
        kind: 'checkins';
        checkIn: {
          id: string;
          outcome: CheckInOutcome;
          channel: CheckInChannel;
          source: CheckInSource;
          curfewCheck: boolean;
          personAtHome: boolean | null;
          excuseReason: string | null;
          notes: string | null;
          scheduledAt: Date | null;
        };
      }
    | { kind: 'violations'; event: 'occurred'; violation: TTimelineViolation }
    | { kind: 'violations'; event: 'step'; step: { toStatus: ViolationStatus; reason: string | null; actor: string }; violation: TTimelineViolation }
    | {
        kind: 'decisions';
        decision: {
          id: string;
          outcome: DecisionOutcome;
          termYears: number | null;
          decisionNumber: string;
          decisionDate: Date;
          newEndDate: Date | null;
          previousEndDate: Date | null;
          reason: string | null;
          hasScan: boolean;
          clerk: string;
          petition: { id: string; filingNumber: string | null; requestedTermYears: number | null; requestedLifelong: boolean; visible: boolean };
        };
      }
    | {
        kind: 'orders';
        order: { event: 'created' | 'extended'; label: string } | { event: 'restriction'; label: RestrictionType; restriction: TTimelineRestriction };
      }
    | { kind: 'warnings'; warning: { event: 'issued' | 'signed' | 'refused'; type: WarningType; by: string; witness: string | null } }
  );

/** Entered within this long of an instant it records reads as entered at the time. */
const SAME_TIME_MINUTES = 15;

/**
 * The "recorded" line of an event, or null when it was entered when it happened (or the entry
 * time is unknown). A calendar date compares with the Kazakhstan day of the entry.
 */
export function recordedLine(at: Date, dateOnly: boolean, recordedAt: Date | null | undefined, by: string | null = null): TRecorded | null {
  if (!recordedAt) return null;
  if (dateOnly) {
    const day = localCalendarDay(recordedAt).getTime();
    return day === at.getTime() ? null : { at: recordedAt, by, beforeEvent: day < at.getTime() };
  }
  const minutes = differenceInMinutes(recordedAt, at);
  return Math.abs(minutes) < SAME_TIME_MINUTES ? null : { at: recordedAt, by, beforeEvent: minutes < 0 };
}

/** The instant an event sorts by: a calendar date counts from the start of its Kazakhstan day. */
function sortKey(e: TWhen): number {
  return e.dateOnly ? kzStartOfDay(e.at).getTime() : e.at.getTime();
}

const restrictionOf = (r: { type: RestrictionType; params: unknown; rulingNumber: string; rulingDate: Date }): TTimelineRestriction => ({
  type: r.type,
  typed: parseRestrictionRow(r),
  rulingNumber: r.rulingNumber,
  rulingDate: r.rulingDate,
});

/**
 * One history of a person, ordered by when things happened (not when they were entered, so a
 * wrong date cannot hide among later records): check-ins and visits (recorded, or due and
 * passed); each violation where and when it happened, the restriction it broke, its evidence
 * and where it stands, and each later step of it; court decisions with their ruling; order
 * creation, extensions not made by a recorded decision, restrictions; warnings and their
 * outcomes. Each kind is one statement (relations load by JOIN), so the number of queries does
 * not grow with the number of events. Reading it is a view of the person's record, audited
 * in the same transaction.
 */
export async function viewTimeline({
  db = appDb,
  actor,
  meta,
  personId,
  kinds,
  now = new Date(),
}: {
  db?: Db;
  actor: TActor;
  meta: TRequestMeta;
  personId: string;
  kinds: TTimelineKind[];
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    });
    await writeAudit(tx, {
      actor,
      action: 'person.timeline.view',
      targetType: 'Person',
      targetId: personId,
      outcome: person ? 'SUCCESS' : 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
    });
    if (!person) return null;
    const events: TTimelineEvent[] = [];
    if (kinds.includes('checkins')) {
      const checkIns = await tx.checkIn.findMany({
        where: { personId, OR: [{ outcome: { not: 'SCHEDULED' } }, { scheduledAt: { lt: now } }] },
        orderBy: { scheduledAt: 'desc' },
        take: LIMIT,
        select: {
          id: true,
          outcome: true,
          channel: true,
          source: true,
          curfewCheck: true,
          personAtHome: true,
          excuseReason: true,
          notes: true,
          scheduledAt: true,
          actualAt: true,
          recordedAt: true,
          createdAt: true,
        },
      });
      for (const c of checkIns) {
        const at = c.actualAt ?? c.scheduledAt ?? c.createdAt;
        events.push({ kind: 'checkins', id: `c-${c.id}`, at, dateOnly: false, recorded: recordedLine(at, false, c.recordedAt), checkIn: c });
      }
    }
    if (kinds.includes('violations')) {
      const violations = await tx.violation.findMany({
        where: { personId },
        orderBy: [{ occurredAt: 'desc' }, { id: 'asc' }],
        take: LIMIT,
        select: {
          id: true,
          type: true,
          status: true,
          version: true,
          description: true,
          place: true,
          occurredAt: true,
          createdAt: true,
          protocolNumber: true,
          protocolDate: true,
          penalty: true,
          referralNumber: true,
          dismissReason: true,
          recordedBy: { select: { fullName: true } },
          restriction: { select: { type: true, params: true, rulingNumber: true, rulingDate: true } },
          // Never the file bytes: the page shows them through the audited evidence route.
          evidence: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, fileName: true, mimeType: true, size: true } },
          steps: {
            where: { fromStatus: { not: null } },
            orderBy: { at: 'asc' },
            select: { id: true, toStatus: true, reason: true, at: true, actor: { select: { fullName: true } } },
          },
        },
      });
      for (const v of violations) {
        const violation: TTimelineViolation = {
          id: v.id,
          type: v.type,
          status: v.status,
          version: v.version,
          description: v.description,
          place: v.place,
          restriction: v.restriction ? restrictionOf(v.restriction) : null,
          protocolNumber: v.protocolNumber,
          protocolDate: v.protocolDate,
          penalty: v.penalty,
          referralNumber: v.referralNumber,
          dismissReason: v.dismissReason,
          evidence: v.evidence.map((f) => ({ ...f, isImage: f.mimeType.startsWith('image/') })),
        };
        events.push({
          kind: 'violations',
          event: 'occurred',
          id: `v-${v.id}`,
          at: v.occurredAt,
          dateOnly: false,
          recorded: recordedLine(v.occurredAt, false, v.createdAt, v.recordedBy.fullName),
          violation,
        });
        for (const s of v.steps) {
          // A protocol is drawn up on its own date; other steps happen when they are entered.
          const dated = s.toStatus === 'ADMIN_PROTOCOL' && v.protocolDate;
          const at = dated ? v.protocolDate! : s.at;
          events.push({
            kind: 'violations',
            event: 'step',
            id: `s-${s.id}`,
            at,
            dateOnly: !!dated,
            recorded: dated ? recordedLine(at, true, s.at, s.actor.fullName) : null,
            step: { toStatus: s.toStatus, reason: s.reason, actor: s.actor.fullName },
            violation,
          });
        }
      }
    }
    if (kinds.includes('decisions')) {
      const decisions = await tx.courtDecision.findMany({
        where: { petition: { personId } },
        orderBy: [{ decisionDate: 'desc' }, { id: 'asc' }],
        take: LIMIT,
        select: {
          id: true,
          outcome: true,
          termYears: true,
          decisionNumber: true,
          decisionDate: true,
          newEndDate: true,
          reason: true,
          scanMimeType: true,
          createdAt: true,
          clerk: { select: { fullName: true } },
          petition: { select: { id: true, filingNumber: true, requestedTermYears: true, requestedLifelong: true } },
          extension: { select: { previousEndDate: true } },
        },
      });
      // Decisions are the person's record; the petition behind one is linked only where the actor may open it.
      const visible =
        decisions.length > 0 && hasPermission(actor.role, 'petition.read')
          ? new Set((await tx.extensionPetition.findMany({ where: { AND: [{ personId }, petitionScope(actor)] }, select: { id: true } })).map((p) => p.id))
          : new Set<string>();
      for (const d of decisions) {
        events.push({
          kind: 'decisions',
          id: `d-${d.id}`,
          at: d.decisionDate,
          dateOnly: true,
          recorded: recordedLine(d.decisionDate, true, d.createdAt, d.clerk.fullName),
          decision: {
            id: d.id,
            outcome: d.outcome,
            termYears: d.termYears,
            decisionNumber: d.decisionNumber,
            decisionDate: d.decisionDate,
            newEndDate: d.newEndDate,
            previousEndDate: d.extension?.previousEndDate ?? null,
            reason: d.reason,
            hasScan: d.scanMimeType !== null,
            clerk: d.clerk.fullName,
            petition: { ...d.petition, visible: visible.has(d.petition.id) },
          },
        });
      }
    }
    if (kinds.includes('orders')) {
      const orders = await tx.supervisionOrder.findMany({
        where: { personId },
        select: {
          id: true,
          rulingNumber: true,
          startDate: true,
          createdAt: true,
          // An extension made by a recorded decision is shown as that decision.
          extensions: { where: { decisionId: null }, select: { id: true, rulingNumber: true, rulingDate: true, createdAt: true } },
          restrictions: { select: { id: true, type: true, params: true, rulingNumber: true, rulingDate: true, effectiveFrom: true, createdAt: true } },
        },
      });
      for (const o of orders) {
        events.push({
          kind: 'orders',
          id: `o-${o.id}`,
          at: o.startDate,
          dateOnly: true,
          recorded: recordedLine(o.startDate, true, o.createdAt),
          order: { event: 'created', label: o.rulingNumber },
        });
        for (const e of o.extensions) {
          events.push({
            kind: 'orders',
            id: `e-${e.id}`,
            at: e.rulingDate,
            dateOnly: true,
            recorded: recordedLine(e.rulingDate, true, e.createdAt),
            order: { event: 'extended', label: e.rulingNumber },
          });
        }
        for (const r of o.restrictions) {
          events.push({
            kind: 'orders',
            id: `r-${r.id}`,
            at: r.effectiveFrom,
            dateOnly: true,
            recorded: recordedLine(r.effectiveFrom, true, r.createdAt),
            order: { event: 'restriction', label: r.type, restriction: restrictionOf(r) },
          });
        }
      }
    }
    if (kinds.includes('warnings')) {
      const warnings = await tx.warning.findMany({
        where: { personId },
        orderBy: { issuedAt: 'desc' },
        take: 100,
        select: {
          id: true,
          type: true,
          issuedAt: true,
          outcome: true,
          signedOn: true,
          refusedOn: true,
          refusalWitness: true,
          outcomeRecordedAt: true,
          issuedBy: { select: { fullName: true } },
          outcomeRecordedBy: { select: { fullName: true } },
        },
      });
      for (const w of warnings) {
        events.push({
          kind: 'warnings',
          id: `w-${w.id}`,
          at: w.issuedAt,
          dateOnly: false,
          recorded: null,
          warning: { event: 'issued', type: w.type, by: w.issuedBy.fullName, witness: null },
        });
        const decidedOn = w.signedOn ?? w.refusedOn;
        if (decidedOn && w.outcome !== 'PENDING') {
          events.push({
            kind: 'warnings',
            id: `wo-${w.id}`,
            at: decidedOn,
            dateOnly: true,
            recorded: recordedLine(decidedOn, true, w.outcomeRecordedAt, w.outcomeRecordedBy?.fullName ?? null),
            warning: { event: w.outcome === 'SIGNED' ? 'signed' : 'refused', type: w.type, by: w.issuedBy.fullName, witness: w.refusalWitness },
          });
        }
      }
    }
    events.sort((a, b) => sortKey(b) - sortKey(a) || a.id.localeCompare(b.id));
    return { person, events };
  });
}

export type TTimeline = NonNullable<Awaited<ReturnType<typeof viewTimeline>>>;

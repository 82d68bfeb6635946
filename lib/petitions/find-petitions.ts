import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import { zQueryId, zQueryDay } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Role } from '@/lib/generated/prisma/enums';
import { daysFromToday } from '@/lib/time/today';
import { CLERK_STATUSES, petitionScope } from './scope';

export const PETITIONS_PAGE_SIZE = 25;
/** A staff member's name in both scripts (lib/i18n/long-form.ts staffName). */
const STAFF_NAME_SELECT = { fullName: true, fullNameCyr: true, fullNameLat: true } as const;
const STATUSES = ['DRAFT', 'ENDORSED', 'FILED', 'HEARING_SET', 'GRANTED', 'DENIED', 'WITHDRAWN'] as const;
export const PETITION_SORTS = ['urgency', 'hearing'] as const;

/** The statuses a role's list can hold, for its status filter: a clerk never sees a draft. */
export function petitionStatusesFor(role: Role): readonly (typeof STATUSES)[number][] {
  return role === 'CLERK' ? CLERK_STATUSES : STATUSES;
}

/** The court's queue is worked by urgency (the order ending soonest first); other lists by hearing. */
export function defaultPetitionSort(role: Role): (typeof PETITION_SORTS)[number] {
  return role === 'CLERK' ? 'urgency' : 'hearing';
}

export const ZPetitionQuery = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  hearing: zQueryDay,
  // Narrowing within scope, for links from the dashboard.
  districtId: zQueryId,
  officerId: zQueryId,
  sort: z.enum(PETITION_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function findPetitions({
  db = appDb,
  actor,
  query,
  now = new Date(),
}: {
  db?: Db;
  actor: TActor;
  query: z.output<typeof ZPetitionQuery>;
  now?: Date;
}) {
  const where: Prisma.ExtensionPetitionWhereInput = {
    AND: [
      petitionScope(actor),
      query.status ? { status: query.status } : {},
      query.hearing ? { hearingDate: new Date(`${query.hearing}T00:00:00Z`) } : {},
      query.districtId ? { person: { districtId: query.districtId } } : {},
      query.officerId ? { person: { officerId: query.officerId } } : {},
    ],
  };
  const sort = query.sort ?? defaultPetitionSort(actor.role);
  // Urgency: fewest days left on the order first; a lifelong order (no end) last.
  const orderBy: Prisma.ExtensionPetitionOrderByWithRelationInput[] =
    sort === 'urgency'
      ? [{ order: { endDate: { sort: 'asc', nulls: 'last' } } }, { hearingAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }]
      : [{ hearingDate: { sort: 'asc', nulls: 'last' } }, { hearingAt: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }, { id: 'asc' }];
  const total = await db.extensionPetition.count({ where });
  const found = await db.extensionPetition.findMany({
    where,
    orderBy,
    skip: (query.page - 1) * PETITIONS_PAGE_SIZE,
    take: PETITIONS_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      filingNumber: true,
      hearingDate: true,
      hearingAt: true,
      courtroom: true,
      updatedAt: true,
      person: { select: { id: true, lastName: true, firstName: true } },
      order: { select: { endDate: true, lifelong: true } },
    },
  });
  // Days left until the order ends, from Kazakhstan's today (negative: already ended); null when lifelong.
  const rows = found.map((r) => ({ ...r, daysLeft: r.order.endDate && !r.order.lifelong ? daysFromToday(r.order.endDate, now) : null }));
  return { total, rows, sort, page: query.page, pageCount: Math.max(1, Math.ceil(total / PETITIONS_PAGE_SIZE)) };
}

/** One petition with what its page shows; reading it is audited like a person view. */
export async function viewPetition({ db = appDb, actor, meta, petitionId }: { db?: Db; actor: TActor; meta: TRequestMeta; petitionId: string }) {
  return db.$transaction(async (tx) => {
    const petition = await tx.extensionPetition.findFirst({
      where: { AND: [{ id: petitionId }, petitionScope(actor)] },
      select: {
        id: true,
        status: true,
        version: true,
        grounds: true,
        riskFactorCodes: true,
        requestedLifelong: true,
        requestedTermYears: true,
        requestedChanges: true,
        courtId: true,
        courtReason: true,
        riskAssessmentMissingReason: true,
        language: true,
        prefill: true,
        returnComment: true,
        withdrawnReason: true,
        filingNumber: true,
        hearingDate: true,
        hearingAt: true,
        courtroom: true,
        drafterId: true,
        endorsedAt: true,
        filedAt: true,
        person: { select: { id: true, lastName: true, firstName: true, middleName: true, districtId: true } },
        order: { select: { id: true, endDate: true, lifelong: true } },
        court: { select: { nameEn: true, nameRu: true, nameKk: true } },
        drafter: { select: STAFF_NAME_SELECT },
        endorser: { select: STAFF_NAME_SELECT },
        attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true } },
        decision: {
          select: {
            scanMimeType: true,
            differsFromRequest: true,
            outcome: true,
            termYears: true,
            decisionNumber: true,
            decisionDate: true,
            newEndDate: true,
            reason: true,
            clerk: { select: STAFF_NAME_SELECT },
            announcement: { select: { id: true, version: true, status: true, signedOn: true, refusalWitness: true } },
          },
        },
      },
    });
    const viewed = petition ? { ...petition, decision: petition.decision ? { ...petition.decision, hasScan: !!petition.decision.scanMimeType } : null } : null;
    await writeAudit(tx, {
      actor,
      action: 'petition.view',
      targetType: 'ExtensionPetition',
      targetId: petitionId,
      outcome: petition ? 'SUCCESS' : 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return viewed;
  });
}

/** The petition as its page shows it. */
export type TPetitionView = NonNullable<Awaited<ReturnType<typeof viewPetition>>>;

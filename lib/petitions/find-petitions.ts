import { z } from 'zod';
import { zQueryId, zQueryDay } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { petitionScope } from './scope';

export const PETITIONS_PAGE_SIZE = 25;
/** A staff member's name in both scripts (lib/i18n/long-form.ts staffName). */
const STAFF_NAME_SELECT = { fullName: true, fullNameCyr: true, fullNameLat: true } as const;
const STATUSES = ['DRAFT', 'ENDORSED', 'FILED', 'HEARING_SET', 'GRANTED', 'DENIED', 'WITHDRAWN'] as const;

export const ZPetitionQuery = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  hearing: zQueryDay,
  // Narrowing within scope, for links from the dashboard.
  districtId: zQueryId,
  officerId: zQueryId,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function findPetitions({ db, actor, query }: { db: Db; actor: TActor; query: z.output<typeof ZPetitionQuery> }) {
  const where: Prisma.ExtensionPetitionWhereInput = {
    AND: [
      petitionScope(actor),
      query.status ? { status: query.status } : {},
      query.hearing ? { hearingDate: new Date(`${query.hearing}T00:00:00Z`) } : {},
      query.districtId ? { person: { districtId: query.districtId } } : {},
      query.officerId ? { person: { officerId: query.officerId } } : {},
    ],
  };
  const total = await db.extensionPetition.count({ where });
  const rows = await db.extensionPetition.findMany({
    where,
    orderBy: [{ hearingDate: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }],
    skip: (query.page - 1) * PETITIONS_PAGE_SIZE,
    take: PETITIONS_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      filingNumber: true,
      hearingDate: true,
      updatedAt: true,
      person: { select: { id: true, lastName: true, firstName: true } },
      order: { select: { endDate: true } },
    },
  });
  return { total, rows, page: query.page, pageCount: Math.max(1, Math.ceil(total / PETITIONS_PAGE_SIZE)) };
}

/** One petition with what its page shows; reading it is audited like a person view. */
export async function viewPetition({ db, actor, meta, petitionId }: { db: Db; actor: TActor; meta: TRequestMeta; petitionId: string }) {
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
        language: true,
        prefill: true,
        returnComment: true,
        withdrawnReason: true,
        filingNumber: true,
        hearingDate: true,
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

import type { Db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseRestrictionRow } from '@/lib/supervision/restrictions';
import { personScope } from './scope';
import { petitionScope } from '@/lib/petitions/scope';
import { PUBLIC_ORDER_WORK } from '@/lib/public-order/warnings-kind';

/**
 * Loads one person's record for display and audits the view in the same transaction: if the
 * audit cannot be written, the record is not shown. Out of scope reads as not found (null) and
 * the attempt is audited as a denial.
 */
export async function viewPerson({ db, actor, meta, personId }: { db: Db; actor: TActor; meta: TRequestMeta; personId: string }) {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      include: {
        district: { include: { region: true } },
        officer: { select: { id: true, fullName: true } },
        aliases: true,
        addresses: {
          orderBy: [{ validTo: { sort: 'desc', nulls: 'first' } }, { validFrom: 'desc' }],
          include: { district: true, flags: { include: { facility: true }, orderBy: { distanceM: 'asc' } } },
        },
        convictions: { orderBy: { verdictDate: 'desc' }, include: { article: true, court: true } },
        orders: {
          orderBy: { startDate: 'desc' },
          include: {
            legalBasis: true,
            court: true,
            extensions: { orderBy: { sequence: 'asc' } },
            restrictions: { orderBy: [{ effectiveTo: { sort: 'desc', nulls: 'first' } }, { effectiveFrom: 'desc' }] },
          },
        },
        photos: { orderBy: { createdAt: 'desc' }, take: 1, select: { id: true } },
        petitions: { where: petitionScope(actor), orderBy: { createdAt: 'desc' }, select: { id: true, status: true, filingNumber: true, createdAt: true } },
        // Public-order warnings have their own section (components/public-order, decision 033).
        warnings: {
          where: { NOT: PUBLIC_ORDER_WORK },
          orderBy: { issuedAt: 'desc' },
          select: {
            id: true,
            type: true,
            issuedAt: true,
            outcome: true,
            signedOn: true,
            refusedOn: true,
            refusalWitness: true,
            version: true,
            issuedBy: { select: { fullName: true, fullNameCyr: true, fullNameLat: true } },
          },
        },
      },
    });
    await writeAudit(tx, {
      actor,
      action: 'person.view',
      targetType: 'Person',
      targetId: personId,
      outcome: person ? 'SUCCESS' : 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
    });
    if (!person) return null;
    return {
      ...person,
      orders: person.orders.map((o) => ({ ...o, restrictions: o.restrictions.map((r) => ({ ...r, typed: parseRestrictionRow(r) })) })),
    };
  });
}

export type TPersonView = NonNullable<Awaited<ReturnType<typeof viewPerson>>>;

import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * A warning issued through the public-order flow (issue 14): on a public-order record, or
 * referring to public-order incidents (a supervised person's). Its document is the public-order
 * one, and its outcome and document need the public-order permissions. A PUBLIC_ORDER_WARNING an
 * officer issued to a supervised person through the supervision flow (no incidents) stays a
 * supervision warning. docs/decisions/033-public-order-warning-documents.md.
 */
export const PUBLIC_ORDER_WORK = { OR: [{ publicOrderPersonId: { not: null } }, { incidents: { some: {} } }] } satisfies Prisma.WarningWhereInput;

/** What isPublicOrderWarning needs of a warning row. */
export const PUBLIC_ORDER_KIND_SELECT = { publicOrderPersonId: true, _count: { select: { incidents: true } } } as const;

export function isPublicOrderWarning(w: { publicOrderPersonId: string | null; _count: { incidents: number } }) {
  return w.publicOrderPersonId !== null || w._count.incidents > 0;
}

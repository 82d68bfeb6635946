import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { personScope } from '@/lib/persons/scope';

export const WORKLIST_PAGE_SIZE = 25;

/**
 * Who is on the notice worklist: persons in scope under an active order with no signed notice of
 * lifelong restrictions. A witnessed refusal keeps the person on the list (the notice is served,
 * but a signature is still sought); the list shows which state each person is in.
 */
export function noticeWorklistWhere(actor: TActor): Prisma.PersonWhereInput {
  return {
    AND: [personScope(actor), { orders: { some: { status: 'ACTIVE' } } }, { warnings: { none: { type: 'LIFELONG_RESTRICTIONS_NOTICE', outcome: 'SIGNED' } } }],
  };
}

export async function countNoticeWorklist({ db, actor }: { db: Db | Tx; actor: TActor }) {
  return db.person.count({ where: noticeWorklistWhere(actor) });
}

export type TNoticeState = { state: 'NONE' } | { state: 'PENDING'; date: Date } | { state: 'REFUSED'; date: Date };

const select = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  district: { select: { nameEn: true, nameRu: true, nameKk: true } },
  officer: { select: { fullName: true } },
  orders: { where: { status: 'ACTIVE' }, orderBy: { startDate: 'asc' }, take: 1, select: { startDate: true } },
  warnings: {
    where: { type: 'LIFELONG_RESTRICTIONS_NOTICE' },
    orderBy: { issuedAt: 'desc' },
    take: 1,
    select: { outcome: true, issuedAt: true, refusedOn: true },
  },
} satisfies Prisma.PersonSelect;

type TRow = Prisma.PersonGetPayload<{ select: typeof select }>;

function toItem(p: TRow) {
  const latest = p.warnings[0];
  const notice: TNoticeState = !latest
    ? { state: 'NONE' }
    : latest.outcome === 'REFUSED'
      ? { state: 'REFUSED', date: latest.refusedOn ?? latest.issuedAt }
      : { state: 'PENDING', date: latest.issuedAt };
  return {
    id: p.id,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    district: p.district,
    officer: p.officer?.fullName ?? null,
    orderStart: p.orders[0]?.startDate ?? null,
    notice,
  };
}

export type TNoticeWorklistItem = ReturnType<typeof toItem>;

/** One page of the worklist, oldest records first. */
export async function findNoticeWorklist({ db = appDb, actor, page = 1 }: { db?: Db; actor: TActor; page?: number }) {
  const where = noticeWorklistWhere(actor);
  const [total, rows] = await Promise.all([
    db.person.count({ where }),
    db.person.findMany({ where, select, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: (page - 1) * WORKLIST_PAGE_SIZE, take: WORKLIST_PAGE_SIZE }),
  ]);
  return { total, page, pageSize: WORKLIST_PAGE_SIZE, items: rows.map(toItem) };
}

/** The whole worklist in keyset pages, for the CSV export. */
export async function findNoticeWorklistAfter({ db, actor, cursor, take }: { db: Db; actor: TActor; cursor: string | null; take: number }) {
  const rows = await db.person.findMany({
    where: noticeWorklistWhere(actor),
    select,
    orderBy: { id: 'asc' },
    take,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  return rows.map(toItem);
}

import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import { isLocked } from '@/lib/auth/policy';
import type { Prisma } from '@/lib/generated/prisma/client';

export const USERS_PAGE_SIZE = 30;

/** The columns the users table sorts by (components/ui/data-table-sort.ts). */
export const USER_SORT_KEYS = ['name', 'email', 'role'] as const;
const SORT_FIELD = { name: 'fullName', email: 'email', role: 'role' } as const;

/** A page of users; `locked` while a sign-in lock runs (it ends by itself at lockedUntil). */
export async function findUsers({
  db = appDb,
  q,
  page,
  sort,
  now = new Date(),
}: {
  db?: Db;
  q?: string;
  page: number;
  sort?: { key: string; dir: 'asc' | 'desc' };
  now?: Date;
}) {
  const sortField = sort && sort.key in SORT_FIELD ? SORT_FIELD[sort.key as keyof typeof SORT_FIELD] : undefined;
  const orderBy: Prisma.UserOrderByWithRelationInput[] = sortField ? [{ [sortField]: sort!.dir }, { id: 'asc' }] : [{ role: 'asc' }, { email: 'asc' }];
  const where: Prisma.UserWhereInput = q ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { fullName: { contains: q, mode: 'insensitive' } }] } : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy,
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        fullName: true,
        role: true,
        status: true,
        lockedUntil: true,
        version: true,
        activatedAt: true,
        totpEnabledAt: true,
        district: true,
        court: true,
        region: true,
      },
    }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, locked: isLocked(r, now) })), page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export async function loadUnitOptions({ db = appDb, locale }: { db?: Db; locale: string }) {
  const { localName } = await import('@/lib/i18n/config');
  const [regions, districts, courts] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' } }),
    db.district.findMany({ orderBy: { code: 'asc' }, include: { region: true } }),
    db.court.findMany({ orderBy: { code: 'asc' } }),
  ]);
  return {
    regions: regions.map((r) => ({ value: r.id, label: localName(r, locale) })),
    districts: districts.map((d) => ({ value: d.id, label: `${localName(d.region, locale)} — ${localName(d, locale)}` })),
    courts: courts.map((c) => ({ value: c.id, label: localName(c, locale) })),
  };
}

/** One user for the edit page, with the credential state an administrator sees. */
export async function getUserForEdit({ db = appDb, userId }: { db?: Db; userId: string }) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      version: true,
      role: true,
      districtId: true,
      courtId: true,
      regionId: true,
      fullName: true,
      email: true,
      activatedAt: true,
      totpEnabledAt: true,
    },
  });
}

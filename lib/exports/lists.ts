import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { createTranslator } from 'next-intl';
import { daysFromToday } from '@/lib/time/today';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { localName, type TLocale } from '@/lib/i18n/config';
import { findCaseloadInBatches, type TCaseloadQuery } from '@/lib/caseload/find-caseload';
import { bandWhere, expiringWhere } from '@/lib/petitions/expiry-worklist';
import { auditScope, auditWhere, resolvePersonTargets, type TAuditFilter } from '@/lib/audit/find-audit-events';
import { findNoticeWorklistAfter } from '@/lib/warnings/notice-worklist';
import { personSearchWhere } from '@/lib/persons/find-persons';
import { keysetPages, type TCsvCell } from './csv';

// What each CSV export contains. Every list reuses the screen's own query and the actor's scope,
// so an export never holds a row the user could not see on the screen. Dates are ISO; names in
// the user's language.

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

export function exportHeader(locale: TLocale, columns: string[]) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'exports.columns' });
  return columns.map((c) => t(c as Parameters<typeof t>[0]));
}

export const CASELOAD_COLUMNS = [
  'lastName',
  'firstName',
  'middleName',
  'iin',
  'officer',
  'status',
  'nextDue',
  'lastContact',
  'openViolations',
  'orderEnd',
  'lifelong',
  'band',
];

export async function* caseloadRows({
  db = appDb,
  actor,
  query,
  locale,
}: {
  db?: Db;
  actor: TActor;
  query: TCaseloadQuery;
  locale: TLocale;
}): AsyncGenerator<TCsvCell[][]> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'compliance.status' });
  // Keyset pages by name (constant memory, no cap), each with its figures.
  for await (const batch of findCaseloadInBatches({ db, actor, query })) {
    yield batch.map((r) => [
      r.lastName,
      r.firstName,
      r.middleName,
      r.iin,
      r.officer?.fullName,
      t(r.figures.status),
      r.figures.nextDue,
      r.figures.lastContact,
      r.figures.openViolations,
      day(r.order.endDate),
      r.order.lifelong,
      r.risk.bandCode,
    ]);
  }
}

export const EXPIRING_COLUMNS = ['lastName', 'firstName', 'middleName', 'iin', 'district', 'ruling', 'orderEnd', 'daysLeft', 'band'];

export async function* expiringRows({
  db = appDb,
  actor,
  within,
  districtId,
  officerId,
  band,
  locale,
  now = new Date(),
}: {
  db?: Db;
  actor: TActor;
  within: number;
  districtId?: string;
  officerId?: string;
  /** A current risk band code or "none" (lib/risk/oversight.ts). */
  band?: string;
  locale: TLocale;
  now?: Date;
}): AsyncGenerator<TCsvCell[][]> {
  yield* mapPages(
    keysetPages((cursor, take) =>
      db.supervisionOrder.findMany({
        where: {
          AND: [expiringWhere(actor, within, now), districtId ? { person: { districtId } } : {}, officerId ? { person: { officerId } } : {}, bandWhere(band)],
        },
        orderBy: { id: 'asc' },
        take,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: {
          id: true,
          endDate: true,
          rulingNumber: true,
          person: {
            select: {
              lastName: true,
              firstName: true,
              middleName: true,
              iin: true,
              riskBandCode: true,
              district: { select: { nameEn: true, nameRu: true, nameKk: true } },
            },
          },
        },
      }),
    ),
    (o) => [
      o.person.lastName,
      o.person.firstName,
      o.person.middleName,
      o.person.iin,
      localName(o.person.district, locale),
      o.rulingNumber,
      day(o.endDate),
      daysFromToday(o.endDate!, now),
      o.person.riskBandCode,
    ],
  );
}

export const NOTICE_COLUMNS = ['lastName', 'firstName', 'middleName', 'district', 'officer', 'notice', 'noticeDate'];

export async function* noticeWorklistRows({ db = appDb, actor, locale }: { db?: Db; actor: TActor; locale: TLocale }): AsyncGenerator<TCsvCell[][]> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'warnings.state' });
  yield* mapPages(
    keysetPages((cursor, take) => findNoticeWorklistAfter({ db, actor, cursor, take })),
    (p) => [
      p.lastName,
      p.firstName,
      p.middleName,
      localName(p.district, locale),
      p.officer,
      p.notice.state === 'NONE' ? t('NONE') : t(p.notice.state, { date: day(p.notice.date) }),
      p.notice.state === 'NONE' ? '' : day(p.notice.date),
    ],
  );
}

export const PERSON_COLUMNS = ['lastName', 'firstName', 'middleName', 'iin', 'birthDate', 'district', 'orderEnd', 'lifelong'];

export async function* personRows({
  db = appDb,
  actor,
  q,
  districtId,
  locale,
}: {
  db?: Db;
  actor: TActor;
  q?: string;
  districtId?: string;
  locale: TLocale;
}): AsyncGenerator<TCsvCell[][]> {
  yield* mapPages(
    keysetPages((cursor, take) =>
      db.person.findMany({
        where: personSearchWhere(actor, { q, districtId }),
        orderBy: { id: 'asc' },
        take,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: {
          id: true,
          iin: true,
          lastName: true,
          firstName: true,
          middleName: true,
          birthDate: true,
          district: { select: { nameEn: true, nameRu: true, nameKk: true } },
          orders: { where: { status: 'ACTIVE' }, select: { endDate: true, lifelong: true }, take: 1, orderBy: { startDate: 'desc' } },
        },
      }),
    ),
    (p) => [
      p.lastName,
      p.firstName,
      p.middleName,
      p.iin,
      day(p.birthDate),
      localName(p.district, locale),
      day(p.orders[0]?.endDate),
      p.orders[0]?.lifelong ?? false,
    ],
  );
}

export const AUDIT_COLUMNS = ['at', 'actor', 'action', 'targetType', 'targetId', 'outcome', 'ip', 'requestId', 'details'];

/** Newest first, paged by id so the export is consistent while events keep being written. */
export async function* auditRows({
  db = appDb,
  actor,
  filter,
}: {
  db?: Db;
  actor: Pick<TActor, 'role' | 'regionId'>;
  filter: Omit<TAuditFilter, 'page'>;
}): AsyncGenerator<TCsvCell[][]> {
  let before: bigint | null = null;
  const person = await resolvePersonTargets({ db, reader: actor, filter });
  for (;;) {
    const rows: {
      id: bigint;
      at: Date;
      actorEmail: string | null;
      action: string;
      targetType: string | null;
      targetId: string | null;
      outcome: string;
      ip: string | null;
      requestId: string | null;
      details: unknown;
    }[] = await db.auditEvent.findMany({
      where: { AND: [auditScope(actor), auditWhere(filter, person?.targets ?? null), before === null ? {} : { id: { lt: before } }] },
      orderBy: { id: 'desc' },
      take: 1000,
    });
    if (rows.length === 0) return;
    yield rows.map((e) => [
      e.at,
      e.actorEmail,
      e.action,
      e.targetType,
      e.targetId,
      e.outcome,
      e.ip,
      e.requestId,
      e.details === null ? '' : JSON.stringify(e.details),
    ]);
    before = rows[rows.length - 1].id;
  }
}

async function* mapPages<T>(pages: AsyncIterable<T[]>, map: (row: T) => TCsvCell[]): AsyncGenerator<TCsvCell[][]> {
  for await (const page of pages) yield page.map(map);
}

import 'server-only';
import { z } from 'zod';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RiskAssessmentStatus } from '@/lib/generated/prisma/enums';
import { personScope } from '@/lib/persons/scope';
import { personFilterSql, type TDashboardFilter } from '@/lib/oversight/filters';
import { reviewedSql } from '@/lib/review/rule';
import { zQueryId } from '@/lib/validation/fields';
import { kzToday } from '@/lib/time/today';
import { localTitle } from '@/lib/i18n/config';
import { parseInstrument, type TText } from './instrument';
import { STATIC99R_CODE } from './static99r';

// What supervisors and officers see of assessments in bulk (docs/decisions/029-risk-oversight.md):
// the person's risk history, the /risk list and its CSV export, the band filter of the caseload
// and the expiry worklist, and the dashboard's band distribution. Every query is scoped to the
// actor through personScope; "current" is the latest countersigned assessment copied to Person.

export const RISK_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'COUNTERSIGNED', 'SUPERSEDED'] as const satisfies readonly RiskAssessmentStatus[];
export const RISK_PAGE_SIZE = 25;
/** The band filter's value for persons without a countersigned assessment. */
export const NOT_ASSESSED = 'none';

const zBand = z
  .string()
  .regex(/^([A-Za-z0-9_]{1,20})$/)
  .optional()
  .catch(undefined);

/** A band filter of the caseload and the expiry worklist: a band code or "none" (not assessed). */
export const zBandFilter = zBand;

export const ZRiskListQuery = z.object({
  status: z.enum(RISK_STATUSES).optional().catch(undefined),
  band: zBand,
  /** "1": persons with a reassessment due before today (Kazakhstan) and not yet satisfied. */
  overdue: z.enum(['1']).optional().catch(undefined),
  districtId: zQueryId,
  officerId: zQueryId,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TRiskListQuery = z.output<typeof ZRiskListQuery>;

const t3 = (row: { titleEn: string; titleRu: string; titleKk: string }, locale: string) => localTitle(row, locale);

/** The active default instrument's bands in the reader's language, lowest rank first. */
export async function activeBands({ db = appDb, locale }: { db?: Db; locale: string }) {
  const row = await db.riskInstrument.findFirst({ where: { code: STATIC99R_CODE, active: true }, select: { items: true, bands: true } });
  if (!row) return [];
  return parseInstrument(row)
    .bands.sort((a, b) => a.rank - b.rank)
    .map((b) => ({ code: b.code, rank: b.rank, label: textIn(b.label, locale) }));
}
export type TBandOption = Awaited<ReturnType<typeof activeBands>>[number];

export function textIn(text: TText, locale: string) {
  return locale === 'ru' ? text.ru : locale === 'kk' ? text.kk : text.en;
}

/** A band as the instrument version that scored it labels it. */
function bandLabel(instrument: { items: unknown; bands: unknown }, code: string | null, locale: string) {
  if (!code) return null;
  try {
    const band = parseInstrument(instrument).bands.find((b) => b.code === code);
    return band ? textIn(band.label, locale) : code;
  } catch {
    return code;
  }
}

const assessmentSelect = {
  id: true,
  status: true,
  score: true,
  bandCode: true,
  bandRank: true,
  createdAt: true,
  submittedAt: true,
  countersignedAt: true,
  correctsId: true,
  instrument: { select: { code: true, version: true, titleEn: true, titleRu: true, titleKk: true, items: true, bands: true } },
  assessor: { select: { fullName: true } },
  countersigner: { select: { fullName: true } },
} satisfies Prisma.RiskAssessmentSelect;

type TAssessmentRow = Prisma.RiskAssessmentGetPayload<{ select: typeof assessmentSelect }>;

function toAssessment(r: TAssessmentRow, locale: string) {
  return {
    id: r.id,
    status: r.status,
    score: r.score,
    bandCode: r.bandCode,
    bandRank: r.bandRank,
    bandLabel: bandLabel(r.instrument, r.bandCode, locale),
    createdAt: r.createdAt,
    submittedAt: r.submittedAt,
    countersignedAt: r.countersignedAt,
    correctsId: r.correctsId,
    instrument: { code: r.instrument.code, version: r.instrument.version, title: t3(r.instrument, locale) },
    assessor: r.assessor.fullName,
    countersigner: r.countersigner?.fullName ?? null,
  };
}
export type TRiskAssessmentItem = ReturnType<typeof toAssessment>;

/**
 * A person's risk history, for the person page: every assessment (newest first) and the points
 * of the score-over-time chart (countersigned and superseded ones, oldest first), each marking
 * whether its band differs from the previous point's. Null when the actor may not read risk or
 * the person is out of scope. The person view that shows it is audited by the page.
 */
export async function findRiskHistory({ db = appDb, actor, personId, locale }: { db?: Db; actor: TActor; personId: string; locale: string }) {
  if (!hasPermission(actor.role, 'risk.read')) return null;
  const person = await db.person.findFirst({
    where: { AND: [{ id: personId }, personScope(actor)] },
    select: { id: true, riskScore: true, riskBandCode: true, riskAssessedOn: true, riskAssessmentId: true },
  });
  if (!person) return null;
  const rows = await db.riskAssessment.findMany({
    where: { personId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: assessmentSelect,
  });
  const assessments = rows.map((r) => toAssessment(r, locale));
  const signed = assessments
    .filter((a) => (a.status === 'COUNTERSIGNED' || a.status === 'SUPERSEDED') && a.countersignedAt && a.score !== null)
    .sort((a, b) => a.countersignedAt!.getTime() - b.countersignedAt!.getTime() || a.id.localeCompare(b.id));
  const points = signed.map((a, i) => ({
    id: a.id,
    at: a.countersignedAt!,
    score: a.score!,
    bandCode: a.bandCode,
    bandLabel: a.bandLabel,
    status: a.status,
    bandChanged: i > 0 && signed[i - 1].bandCode !== a.bandCode,
  }));
  const current = assessments.find((a) => a.id === person.riskAssessmentId) ?? null;
  return {
    current: current && person.riskAssessedOn ? { ...current, assessedOn: person.riskAssessedOn } : null,
    assessments,
    points,
  };
}
export type TRiskHistory = NonNullable<Awaited<ReturnType<typeof findRiskHistory>>>;

/** Persons with an open reassessment due before today (Kazakhstan), as a Person filter. */
function overdueWhere(now: Date): Prisma.PersonWhereInput {
  return { riskDues: { some: { satisfiedAt: null, dueOn: { lt: kzToday(now) } } } };
}

/** Assessments in the actor's scope matching the list's filters (status, band, overdue). */
export function riskListWhere(actor: TActor, query: Omit<TRiskListQuery, 'page'>, now: Date): Prisma.RiskAssessmentWhereInput {
  if (!hasPermission(actor.role, 'risk.read')) return { id: { in: [] } };
  const person: Prisma.PersonWhereInput[] = [personScope(actor)];
  if (query.districtId) person.push({ districtId: query.districtId });
  if (query.officerId) person.push({ officerId: query.officerId });
  if (query.overdue) person.push(overdueWhere(now));
  return {
    AND: [{ person: { AND: person } }, query.status ? { status: query.status } : {}, query.band ? { bandCode: query.band } : {}],
  };
}

const listSelect = {
  ...assessmentSelect,
  person: { select: { id: true, iin: true, lastName: true, firstName: true, middleName: true } },
} satisfies Prisma.RiskAssessmentSelect;

/** One page of the /risk list, newest first. */
export async function findRiskAssessments({
  db = appDb,
  actor,
  query,
  locale,
  now = new Date(),
}: {
  db?: Db;
  actor: TActor;
  query: TRiskListQuery;
  locale: string;
  now?: Date;
}) {
  const where = riskListWhere(actor, query, now);
  const total = await db.riskAssessment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / RISK_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.riskAssessment.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * RISK_PAGE_SIZE,
    take: RISK_PAGE_SIZE,
    select: listSelect,
  });
  return { rows: rows.map((r) => ({ ...toAssessment(r, locale), person: r.person })), total, page, pageCount };
}

/** The whole list in keyset pages (newest first), for the CSV export: constant memory. */
export async function* findRiskAssessmentsInBatches({
  db = appDb,
  actor,
  query,
  locale,
  now = new Date(),
  batchSize = 500,
}: {
  db?: Db;
  actor: TActor;
  query: Omit<TRiskListQuery, 'page'>;
  locale: string;
  now?: Date;
  batchSize?: number;
}) {
  const where = riskListWhere(actor, query, now);
  let cursor: string | null = null;
  for (;;) {
    const rows: Prisma.RiskAssessmentGetPayload<{ select: typeof listSelect }>[] = await db.riskAssessment.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: listSelect,
    });
    if (rows.length === 0) return;
    yield rows.map((r) => ({ ...toAssessment(r, locale), person: r.person }));
    if (rows.length < batchSize) return;
    cursor = rows[rows.length - 1].id;
  }
}

/**
 * The dashboard's risk figures for supervised persons (reviewed, with an active order: the
 * caseload's definition) in the supervisor's scope and filters: how many are in each current
 * band and how many are not assessed, how many have a reassessment overdue (open due before
 * today, Kazakhstan), and how many assessments await countersignature. One query each.
 */
export async function getRiskFigures({ db = appDb, actor, filter, now = new Date() }: { db?: Db; actor: TActor; filter: TDashboardFilter; now?: Date }) {
  const persons = Prisma.sql`
    SELECT p.id, p."riskBandCode", p."riskBandRank" FROM "public"."Person" p
    WHERE ${personFilterSql(actor, filter)} AND ${reviewedSql()}
      AND EXISTS (SELECT 1 FROM "public"."SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')`;
  const today = kzToday(now);
  const [bands, [overdue], [awaiting]] = await Promise.all([
    db.$queryRaw<{ code: string | null; n: number }[]>`
      SELECT s."riskBandCode" AS code, count(*)::int AS n FROM (${persons}) s GROUP BY s."riskBandCode"`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (${persons}) s
      WHERE EXISTS (SELECT 1 FROM "public"."RiskReassessmentDue" d WHERE d."personId" = s.id AND d."satisfiedAt" IS NULL AND d."dueOn" < ${today}::date)`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "public"."RiskAssessment" a JOIN "public"."Person" p ON p.id = a."personId"
      WHERE a.status = 'SUBMITTED' AND ${personFilterSql(actor, filter)}`,
  ]);
  const byBand = new Map(bands.filter((b) => b.code !== null).map((b) => [b.code!, b.n]));
  return { byBand, notAssessed: bands.find((b) => b.code === null)?.n ?? 0, overdue: overdue.n, awaiting: awaiting.n };
}
export type TRiskFigures = Awaited<ReturnType<typeof getRiskFigures>>;

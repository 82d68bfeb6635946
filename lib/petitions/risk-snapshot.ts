import 'server-only';
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import type { Tx } from '@/lib/db/client';
import { staffName } from '@/lib/i18n/long-form';
import { parseInstrument, zAnswers, zDynamicFactorReviews, type TText } from '@/lib/risk/instrument';
import { REASSESS_AFTER_MONTHS } from '@/lib/risk/current';
import { kzToday, kzTodayString } from '@/lib/time/today';

// The countersigned risk assessment a petition rests on (issue 13, docs/decisions/028-risk-in-petitions.md),
// frozen into the petition's prefill in every language the page and the document need: the court
// reads the assessment as it was countersigned, even if the instrument or the reference lists
// change later. Police and clerks have no risk.read: this copy is all they ever see of it.

const STAFF = { select: { fullName: true, fullNameCyr: true, fullNameLat: true } } as const;
type TStaff = { fullName: string; fullNameCyr: string | null; fullNameLat: string | null };
const names = (user: TStaff) => ({ en: staffName(user, 'en'), ru: staffName(user, 'ru'), kk: staffName(user, 'kk') });

/** The person's latest countersigned assessment (not a draft, submitted, returned or superseded one) as of `asOf`. */
export function latestCountersigned(tx: Tx, personId: string, asOf: Date = new Date()) {
  return tx.riskAssessment.findFirst({
    where: { personId, status: 'COUNTERSIGNED', countersignedAt: { not: null, lte: asOf } },
    orderBy: [{ countersignedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, countersignedAt: true },
  });
}

/** The assessment as the petition carries it. */
export async function buildRiskSnapshot(tx: Tx, assessmentId: string) {
  const a = await tx.riskAssessment.findUniqueOrThrow({
    where: { id: assessmentId },
    include: { instrument: true, assessor: STAFF, countersigner: STAFF },
  });
  if (a.score === null || !a.countersignedAt || !a.countersigner) throw new Error(`risk snapshot: assessment ${a.id} is not countersigned`);
  const definition = parseInstrument(a.instrument);
  const answers = zAnswers.parse(a.answers);
  const band = definition.bands.find((b) => b.code === a.bandCode);
  if (!band) throw new Error(`risk snapshot: band ${a.bandCode} not in ${a.instrument.code} v${a.instrument.version}`);
  const text = (en: string, ru: string, kk: string): TText => ({ en, ru, kk });
  return {
    id: a.id,
    instrument: {
      code: a.instrument.code,
      version: a.instrument.version,
      title: text(a.instrument.titleEn, a.instrument.titleRu, a.instrument.titleKk),
      caveat: text(a.instrument.caveatEn, a.instrument.caveatRu, a.instrument.caveatKk),
    },
    score: a.score,
    band: { code: band.code, rank: band.rank, label: band.label, description: band.description },
    items: definition.items.map((item) => {
      const chosen = item.answers.find((x) => x.code === answers[item.code]?.answer);
      if (!chosen) throw new Error(`risk snapshot: item ${item.code} unanswered in ${a.id}`);
      return { code: item.code, question: item.question, answer: { code: chosen.code, label: chosen.label }, points: chosen.points };
    }),
    /** The Kazakhstan calendar day of the countersignature (YYYY-MM-DD), and the instant. */
    countersignedOn: kzTodayString(a.countersignedAt),
    countersignedAt: a.countersignedAt.toISOString(),
    assessor: names(a.assessor),
    countersigner: names(a.countersigner),
    dynamicFactors: zDynamicFactorReviews.parse(a.dynamicFactors).map((f) => ({ code: f.code, title: f.title, rating: f.rating, note: f.note })),
    summary: a.summary,
  };
}

export type TRiskSnapshot = Awaited<ReturnType<typeof buildRiskSnapshot>>;

/** The latest countersigned assessment's snapshot, or null when the person has none. */
export async function riskSnapshotAsOf(tx: Tx, personId: string, asOf: Date) {
  const latest = await latestCountersigned(tx, personId, asOf);
  return latest ? buildRiskSnapshot(tx, latest.id) : null;
}

/**
 * The lifelong rule's clock: an assessment counts as recent until its annual reassessment falls
 * due — 12 months after the Kazakhstan calendar day of its countersignature (lib/risk/current.ts).
 * Countersigned on 2025-12-02: recent up to and including 2026-12-01.
 */
export function isRecentAssessment(countersignedAt: Date | string, now: Date = new Date()): boolean {
  const day = kzToday(typeof countersignedAt === 'string' ? new Date(countersignedAt) : countersignedAt);
  const expires = addMonths(new TZDate(day, 'UTC'), REASSESS_AFTER_MONTHS);
  return kzToday(now).getTime() < expires.getTime();
}

/**
 * The lifelong rule (issue 13): a petition for lifelong supervision rests on an assessment
 * countersigned in the last 12 months, or states why there is none. True when it does neither.
 */
export function lacksLifelongGround(
  petition: { requestedLifelong: boolean; riskAssessmentMissingReason: string | null | undefined },
  snapshot: { countersignedAt: string } | null | undefined,
  now: Date = new Date(),
): boolean {
  if (!petition.requestedLifelong) return false;
  if (snapshot && isRecentAssessment(snapshot.countersignedAt, now)) return false;
  return !petition.riskAssessmentMissingReason?.trim();
}

/** Whether a lifelong request on this snapshot needs a stated reason (no assessment, or an old one). */
export function needsMissingReason(requestedLifelong: boolean, snapshot: { countersignedAt: string } | null | undefined, now: Date = new Date()) {
  return requestedLifelong && !(snapshot && isRecentAssessment(snapshot.countersignedAt, now));
}

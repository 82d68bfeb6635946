import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import { findCompetentCourt, isCompetentCourt } from './competent-court';
import { parseInstrument } from '@/lib/risk/instrument';
import { isRecentAssessment } from './risk-snapshot';

/**
 * What the draft editor offers: the active risk factors, and the active courts with the
 * competent court(s) first (any other court asks the drafter why; lib/petitions/competent-court.ts).
 */
export async function loadDraftOptions(personId: string, db: Db = appDb) {
  const riskFactors = await db.riskFactor.findMany({ where: { active: true }, orderBy: { code: 'asc' } });
  const courts = await db.court.findMany({ where: { active: true }, orderBy: { code: 'asc' } });
  const competent = await findCompetentCourt(db, personId);
  const competentIds = competent ? courts.filter((c) => isCompetentCourt(c, competent)).map((c) => c.id) : [];
  const ordered = [...courts.filter((c) => competentIds.includes(c.id)), ...courts.filter((c) => !competentIds.includes(c.id))];
  return { riskFactors, courts: ordered, competent, competentIds, risk: await latestRiskForDraft(db, personId) };
}

/**
 * The countersigned assessment the next save will carry (lib/petitions/manage-petition.ts), for the
 * editor's note and whether a lifelong request must state a reason; null when there is none.
 */
async function latestRiskForDraft(db: Db, personId: string, now = new Date()) {
  const latest = await db.riskAssessment.findFirst({
    where: { personId, status: 'COUNTERSIGNED', countersignedAt: { not: null, lte: now } },
    orderBy: [{ countersignedAt: 'desc' }, { id: 'desc' }],
    select: { countersignedAt: true, score: true, bandCode: true, instrument: { select: { items: true, bands: true } } },
  });
  if (!latest?.countersignedAt) return null;
  const band = parseInstrument(latest.instrument).bands.find((b) => b.code === latest.bandCode);
  return {
    countersignedAt: latest.countersignedAt,
    score: latest.score,
    band: band?.label ?? null,
    bandCode: latest.bandCode,
    recent: isRecentAssessment(latest.countersignedAt, now),
  };
}

export type TDraftOptions = Awaited<ReturnType<typeof loadDraftOptions>>;

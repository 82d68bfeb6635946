import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import { findCompetentCourt, isCompetentCourt } from './competent-court';

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
  return { riskFactors, courts: ordered, competent, competentIds };
}

export type TDraftOptions = Awaited<ReturnType<typeof loadDraftOptions>>;

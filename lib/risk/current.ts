import 'server-only';
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import type { Tx } from '@/lib/db/client';
import { kzToday } from '@/lib/time/today';

/** Months after a countersigned assessment before the next one is due (issue 13). */
export const REASSESS_AFTER_MONTHS = 12;

/** The calendar day (UTC-midnight form) the next annual reassessment is due. */
export function annualDueOn(countersignedAt: Date): Date {
  return addMonths(new TZDate(kzToday(countersignedAt), 'UTC'), REASSESS_AFTER_MONTHS);
}

/**
 * Called in the transaction that countersigns an assessment: the person's current band (the
 * columns lists sort and filter on), the dues it settles, and the next annual due. Every
 * countersignature goes through here, so the person's columns never disagree with the history.
 */
export async function applyCountersigned(
  tx: Tx,
  assessment: { id: string; personId: string; score: number; bandCode: string; bandRank: number; countersignedAt: Date },
) {
  await tx.person.update({
    where: { id: assessment.personId },
    data: {
      riskAssessmentId: assessment.id,
      riskScore: assessment.score,
      riskBandCode: assessment.bandCode,
      riskBandRank: assessment.bandRank,
      riskAssessedOn: kzToday(assessment.countersignedAt),
    },
  });
  const settled = await tx.riskReassessmentDue.updateMany({
    where: { personId: assessment.personId, satisfiedAt: null, createdAt: { lte: assessment.countersignedAt } },
    data: { satisfiedById: assessment.id, satisfiedAt: assessment.countersignedAt },
  });
  await tx.riskReassessmentDue.create({
    data: { personId: assessment.personId, reason: 'ANNUAL', sourceId: assessment.id, dueOn: annualDueOn(assessment.countersignedAt) },
  });
  return { settled: settled.count };
}

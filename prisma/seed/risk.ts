import type { Db, Tx } from '@/lib/db/client';
import type { RiskAssessmentStatus } from '@/lib/generated/prisma/enums';
import { parseInstrument, type TAnswers } from '@/lib/risk/instrument';
import { scoreAnswers } from '@/lib/risk/score';
import { applyCountersigned } from '@/lib/risk/current';
import { STATIC99R_CODE } from '@/lib/risk/static99r';

// A risk assessment straight into the database, for the demo seed and for tests of what reads
// assessments (petitions, lists, dashboard). Tests of the workflow itself go through its actions.

/** The active version of the default instrument. */
export async function activeStatic99r(db: Tx) {
  const row = await db.riskInstrument.findFirstOrThrow({ where: { code: STATIC99R_CODE, active: true } });
  return { row, definition: parseInstrument(row) };
}

/**
 * Answers every item with `choose(item code, answer codes)` (default: the first answer) and
 * stores the assessment in `status`; a countersigned one also becomes the person's current band.
 */
export async function createRiskAssessment(
  db: Db | Tx,
  opts: {
    personId: string;
    assessorId: string;
    countersignerId?: string;
    status?: RiskAssessmentStatus;
    choose?: (itemCode: string, answerCodes: string[]) => string;
    countersignedAt?: Date;
    dynamicNote?: string;
  },
) {
  const { row, definition } = await activeStatic99r(db);
  const answers: TAnswers = {};
  for (const item of definition.items) {
    const codes = item.answers.map((a) => a.code);
    answers[item.code] = { answer: opts.choose ? opts.choose(item.code, codes) : codes[0], proposed: null, source: null };
  }
  const scored = scoreAnswers(definition, answers);
  if (!scored.complete) throw new Error('createRiskAssessment: incomplete answers');
  const status = opts.status ?? 'COUNTERSIGNED';
  const factors = await db.riskDynamicFactor.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
  const signed = status === 'COUNTERSIGNED' || status === 'SUPERSEDED';
  const countersignedAt = signed ? (opts.countersignedAt ?? new Date()) : null;
  // In a transaction of its own, or in the caller's (the demo seed runs in one).
  const inTransaction = <T>(fn: (tx: Tx) => Promise<T>) => ('$transaction' in db ? (db as Db).$transaction(fn) : fn(db));
  return inTransaction(async (tx) => {
    const assessment = await tx.riskAssessment.create({
      data: {
        personId: opts.personId,
        instrumentId: row.id,
        status,
        answers,
        dynamicFactors: factors.map((f, i) => ({
          code: f.code,
          title: { en: f.titleEn, ru: f.titleRu, kk: f.titleKk },
          rating: i === 0 ? 'SOME' : 'NONE',
          note: i === 0 ? (opts.dynamicNote ?? 'Lives near a school') : '',
        })),
        score: status === 'DRAFT' ? null : scored.score,
        bandCode: status === 'DRAFT' ? null : scored.band.code,
        bandRank: status === 'DRAFT' ? null : scored.band.rank,
        assessorId: opts.assessorId,
        submittedAt: status === 'DRAFT' ? null : (countersignedAt ?? new Date()),
        countersignerId: signed ? opts.countersignerId : null,
        countersignedAt,
      },
    });
    if (status === 'COUNTERSIGNED') {
      await applyCountersigned(tx, {
        id: assessment.id,
        personId: opts.personId,
        score: scored.score,
        bandCode: scored.band.code,
        bandRank: scored.band.rank,
        countersignedAt: countersignedAt!,
      });
    }
    return assessment;
  });
}

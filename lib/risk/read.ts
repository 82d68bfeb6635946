import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import type { TLocale } from '@/lib/i18n/config';
import { formBands, formFactors, formItems, instrumentText } from './form-model';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { NotFoundError } from '@/lib/actions/errors';
import { parseInstrument, zAnswers, zDynamicFactorReviews } from './instrument';
import { scoreAnswers } from './score';
import { findOpen } from './assessments';
import { riskAssessmentScope } from './scope';
import { STATIC99R_CODE } from './static99r';

const PERSON_NAME = { id: true, lastName: true, firstName: true, middleName: true, riskAssessmentId: true } as const;
const STAFF = { select: { id: true, fullName: true, fullNameCyr: true, fullNameLat: true } } as const;

/**
 * One assessment for its page, read and audited (`risk.view`) in one transaction, as person views
 * are: if the audit cannot be written, nothing is shown. Out of scope reads as not found (null),
 * audited as a denial.
 */
export async function viewAssessment({ db, actor, meta, assessmentId }: { db: Db; actor: TActor; meta: TRequestMeta; assessmentId: string }) {
  return db.$transaction(async (tx) => {
    const row = await tx.riskAssessment.findFirst({
      where: { AND: [{ id: assessmentId }, riskAssessmentScope(actor)] },
      include: {
        instrument: true,
        person: { select: PERSON_NAME },
        assessor: STAFF,
        countersigner: STAFF,
        corrects: { select: { id: true, status: true } },
        correctedBy: { select: { id: true, status: true } },
      },
    });
    await writeAudit(tx, {
      actor,
      action: 'risk.view',
      targetType: 'RiskAssessment',
      targetId: assessmentId,
      outcome: row ? 'SUCCESS' : 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
    });
    if (!row) return null;
    const definition = parseInstrument(row.instrument);
    const answers = zAnswers.parse(row.answers);
    return { ...row, definition, answers, factors: zDynamicFactorReviews.parse(row.dynamicFactors), running: scoreAnswers(definition, answers) };
  });
}
export type TAssessmentView = NonNullable<Awaited<ReturnType<typeof viewAssessment>>>;

/**
 * For "start or continue": the person's open assessment in the actor's scope, if any, and the
 * active instrument's title. A person out of scope is not found.
 */
export async function findStartState({ db, actor, personId }: { db: Db | Tx; actor: TActor; personId: string }) {
  const tx = db as Tx;
  try {
    await getScopedPersonId(tx, actor, personId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const open = await findOpen(tx, personId);
  const instrument = await tx.riskInstrument.findFirst({
    where: { code: STATIC99R_CODE, active: true },
    select: { titleEn: true, titleRu: true, titleKk: true, version: true },
  });
  return { openId: open?.id ?? null, instrument };
}

/**
 * Everything the assessment's page shows, in the reader's language: the audited view, its items,
 * bands and factors for the form or the read-only result, and the instrument's caveat.
 */
export async function loadAssessmentPage({
  actor,
  meta,
  assessmentId,
  locale,
  sourceText,
}: {
  actor: TActor;
  meta: TRequestMeta;
  assessmentId: string;
  locale: TLocale;
  sourceText: (key: string, values: Record<string, string | number>) => string;
}) {
  const assessment = await viewAssessment({ db, actor, meta, assessmentId });
  if (!assessment) return null;
  return {
    assessment,
    items: formItems(assessment.definition, assessment.answers, locale, sourceText),
    bands: formBands(assessment.definition, locale),
    factors: formFactors(assessment.factors, locale),
    caveat: instrumentText(assessment.instrument, locale).caveat,
    isCurrent: assessment.person.riskAssessmentId === assessment.id,
  };
}

/** The start page's state with the actor's own database handle. */
export function loadStartPage({ actor, personId }: { actor: TActor; personId: string }) {
  return findStartState({ db, actor, personId });
}

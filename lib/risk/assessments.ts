import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RiskAssessmentStatus } from '@/lib/generated/prisma/enums';
import { ConflictError, DeniedError, FieldError, NotFoundError, type TMessage } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { notify } from '@/lib/notifications/notify';
import { supervisorsOfRegion, users } from '@/lib/notifications/recipients';
import { parseInstrument, zAnswers, zDynamicFactorReviews, type TAnswers, type TDynamicFactorReview, type TInstrumentDefinition } from './instrument';
import { CONVICTION_FACTS_SELECT, proposeAnswers } from './prefill';
import { scoreAnswers } from './score';
import { applyCountersigned } from './current';
import { STATIC99R_CODE } from './static99r';
import { EDITABLE_STATUSES, OPEN_STATUSES, riskAssessmentScope } from './scope';
import type { ZCorrectAssessment, ZCountersignAssessment, ZReturnAssessment, ZSaveAssessment, ZStartAssessment } from './schemas';

// The assessment workflow (issue 13, docs/decisions/026-risk-assessment-workflow.md):
// draft ⇄ (autosave) → submitted → countersigned | returned → (edited) → submitted …
// A countersigned assessment is locked; a correction is a new draft that names it and replaces it
// (SUPERSEDED) only when the correction is countersigned in turn.

type TArgs<S extends z.ZodType> = { tx: Tx; actor: TActor; input: z.output<S>; now?: Date };

/** What an assessment's notifications point at. */
export const assessmentEntity = (id: string) => ({ type: 'RiskAssessment', id, link: `/risk/${id}` });

const CHANGED: TMessage = { key: 'riskWorkflow.errors.changed' };
const LOCKED: TMessage = { key: 'riskWorkflow.errors.locked' };

/** One assessment in the actor's scope with its instrument version, or not found. */
export async function getScopedAssessment(tx: Tx, actor: TActor, assessmentId: string) {
  const row = await tx.riskAssessment.findFirst({
    where: { AND: [{ id: assessmentId }, riskAssessmentScope(actor)] },
    include: { instrument: true, person: { select: { id: true, regionId: true, riskAssessmentId: true } } },
  });
  if (!row) throw new NotFoundError('RiskAssessment');
  return {
    ...row,
    definition: parseInstrument(row.instrument),
    parsedAnswers: zAnswers.parse(row.answers),
    factors: zDynamicFactorReviews.parse(row.dynamicFactors),
  };
}
type TScoped = Awaited<ReturnType<typeof getScopedAssessment>>;

/** Refuses any change to a locked assessment, a move from the wrong state, or a stale version. */
function checkMove(row: TScoped, ref: { version: number }, allowed: readonly RiskAssessmentStatus[]) {
  if (row.status === 'COUNTERSIGNED' || row.status === 'SUPERSEDED') throw new DeniedError(LOCKED);
  if (!allowed.includes(row.status)) throw new DeniedError({ key: 'errors.illegalTransition' });
  if (row.version !== ref.version) throw new ConflictError(CHANGED);
}

/** Writes a change against the version and state seen; zero rows means someone else was first. */
async function update(tx: Tx, row: TScoped, ref: { version: number }, data: Prisma.RiskAssessmentUncheckedUpdateManyInput) {
  const updated = await tx.riskAssessment.updateMany({
    where: { id: row.id, version: ref.version, status: row.status },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError(CHANGED);
  return tx.riskAssessment.findUniqueOrThrow({ where: { id: row.id } });
}

/** The person's open assessment, if any (what "start" returns instead of a second one). */
export function findOpen(tx: Tx, personId: string) {
  return tx.riskAssessment.findFirst({ where: { personId, status: { in: [...OPEN_STATUSES] } } });
}

/** The active version of the default instrument; none active is a form error, not a crash. */
async function activeInstrument(tx: Tx) {
  const row = await tx.riskInstrument.findFirst({ where: { code: STATIC99R_CODE, active: true } });
  if (!row) throw new FieldError({ _form: { key: 'riskWorkflow.errors.noInstrument' } });
  return { row, definition: parseInstrument(row) };
}

/** Every active dynamic factor, unrated, with its title as it reads today. */
async function unratedFactors(tx: Tx): Promise<TDynamicFactorReview[]> {
  const factors = await tx.riskDynamicFactor.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
  return factors.map((f) => ({ code: f.code, title: { en: f.titleEn, ru: f.titleRu, kk: f.titleKk }, rating: null, note: '' }));
}

/**
 * Opens the person's assessment: the open one if there is one, else a new draft with the active
 * instrument version, proposals from the record and the active dynamic factors unrated.
 */
export async function startAssessment({ tx, actor, input }: TArgs<typeof ZStartAssessment>) {
  await getScopedPersonId(tx, actor, input.personId);
  const open = await findOpen(tx, input.personId);
  if (open) return { assessment: open, created: false };
  const { row, definition } = await activeInstrument(tx);
  const person = await tx.person.findUniqueOrThrow({
    where: { id: input.personId },
    select: {
      birthDate: true,
      convictions: {
        select: CONVICTION_FACTS_SELECT,
      },
    },
  });
  const answers = proposeAnswers(definition, person);
  const assessment = await tx.riskAssessment.create({
    data: { personId: input.personId, instrumentId: row.id, answers, dynamicFactors: await unratedFactors(tx), assessorId: actor.id },
  });
  return { assessment, created: true };
}

/** The form's answers and factors merged into what is stored: proposals and titles kept. */
function merge(row: TScoped, input: z.output<typeof ZSaveAssessment>) {
  const errors: Record<string, TMessage> = {};
  const items = new Map(row.definition.items.map((i) => [i.code, i]));
  for (const [code, chosen] of Object.entries(input.answers)) {
    const item = items.get(code);
    if (!item) errors[`answers.${code}`] = { key: 'validation.invalid' };
    else if (chosen !== null && !item.answers.some((a) => a.code === chosen)) errors[`answers.${code}`] = { key: 'riskWorkflow.validation.unknownAnswer' };
  }
  const known = new Set(row.factors.map((f) => f.code));
  for (const f of input.factors) if (!known.has(f.code)) errors[`factors.${f.code}`] = { key: 'validation.invalid' };
  if (Object.keys(errors).length) throw new FieldError(errors);

  const answers: TAnswers = {};
  for (const item of row.definition.items) {
    const stored = row.parsedAnswers[item.code] ?? { answer: null, proposed: null, source: null };
    answers[item.code] = { ...stored, answer: item.code in input.answers ? (input.answers[item.code] ?? null) : stored.answer };
  }
  const byCode = new Map(input.factors.map((f) => [f.code, f]));
  const factors = row.factors.map((f) => {
    const sent = byCode.get(f.code);
    return sent ? { ...f, rating: sent.rating, note: sent.note } : f;
  });
  return { answers, factors };
}

/**
 * Autosave: any officer in scope (the person's officer) may save a draft or a returned
 * assessment, against the version the form last saw.
 */
export async function saveAssessment({ tx, actor, input }: TArgs<typeof ZSaveAssessment>) {
  const row = await getScopedAssessment(tx, actor, input.assessmentId);
  checkMove(row, input, EDITABLE_STATUSES);
  const { answers, factors } = merge(row, input);
  return update(tx, row, input, { answers, dynamicFactors: factors, summary: input.summary || null });
}

/** Why a submission is incomplete, per field: unconfirmed items and unrated factors. */
function incomplete(definition: TInstrumentDefinition, answers: TAnswers, factors: TDynamicFactorReview[]) {
  const errors: Record<string, TMessage> = {};
  for (const item of definition.items) if (!answers[item.code]?.answer) errors[`answers.${item.code}`] = { key: 'riskWorkflow.validation.unanswered' };
  for (const f of factors) if (!f.rating) errors[`factors.${f.code}`] = { key: 'riskWorkflow.validation.unrated' };
  return errors;
}

/**
 * Submits the form as it stands: every item answered (a proposal is not an answer until the
 * officer confirms it), every factor rated. The score and band are computed here, never taken
 * from the client; the submitter is the assessor; the region's supervisors are told.
 */
export async function submitAssessment({ tx, actor, input, now = new Date() }: TArgs<typeof ZSaveAssessment>) {
  const row = await getScopedAssessment(tx, actor, input.assessmentId);
  checkMove(row, input, EDITABLE_STATUSES);
  const { answers, factors } = merge(row, input);
  const missing = incomplete(row.definition, answers, factors);
  if (Object.keys(missing).length) throw new FieldError({ ...missing, _form: { key: 'riskWorkflow.validation.incomplete' } });
  const scored = scoreAnswers(row.definition, answers);
  if (!scored.complete) throw new FieldError({ _form: { key: 'riskWorkflow.validation.incomplete' } });
  const submitted = await update(tx, row, input, {
    answers,
    dynamicFactors: factors,
    summary: input.summary || null,
    status: 'SUBMITTED',
    submittedAt: now,
    score: scored.score,
    bandCode: scored.band.code,
    bandRank: scored.band.rank,
    assessorId: actor.id,
  });
  await notify(tx, actor, { kind: 'RISK_ASSESSMENT_SUBMITTED', to: supervisorsOfRegion(row.person.regionId), entity: assessmentEntity(row.id) });
  return submitted;
}

/**
 * A second person countersigns: a supervisor of the person's region, never the assessor. The
 * person's current band follows in the same transaction, and a correction replaces what it corrects.
 */
export async function countersignAssessment({ tx, actor, input, now = new Date() }: TArgs<typeof ZCountersignAssessment>) {
  const row = await getScopedAssessment(tx, actor, input.assessmentId);
  if (row.assessorId === actor.id) throw new DeniedError({ key: 'riskWorkflow.errors.ownAssessment' });
  checkMove(row, input, ['SUBMITTED']);
  if (row.score === null || row.bandCode === null || row.bandRank === null) throw new DeniedError({ key: 'errors.illegalTransition' });
  const signed = await update(tx, row, input, { status: 'COUNTERSIGNED', countersignerId: actor.id, countersignedAt: now });
  if (row.correctsId) {
    const replaced = await tx.riskAssessment.updateMany({
      where: { id: row.correctsId, status: 'COUNTERSIGNED' },
      data: { status: 'SUPERSEDED', version: { increment: 1 } },
    });
    if (replaced.count === 0) throw new ConflictError(CHANGED);
  }
  await applyCountersigned(tx, { id: row.id, personId: row.personId, score: row.score, bandCode: row.bandCode, bandRank: row.bandRank, countersignedAt: now });
  await notify(tx, actor, { kind: 'RISK_ASSESSMENT_COUNTERSIGNED', to: users(row.assessorId), entity: assessmentEntity(row.id) });
  return signed;
}

/** The supervisor sends a submitted assessment back to the officer with a reason they will see. */
export async function returnAssessment({ tx, actor, input, now = new Date() }: TArgs<typeof ZReturnAssessment>) {
  const row = await getScopedAssessment(tx, actor, input.assessmentId);
  if (row.assessorId === actor.id) throw new DeniedError({ key: 'riskWorkflow.errors.ownAssessment' });
  checkMove(row, input, ['SUBMITTED']);
  const returned = await update(tx, row, input, { status: 'RETURNED', returnReason: input.reason, returnedAt: now });
  await notify(tx, actor, {
    kind: 'RISK_ASSESSMENT_RETURNED',
    to: users(row.assessorId),
    entity: assessmentEntity(row.id),
    // The reason stays on the page: free text may name people, and notifications can be e-mailed.
    params: {},
  });
  return returned;
}

/**
 * Corrects the person's current countersigned assessment: a new draft naming it, with the same
 * instrument version, answers and factors; the countersigned one stays as it is until the
 * correction is countersigned. One open assessment per person, so none may be open.
 */
export async function correctAssessment({ tx, actor, input }: TArgs<typeof ZCorrectAssessment>) {
  const row = await getScopedAssessment(tx, actor, input.assessmentId);
  if (row.status !== 'COUNTERSIGNED') throw new DeniedError({ key: 'errors.illegalTransition' });
  if (row.version !== input.version) throw new ConflictError(CHANGED);
  if (row.person.riskAssessmentId !== row.id) throw new DeniedError({ key: 'riskWorkflow.errors.notCurrent' });
  const open = await findOpen(tx, row.personId);
  if (open) throw new FieldError({ _form: { key: 'riskWorkflow.errors.openExists' } }, { assessmentId: open.id });
  return tx.riskAssessment.create({
    data: {
      personId: row.personId,
      instrumentId: row.instrumentId,
      answers: row.parsedAnswers,
      dynamicFactors: row.factors,
      summary: row.summary,
      assessorId: actor.id,
      correctsId: row.id,
      correctionReason: input.reason,
    },
  });
}

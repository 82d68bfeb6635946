import { localCalendarDay } from '@/lib/i18n/format';
import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { PetitionStatus } from '@/lib/generated/prisma/enums';
import { ConflictError, DeniedError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { buildPrefill, type TPrefill } from './prefill';
import { buildRiskSnapshot, lacksLifelongGround, latestCountersigned, needsMissingReason } from './risk-snapshot';
import { markFlagUsed, takeFlagIntoDraft } from '@/lib/escalation/flag-into-draft';
import { canMovePetition } from './workflow';
import { petitionScope } from './scope';
import { PENDING_PETITION } from './expiry-worklist';
import { PETITION_DOCUMENT_INCLUDE, renderPetitionPdf } from './pdf';
import { courtProblem, findCompetentCourt, isCompetentCourt, requireCompetentCourt } from './competent-court';
import type { ZPetitionMove, ZSaveDraft, ZStartPetition, ZWithdrawPetition } from './schemas';
import { notify } from '@/lib/notifications/notify';
import { clerksOfCourt, supervisorsOfRegion, users } from '@/lib/notifications/recipients';

/** What a petition's notifications point at. */
export const petitionEntity = (id: string) => ({ type: 'ExtensionPetition', id, link: `/petitions/${id}` });

/** One petition in scope, or not found. */
export async function getScopedPetition(tx: Tx, actor: TActor, petitionId: string) {
  const petition = await tx.extensionPetition.findFirst({ where: { AND: [{ id: petitionId }, petitionScope(actor)] } });
  if (!petition) throw new NotFoundError('Petition');
  return petition;
}

/** Refuses a move the machine does not allow, or against a version other than the one seen. */
function checkMove(actor: TActor, petition: { status: PetitionStatus; version: number }, ref: { version: number }, to: PetitionStatus) {
  if (petition.version !== ref.version) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  const verdict = canMovePetition(actor.role, petition.status, to);
  if (verdict !== 'ok') throw new DeniedError({ key: verdict === 'illegal' ? 'errors.illegalTransition' : 'errors.forbidden' });
}

/** Moves a petition if the machine allows it and the version is the one the user saw. */
export async function movePetition(
  tx: Tx,
  actor: TActor,
  ref: { petitionId: string; version: number },
  to: PetitionStatus,
  data: Record<string, unknown> = {},
) {
  const petition = await getScopedPetition(tx, actor, ref.petitionId);
  checkMove(actor, petition, ref, to);
  const updated = await tx.extensionPetition.updateMany({
    where: { id: petition.id, version: ref.version, status: petition.status },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  return { ...petition, status: to };
}

/** Starts a draft for an active order, prefilled from the record; one pending petition per order. */
export async function startPetition({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: z.output<typeof ZStartPetition>; now?: Date }) {
  await getScopedPersonId(tx, actor, input.personId);
  const order = await tx.supervisionOrder.findFirst({ where: { id: input.orderId, personId: input.personId, status: 'ACTIVE' } });
  if (!order) throw new NotFoundError('SupervisionOrder');
  if (order.lifelong) throw new FieldError({ _form: { key: 'validation.alreadyLifelong' } });
  const pending = await tx.extensionPetition.findFirst({ where: { orderId: order.id, status: { in: PENDING_PETITION } } });
  if (pending) return pending;
  // The competent court (lib/petitions/competent-court.ts); none in the reference data is a form error.
  const court = requireCompetentCourt(await findCompetentCourt(tx, input.personId));
  // An officer's open flag opens the grounds, with where the text came from (lib/escalation/flags.ts).
  const fromFlag = await takeFlagIntoDraft(tx, input.personId);
  const prefill = await buildPrefill(tx, { personId: input.personId, orderId: order.id, asOf: now });
  const petition = await tx.extensionPetition.create({
    data: {
      personId: input.personId,
      orderId: order.id,
      courtId: court.id,
      drafterId: actor.id,
      grounds: fromFlag?.grounds ?? '',
      prefill: fromFlag ? { ...prefill, officerFlag: fromFlag.source } : prefill,
      riskAssessmentId: prefill.riskAssessment?.id ?? null,
    },
  });
  if (fromFlag) await markFlagUsed(tx, fromFlag.flag.id, petition.id);
  // The region's supervisors endorse (or return) drafts.
  const { regionId } = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { regionId: true } });
  await notify(tx, actor, { kind: 'PETITION_AWAITING_ENDORSEMENT', to: supervisorsOfRegion(regionId), entity: petitionEntity(petition.id) });
  return petition;
}

/** Saves the draft as typed (autosave); only drafts can change, and only against the version seen. */
export async function saveDraft({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: z.output<typeof ZSaveDraft>; now?: Date }) {
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  if (petition.status !== 'DRAFT') throw new DeniedError({ key: 'errors.illegalTransition' });
  if (actor.role !== 'POLICE') throw new DeniedError({ key: 'errors.forbidden' });
  const court = await tx.court.findUnique({ where: { id: input.courtId }, select: { id: true, active: true, districtId: true } });
  if (!court) throw new FieldError({ courtId: { key: 'validation.invalid' } });
  const competent = await findCompetentCourt(tx, petition.personId);
  const problem = courtProblem(court, competent, input.courtReason);
  if (problem === 'inactive') throw new FieldError({ courtId: { key: 'petitionCourt.validation.inactive' } });
  if (problem === 'reasonRequired') throw new FieldError({ courtReason: { key: 'petitionCourt.validation.reasonRequired' } });
  const known = await tx.riskFactor.findMany({ where: { code: { in: input.riskFactorCodes }, active: true }, select: { code: true } });
  if (known.length !== new Set(input.riskFactorCodes).size) throw new FieldError({ riskFactorCodes: { key: 'validation.invalid' } });
  // The risk assessment follows the record while the police still draft: a newer countersigned
  // one replaces the snapshot's (docs/decisions/028-risk-in-petitions.md).
  const risk = await refreshedRisk(tx, petition);
  if (needsMissingReason(input.requestedLifelong, risk.snapshot, now) && !input.riskAssessmentMissingReason)
    throw new FieldError({ riskAssessmentMissingReason: { key: 'riskPetition.validation.reasonRequired' } });
  const updated = await tx.extensionPetition.updateMany({
    where: { id: petition.id, version: input.version, status: 'DRAFT' },
    data: {
      grounds: input.grounds,
      riskFactorCodes: input.riskFactorCodes,
      requestedLifelong: input.requestedLifelong,
      requestedTermYears: input.requestedLifelong ? null : input.requestedTermYears,
      requestedChanges: input.requestedChanges ?? null,
      courtId: input.courtId,
      // A reason is kept only for a court other than the competent one.
      courtReason: isCompetentCourt(court, competent) ? null : input.courtReason!,
      // Kept only while the rule asks for it, like the court reason.
      riskAssessmentMissingReason: needsMissingReason(input.requestedLifelong, risk.snapshot, now) ? input.riskAssessmentMissingReason! : null,
      ...(risk.changed ? { prefill: risk.prefill, riskAssessmentId: risk.snapshot?.id ?? null } : {}),
      language: input.language,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  return tx.extensionPetition.findUniqueOrThrow({ where: { id: petition.id } });
}

/**
 * The snapshot's risk assessment, replaced by the person's latest countersigned one when that is
 * newer (or when a petition from before issue 13 carries none yet); `changed` says whether to store it.
 */
async function refreshedRisk(tx: Tx, petition: { personId: string; riskAssessmentId: string | null; prefill: unknown }) {
  const prefill = (petition.prefill ?? {}) as TPrefill;
  const latest = await latestCountersigned(tx, petition.personId);
  if (!latest || latest.id === petition.riskAssessmentId) return { changed: false, snapshot: prefill.riskAssessment ?? null, prefill };
  const snapshot = await buildRiskSnapshot(tx, latest.id);
  return { changed: true, snapshot, prefill: { ...prefill, riskAssessment: snapshot } };
}

/**
 * The lifelong rule again when the petition moves on (the assessment may have aged since the draft
 * was saved); `at` picks the message. Endorsement also refuses a snapshot a newer countersigned
 * assessment has overtaken: the supervisor endorses what the page shows, so the drafter saves again.
 */
async function checkRiskGround(
  tx: Tx,
  petition: { personId: string; riskAssessmentId: string | null; prefill: unknown; requestedLifelong: boolean; riskAssessmentMissingReason: string | null },
  at: 'endorsement' | 'filing',
  now: Date,
) {
  if (at === 'endorsement') {
    const latest = await latestCountersigned(tx, petition.personId);
    if (latest && latest.id !== petition.riskAssessmentId) throw new FieldError({ _form: { key: 'riskPetition.validation.newerAssessment' } });
  }
  const snapshot = (petition.prefill as TPrefill | null)?.riskAssessment;
  if (lacksLifelongGround(petition, snapshot, now))
    throw new FieldError({
      _form: { key: at === 'endorsement' ? 'riskPetition.validation.lifelongAtEndorsement' : 'riskPetition.validation.lifelongAtFiling' },
    });
}

/** A second person endorses: never the drafter, and only a complete draft. */
export async function endorsePetition({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: z.output<typeof ZPetitionMove>; now?: Date }) {
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  if (petition.drafterId === actor.id) throw new DeniedError({ key: 'errors.ownPetition' });
  if (!petition.grounds.trim() || (!petition.requestedLifelong && !petition.requestedTermYears))
    throw new FieldError({ _form: { key: 'validation.petitionIncomplete' } });
  await checkRiskGround(tx, petition, 'endorsement', now);
  const endorsed = await movePetition(tx, actor, input, 'ENDORSED', { endorserId: actor.id, endorsedAt: now, returnComment: null });
  // Back to the drafter's police unit to file it with the court.
  await notify(tx, actor, { kind: 'PETITION_ENDORSED', to: users(petition.drafterId), entity: petitionEntity(petition.id) });
  return endorsed;
}

/** The supervisor sends a draft (or an endorsed petition) back to the drafter with comments. */
export async function returnPetition({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZPetitionMove> }) {
  if (!input.comment) throw new FieldError({ comment: { key: 'validation.required' } });
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  if (petition.status === 'DRAFT') {
    if (actor.role !== 'SUPERVISOR') throw new DeniedError({ key: 'errors.forbidden' });
    const updated = await tx.extensionPetition.updateMany({
      where: { id: petition.id, version: input.version, status: 'DRAFT' },
      data: { returnComment: input.comment, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
    await notify(tx, actor, { kind: 'PETITION_RETURNED', to: users(petition.drafterId), entity: petitionEntity(petition.id) });
    return { ...petition, returnComment: input.comment };
  }
  const moved = await movePetition(tx, actor, input, 'DRAFT', { returnComment: input.comment, endorserId: null, endorsedAt: null });
  await notify(tx, actor, { kind: 'PETITION_RETURNED', to: users(petition.drafterId), entity: petitionEntity(petition.id) });
  return moved;
}

export function withdrawPetition({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZWithdrawPetition> }) {
  return movePetition(tx, actor, input, 'WITHDRAWN', { withdrawnReason: input.reason });
}

/**
 * The next filing number of the year in Kazakhstan (EP-2026-00042). The year's counter row is
 * incremented under its row lock, so filings at the same moment get distinct numbers, and a
 * filing that rolls back gives its number back (no gaps). A year's first filing starts after any
 * number already given that year (data from before the counter existed).
 */
export async function nextFilingNumber(tx: Tx, now: Date): Promise<string> {
  const year = localCalendarDay(now).getUTCFullYear();
  const prefix = `EP-${year}-`;
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "public"."PetitionFilingCounter" (year, last)
    VALUES (${year}, 1 + (SELECT coalesce(max(substring("filingNumber" from '[0-9]+$')::int), 0) FROM "public"."ExtensionPetition" WHERE "filingNumber" LIKE ${`${prefix}%`}))
    ON CONFLICT (year) DO UPDATE SET last = "PetitionFilingCounter".last + 1
    RETURNING last`;
  return `${prefix}${String(row.last).padStart(5, '0')}`;
}

/** Files an endorsed petition: filing number, and the document generated once and stored. */
export async function filePetition({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: z.output<typeof ZPetitionMove>; now?: Date }) {
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  checkMove(actor, petition, input, 'FILED');
  const full = await tx.extensionPetition.findUniqueOrThrow({ where: { id: petition.id }, include: PETITION_DOCUMENT_INCLUDE });
  // The court is checked again: it may have been deactivated, or the person may have moved, since drafting.
  const competent = await findCompetentCourt(tx, petition.personId);
  const problem = courtProblem(full.court, competent, full.courtReason);
  if (problem)
    throw new FieldError({
      _form: { key: problem === 'inactive' ? 'petitionCourt.validation.inactiveAtFiling' : 'petitionCourt.validation.reasonRequiredAtFiling' },
    });
  const courtReason = isCompetentCourt(full.court, competent) ? null : full.courtReason;
  await checkRiskGround(tx, full, 'filing', now);
  const filingNumber = await nextFilingNumber(tx, now);
  const riskFactors = await tx.riskFactor.findMany({ where: { code: { in: full.riskFactorCodes } } });
  const pdf = await renderPetitionPdf({ petition: { ...full, courtReason, filingNumber, filedAt: now }, riskFactors });
  const filed = await movePetition(tx, actor, input, 'FILED', { filingNumber, filedAt: now, pdf, courtReason });
  // Into the court's queue: its clerks.
  await notify(tx, actor, { kind: 'PETITION_FILED', to: clerksOfCourt(full.courtId), entity: petitionEntity(petition.id), params: { filingNumber } });
  return filed;
}

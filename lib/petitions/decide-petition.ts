import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { defaultOrderEnd } from '@/lib/supervision/term';
import { rollSchedules } from '@/lib/checkins/schedule';
import { getScopedPetition, movePetition, petitionEntity } from './manage-petition';
import type { ZDecidePetition, ZRecordAnnouncement } from './schemas';
import { readDocument } from './documents';
import { announcementRule, decisionRule } from '@/lib/validation/date-rules';
import { addCalendarDays } from '@/lib/time/today';
import { grantDifference } from './grant-difference';
import { notify } from '@/lib/notifications/notify';
import { policeOfDistrict, users } from '@/lib/notifications/recipients';

type TDecideInput = z.output<typeof ZDecidePetition>;

/**
 * A grant beyond the request stands only when the clerk ticked the acknowledgement and typed the
 * ruling number again, exactly as recorded: a slip of the radio button cannot extend supervision for life.
 */
function assertAcknowledged(input: Exclude<TDecideInput, { outcome: 'DENIED' }>) {
  if (!input.acknowledgeDifference) throw new FieldError({ acknowledgeDifference: { key: 'petitionDecision.validation.acknowledgeDifference' } });
  if (input.acknowledgedRulingNumber !== input.decisionNumber)
    throw new FieldError({ acknowledgedRulingNumber: { key: 'petitionDecision.validation.rulingNumberMismatch' } });
}

/**
 * Records the court's decision. The petition row is locked first, so of two clerks deciding at
 * once the second waits, then learns who decided and changes nothing. A grant applies in the
 * same transaction: the order's end moves (or becomes lifelong), a link is added to the
 * extension chain pointing at the decision, restriction changes take the decision as their
 * basis, and the district police get a task to announce the decision against signature.
 */
export async function decidePetition({ tx, actor, input }: { tx: Tx; actor: TActor; input: TDecideInput }) {
  const scan = input.scan ? await readDocument(input.scan, 'scan') : undefined;
  const visible = await getScopedPetition(tx, actor, input.petitionId);
  await tx.$queryRaw`SELECT id FROM "public"."ExtensionPetition" WHERE id = ${visible.id} FOR UPDATE`;
  const existing = await tx.courtDecision.findUnique({ where: { petitionId: visible.id }, include: { clerk: { select: { fullName: true } } } });
  if (existing) throw new ConflictError({ key: 'errors.alreadyDecided', values: { clerk: existing.clerk.fullName } });
  const dateProblem = decisionRule(input.decisionDate, visible);
  if (dateProblem) throw new FieldError({ decisionDate: { key: dateProblem } });

  const petition = await movePetition(tx, actor, input, input.outcome === 'DENIED' ? 'DENIED' : 'GRANTED');
  const difference = grantDifference({ lifelong: petition.requestedLifelong, termYears: petition.requestedTermYears }, input);
  if (difference && input.outcome !== 'DENIED') assertAcknowledged(input);
  const order = await tx.supervisionOrder.findUnique({ where: { id: petition.orderId }, include: { extensions: true, person: true } });
  if (!order) throw new NotFoundError('SupervisionOrder');

  let newEndDate: Date | null = null;
  if (input.outcome !== 'DENIED') {
    // An order that ended before the decision cannot be extended: it must be re-established.
    if (!order.lifelong && order.endDate && order.endDate < input.decisionDate)
      throw new FieldError({ decisionDate: { key: 'validation.orderEndedBeforeDecision' } });
    if (order.lifelong) throw new FieldError({ _form: { key: 'validation.alreadyLifelong' } });
  }
  if (input.outcome === 'GRANTED_YEARS') newEndDate = defaultOrderEnd(order.endDate!, input.termYears);
  const decision = await tx.courtDecision.create({
    data: {
      petitionId: petition.id,
      outcome: input.outcome,
      termYears: input.outcome === 'GRANTED_YEARS' ? input.termYears : null,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      newEndDate,
      reason: input.outcome === 'DENIED' ? input.reason : null,
      clerkId: actor.id,
      scanMimeType: scan?.mimeType ?? null,
      scan: scan?.data ?? null,
      differsFromRequest: difference !== null,
    },
  });

  if (input.outcome !== 'DENIED') {
    const lifelong = input.outcome === 'GRANTED_LIFELONG';
    const updated = await tx.supervisionOrder.updateMany({
      where: { id: order.id, version: order.version },
      data: { endDate: lifelong ? null : newEndDate, lifelong, status: 'ACTIVE', version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
    await tx.orderExtension.create({
      data: {
        orderId: order.id,
        sequence: order.extensions.length + 1,
        previousEndDate: order.endDate,
        newEndDate: lifelong ? null : newEndDate,
        lifelong,
        rulingNumber: input.decisionNumber,
        rulingDate: input.decisionDate,
        decisionId: decision.id,
      },
    });
    if (input.reportingTimesPerMonth) {
      const dayBefore = addCalendarDays(input.decisionDate, -1);
      await tx.restriction.updateMany({ where: { orderId: order.id, type: 'REPORTING', effectiveTo: null }, data: { effectiveTo: dayBefore } });
      await tx.restriction.create({
        data: {
          orderId: order.id,
          type: 'REPORTING',
          params: { timesPerMonth: input.reportingTimesPerMonth },
          effectiveFrom: input.decisionDate,
          rulingNumber: input.decisionNumber,
          rulingDate: input.decisionDate,
          decisionId: decision.id,
        },
      });
      await rollSchedules({ tx, personIds: [order.personId] });
    }
  }
  await tx.announcementTask.create({ data: { decisionId: decision.id, personId: order.personId, districtId: order.person.districtId } });
  // The drafter, the endorsing supervisor and the person's officer learn the outcome; the
  // district's police must announce it against signature.
  const params = { filingNumber: petition.filingNumber ?? '', outcome: input.outcome };
  const entity = petitionEntity(petition.id);
  await notify(tx, actor, { kind: 'DECISION_RECORDED', to: users(petition.drafterId, petition.endorserId, order.person.officerId), entity, params });
  await notify(tx, actor, { kind: 'ANNOUNCEMENT_DUE', to: policeOfDistrict(order.person.districtId), entity, params });
  return { petition, decision, difference };
}

/** The police record how the decision was announced: signed on a date, or refused before a witness. */
export async function recordAnnouncement({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRecordAnnouncement> }) {
  const task = await tx.announcementTask.findFirst({ where: { id: input.taskId, districtId: actor.districtId ?? '__none__' } });
  if (!task) throw new NotFoundError('AnnouncementTask');
  if (input.outcome === 'SIGNED') {
    const decision = await tx.courtDecision.findUniqueOrThrow({ where: { id: task.decisionId }, select: { decisionDate: true } });
    const problem = announcementRule(input.signedOn, decision.decisionDate);
    if (problem) throw new FieldError({ signedOn: { key: problem } });
  }
  const updated = await tx.announcementTask.updateMany({
    where: { id: task.id, version: input.version, status: 'OPEN' },
    data: {
      status: input.outcome,
      signedOn: input.outcome === 'SIGNED' ? input.signedOn : null,
      refusalWitness: input.outcome === 'REFUSED' ? input.refusalWitness : null,
      doneById: actor.id,
      doneAt: new Date(),
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ConflictError({ key: 'errors.changedBySomeoneElse' });
  return task;
}

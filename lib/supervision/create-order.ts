import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { FieldError } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { toRestrictionRow } from './restrictions';
import { defaultOrderEnd } from './term';
import { rollSchedules } from '@/lib/checkins/schedule';
import type { ZCreateOrder } from './schemas';
import { orderStartRule } from '@/lib/validation/date-rules';

/**
 * Creates a supervision order from a court ruling with its restrictions. The end defaults to
 * start + the legal basis's term; lifelong orders have no end. A person has at most one active
 * order: a second one must come through an extension (issue 4), not a parallel order.
 */
export async function createOrder({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZCreateOrder> }) {
  await getScopedPersonId(tx, actor, input.personId);
  // Sequential on purpose: one transaction is one connection, which runs one query at a time.
  const basis = await tx.legalBasis.findUnique({ where: { id: input.legalBasisId } });
  const court = await tx.court.findUnique({ where: { id: input.courtId } });
  const active = await tx.supervisionOrder.findFirst({ where: { personId: input.personId, status: 'ACTIVE' }, select: { id: true } });
  const latestSentence = await tx.conviction.findFirst({
    where: { personId: input.personId },
    orderBy: { sentenceEnd: 'desc' },
    select: { sentenceEnd: true },
  });
  const errors: Record<string, { key: string }> = {};
  const startProblem = orderStartRule(input.startDate, latestSentence?.sentenceEnd ?? null);
  if (startProblem) errors.startDate = { key: startProblem };
  if (!basis) errors.legalBasisId = { key: 'validation.invalid' };
  else if (basis.inForceFrom > input.rulingDate || (basis.inForceTo && basis.inForceTo < input.rulingDate)) {
    errors.legalBasisId = { key: 'validation.basisNotInForce' };
  }
  if (!court) errors.courtId = { key: 'validation.invalid' };
  if (active) errors._form = { key: 'validation.activeOrderExists' };
  const endDate = input.lifelong ? null : (input.endDate ?? defaultOrderEnd(input.startDate, basis?.defaultTermYears));
  if (!input.lifelong && !endDate && basis) errors.endDate = { key: 'validation.endRequired' };
  if (Object.keys(errors).length) throw new FieldError(errors);

  const order = await tx.supervisionOrder.create({
    data: {
      personId: input.personId,
      legalBasisId: input.legalBasisId,
      courtId: input.courtId,
      rulingNumber: input.rulingNumber,
      rulingDate: input.rulingDate,
      startDate: input.startDate,
      endDate,
      lifelong: input.lifelong,
      restrictions: {
        create: input.restrictions.map((r) => ({
          ...toRestrictionRow(r),
          effectiveFrom: input.startDate,
          rulingNumber: input.rulingNumber,
          rulingDate: input.rulingDate,
          legalBasisId: input.legalBasisId,
        })),
      },
    },
  });
  // The reporting restriction becomes due check-ins at once (lib/checkins/schedule.ts).
  await rollSchedules({ tx, personIds: [input.personId] });
  return order;
}

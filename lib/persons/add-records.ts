import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { exclusionRadiusFor, flagFacilitiesNear } from '@/lib/geo/proximity';
import { FieldError } from '@/lib/actions/errors';
import { verdictRule } from '@/lib/validation/date-rules';
import { addCalendarDays } from '@/lib/time/today';
import { enqueueRiskDue } from '@/lib/risk/dues';
import { assertConvictionRefs, getScopedPersonId } from './scoped-person';
import type { z } from 'zod';
import type { ZAddAddress, ZAddConviction } from './schemas';

/** Adds an address; the current one of the same kind is closed the day before (history kept). */
export async function addAddress({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZAddAddress> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const district = await tx.district.findUnique({ where: { id: input.address.districtId } });
  if (!district) throw new FieldError({ 'address.districtId': { key: 'validation.invalid' } });
  const current = await tx.address.findFirst({ where: { personId: input.personId, kind: input.address.kind, validTo: null } });
  if (current && current.validFrom >= input.address.validFrom) {
    throw new FieldError({ 'address.validFrom': { key: 'validation.addressBeforeCurrent' } });
  }
  if (current) {
    await tx.address.update({ where: { id: current.id }, data: { validTo: addCalendarDays(input.address.validFrom, -1) } });
  }
  const created = await tx.address.create({ data: { ...input.address, personId: input.personId } });
  const flags = await flagFacilitiesNear(tx, created, await exclusionRadiusFor(tx, input.personId));
  // A new current address (also a confirmed address change, which comes through here) makes a
  // reassessment due at once (docs/decisions/027).
  await enqueueRiskDue(tx, { personId: input.personId, reason: 'ADDRESS_CHANGE', sourceId: created.id });
  return { address: created, flags };
}

export async function addConviction({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZAddConviction> }) {
  await getScopedPersonId(tx, actor, input.personId);
  await assertConvictionRefs(tx, input.conviction);
  const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { birthDate: true } });
  const problem = verdictRule(input.conviction.verdictDate, person.birthDate);
  if (problem) throw new FieldError({ 'conviction.verdictDate': { key: problem } });
  const conviction = await tx.conviction.create({ data: { ...input.conviction, personId: input.personId } });
  // A new conviction makes a reassessment due at once (docs/decisions/027; one recorded at
  // registration or import is not new: the person has no assessment yet).
  await enqueueRiskDue(tx, { personId: input.personId, reason: 'NEW_CONVICTION', sourceId: conviction.id });
  return conviction;
}

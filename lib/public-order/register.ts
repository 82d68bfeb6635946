import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, DeniedFieldError, FieldError } from '@/lib/actions/errors';
import { recordRegistrationConflicts } from '@/lib/conflicts/record-conflicts';
import { districtScope, personScope } from '@/lib/persons/scope';
import { publicOrderScope } from './scope';
import type { TRegisterPublicOrderPerson } from './schemas';

// Registering a person outside supervision for public-order work (issue 14,
// docs/decisions/031-public-order-records.md). The IIN decides where the work goes: a supervised
// person's own record, an existing public-order record, or a new one. Whatever is outside the
// user's scope is answered neutrally (docs/decisions/010-no-iin-existence-oracle.md).

/** Who holds an IIN already: a supervised person or a public-order record, and whether the actor may see it. */
export type TIinOwner = { kind: 'person' | 'publicOrder'; id: string; visible: boolean };

/**
 * The holder of an IIN, if any: a supervised Person first (their record takes public-order work),
 * else a PublicOrderPerson. `visible` is whether the actor's scope reaches it (personScope /
 * publicOrderScope); an invisible holder must never be shown to the actor.
 */
export async function findIinOwner(tx: Tx, actor: TActor, iin: string): Promise<TIinOwner | null> {
  const person = await tx.person.findUnique({ where: { iin }, select: { id: true } });
  if (person) {
    const visible = await tx.person.count({ where: { AND: [{ id: person.id }, personScope(actor)] } });
    return { kind: 'person', id: person.id, visible: visible > 0 };
  }
  const record = await tx.publicOrderPerson.findUnique({ where: { iin }, select: { id: true } });
  if (record) {
    const visible = await tx.publicOrderPerson.count({ where: { AND: [{ id: record.id }, publicOrderScope(actor)] } });
    return { kind: 'publicOrder', id: record.id, visible: visible > 0 };
  }
  return null;
}

/** The neutral answer to an IIN held outside the user's scope: the same words as the person registration's. */
export const OUTSIDE_SCOPE_MESSAGE = { key: 'registrationConflict.message.form' } as const;

/** Refuses the registration for an IIN already held, as a field error on `iin` (never returns). */
function refuseTaken(actor: TActor, owner: TIinOwner, district: { id: string; regionId: string }, iin: string): never {
  if (owner.kind === 'person' && owner.visible)
    // Under supervision and within reach: public-order work goes on their record.
    throw new FieldError({ iin: { key: 'publicOrderRecord.validation.iinSupervised' } }, { supervisedPersonId: owner.id });
  if (owner.kind === 'publicOrder' && owner.visible)
    throw new FieldError({ iin: { key: 'publicOrderRecord.validation.iinTaken' } }, { publicOrderPersonId: owner.id });
  if (owner.kind === 'person')
    // As the person registration does: a case for the supervisors of the district's region.
    throw new DeniedFieldError({ iin: OUTSIDE_SCOPE_MESSAGE }, async (denialTx) => {
      const [conflictId] = await recordRegistrationConflicts({
        tx: denialTx,
        actor,
        source: 'FORM',
        attempts: [{ iin, districtId: district.id, regionId: district.regionId, existingPersonId: owner.id }],
      });
      return {
        targetType: 'RegistrationConflict',
        targetId: conflictId,
        details: { reason: 'iinOutsideScope', existingPersonId: owner.id, districtId: district.id },
      };
    });
  // A public-order record of another unit: the same words (so the answer does not tell a
  // supervised person from a public-order one), and a DENIED event naming the record, never the IIN.
  throw new DeniedFieldError({ iin: OUTSIDE_SCOPE_MESSAGE }, async () => ({
    targetType: 'PublicOrderPerson',
    targetId: owner.id,
    details: { reason: 'iinOutsideScope', existingPublicOrderPersonId: owner.id, districtId: district.id },
  }));
}

/**
 * Creates the record in the caller's transaction, or refuses with a field error on `iin` when the
 * IIN is held already (see refuseTaken). Two submissions of the same IIN at once create one
 * record: the insert skips a row whose IIN was committed meanwhile, and the loser is answered as
 * if it had come second.
 */
export async function registerPublicOrderPerson({ tx, actor, input }: { tx: Tx; actor: TActor; input: TRegisterPublicOrderPerson }) {
  const district = await tx.district.findFirst({ where: { AND: [{ id: input.districtId }, districtScope(actor)] }, select: { id: true, regionId: true } });
  if (!district) throw new FieldError({ districtId: { key: 'validation.districtOutOfScope' } });

  const owner = await findIinOwner(tx, actor, input.iin);
  if (owner) refuseTaken(actor, owner, district, input.iin);

  const [created] = await tx.publicOrderPerson.createManyAndReturn({
    data: [
      {
        iin: input.iin,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName ?? null,
        birthDate: input.birthDate,
        sex: input.sex,
        districtId: district.id,
        // Kept by the trigger public_order_person_region_sync whatever is written here.
        regionId: district.regionId,
        locality: input.locality,
        street: input.street,
        building: input.building,
        apartment: input.apartment ?? null,
        createdById: actor.id,
      },
    ],
    skipDuplicates: true,
    select: { id: true, districtId: true },
  });
  if (created) return created;
  // Lost a race on the IIN: the winner has committed (the insert waited for it).
  const winner = await findIinOwner(tx, actor, input.iin);
  if (winner) refuseTaken(actor, winner, district, input.iin);
  throw new ConflictError();
}

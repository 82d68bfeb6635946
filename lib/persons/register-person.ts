import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { DeniedFieldError, FieldError } from '@/lib/actions/errors';
import { assertConvictionRefs } from './scoped-person';
import { recordRegistrationConflicts } from '@/lib/conflicts/record-conflicts';
import { exclusionRadiusFor, flagFacilitiesNear } from '@/lib/geo/proximity';
import { districtScope, personScope } from './scope';
import type { TRegisterPerson } from './schemas';
import { sniffImageType } from './photo';

/**
 * Registers a person with aliases, first address, first conviction and optional photo, all in
 * the caller's transaction. A taken IIN is a field error that names the existing record when
 * the actor may see it. An IIN registered outside the actor's scope is answered with a neutral
 * message that confirms nothing, and the attempt goes to the supervisors of the district's region
 * (docs/decisions/010-no-iin-existence-oracle.md).
 */
export async function registerPerson({ tx, actor, input }: { tx: Tx; actor: TActor; input: TRegisterPerson }) {
  const { identity, aliases, address, conviction, photo } = input;

  const district = await tx.district.findFirst({ where: { AND: [{ id: identity.districtId }, districtScope(actor)] } });
  if (!district) throw new FieldError({ 'identity.districtId': { key: 'validation.districtOutOfScope' } });
  const addressDistrict = await tx.district.findUnique({ where: { id: address.districtId } });
  if (!addressDistrict) throw new FieldError({ 'address.districtId': { key: 'validation.invalid' } });
  await assertConvictionRefs(tx, conviction);

  const existing = await tx.person.findUnique({ where: { iin: identity.iin }, select: { id: true } });
  if (existing) {
    const visible = await tx.person.findFirst({
      where: { AND: [{ id: existing.id }, personScope(actor)] },
      select: { id: true, lastName: true, firstName: true },
    });
    if (visible) throw new FieldError({ 'identity.iin': { key: 'validation.iin.takenVisible' } }, { existingPerson: visible });
    // Recorded after the rollback, with a DENIED audit event naming the record (not the IIN).
    throw new DeniedFieldError({ 'identity.iin': { key: 'registrationConflict.message.form' } }, async (denialTx) => {
      const [conflictId] = await recordRegistrationConflicts({
        tx: denialTx,
        actor,
        source: 'FORM',
        attempts: [{ iin: identity.iin, districtId: district.id, regionId: district.regionId, existingPersonId: existing.id }],
      });
      return {
        targetType: 'RegistrationConflict',
        targetId: conflictId,
        details: { reason: 'iinOutsideScope', existingPersonId: existing.id, districtId: district.id },
      };
    });
  }

  let photoRow: { mimeType: string; data: Uint8Array<ArrayBuffer> } | undefined;
  if (photo) {
    const data = new Uint8Array(await photo.arrayBuffer());
    const mimeType = sniffImageType(data);
    if (!mimeType) throw new FieldError({ photo: { key: 'validation.photoType' } });
    photoRow = { mimeType, data };
  }

  const person = await tx.person.create({
    data: {
      iin: identity.iin,
      lastName: identity.lastName,
      firstName: identity.firstName,
      middleName: identity.middleName,
      birthDate: identity.birthDate,
      sex: identity.sex,
      districtId: identity.districtId,
      createdById: actor.id,
      aliases: { create: aliases },
      convictions: { create: { ...conviction } },
      photos: photoRow ? { create: photoRow } : undefined,
    },
  });
  const created = await tx.address.create({ data: { ...address, personId: person.id } });
  const flags = await flagFacilitiesNear(tx, created, await exclusionRadiusFor(tx, person.id));
  return { person, flags };
}

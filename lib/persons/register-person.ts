import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { FieldError, NotFoundError } from '@/lib/actions/errors';
import { exclusionRadiusFor, flagFacilitiesNear } from '@/lib/geo/proximity';
import { districtScope, personScope } from './scope';
import type { TRegisterPerson } from './schemas';
import { sniffImageType } from './photo';

/**
 * Registers a person with aliases, first address, first conviction and optional photo, all in
 * the caller's transaction. A taken IIN is a field error that names the existing record when
 * the actor may see it, instead of a bare constraint failure.
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
    const visible = await tx.person.findFirst({ where: { AND: [{ id: existing.id }, personScope(actor)] }, select: { id: true, lastName: true, firstName: true } });
    throw new FieldError(
      { 'identity.iin': { key: visible ? 'validation.iin.takenVisible' : 'validation.iin.taken' } },
      visible ? { existingPerson: visible } : undefined,
    );
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

export async function assertConvictionRefs(tx: Tx, conviction: { articleId: string; courtId: string }) {
  const article = await tx.criminalArticle.findFirst({ where: { id: conviction.articleId, active: true } });
  const court = await tx.court.findFirst({ where: { id: conviction.courtId } });
  const errors: Record<string, { key: string }> = {};
  if (!article) errors['conviction.articleId'] = { key: 'validation.invalid' };
  if (!court) errors['conviction.courtId'] = { key: 'validation.invalid' };
  if (Object.keys(errors).length) throw new FieldError(errors);
}

/** A person inside the actor's scope, or NotFoundError (never "forbidden"). */
export async function getScopedPersonId(tx: Tx, actor: TActor, personId: string) {
  const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true, version: true } });
  if (!person) throw new NotFoundError('Person');
  return person;
}
